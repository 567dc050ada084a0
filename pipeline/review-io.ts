// The file side of the review round-trip: reading a reviewed workbook, reading the corpus decisions file, and
// writing it atomically with a backup of the previous version. The decisions themselves are merged by the pure
// functions of src/review/.
import { copyFile, readFile, rename, stat } from 'node:fs/promises';
import { writeFileAtomic } from './write-atomic.js';
import path from 'node:path';
import type { Glossary } from '../src/glossary/types.js';
import {
  DECISIONS_FILE_NAME,
  diffDecisions,
  emptyDecisionsFile,
  mergeDecisions,
  parseDecisionsFile,
  readReviewWorkbook,
  serializeDecisionsFile,
  type DecisionsDiff,
  type DecisionsFile,
  type ReviewMessage,
} from '../src/review/index.js';

/** Workbooks larger than this are refused: a review workbook is a few MB; anything far bigger is not one. */
export const MAX_WORKBOOK_BYTES = 200 * 1024 * 1024;

/** Path of the decisions file in a corpus folder. */
export function decisionsPath(corpusDir: string): string {
  return path.join(corpusDir, DECISIONS_FILE_NAME);
}

/** Path of the backup the previous decisions file is copied to before it is replaced. */
export function backupPath(file: string): string {
  return `${file}.bak`;
}

/**
 * Reads the decisions file. A missing file is an empty one (nobody reviewed yet); an unreadable or invalid one
 * is refused (`file: null`, fatal message) so that nothing overwrites decisions the build cannot read.
 */
export async function readDecisionsFile(file: string): Promise<{ file: DecisionsFile | null; text: string | null; messages: ReviewMessage[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file: emptyDecisionsFile(), text: null, messages: [] };
    return {
      file: null,
      text: null,
      messages: [reviewMessage(file, 'decisions-file-unreadable', `Cannot read the decisions file \`${file}\`: ${errorCode(error)}.`)],
    };
  }
  const parsed = parseDecisionsFile(text, file);
  return { file: parsed.file, text, messages: parsed.messages };
}

/**
 * Writes the decisions file atomically after copying the previous one (if any) to `<file>.bak`. Writes nothing
 * when the content would not change, so importing the same workbook twice leaves the file and its backup alone,
 * and creates no file for an empty set of decisions.
 * Returns whether the file was written and where the backup went.
 */
export async function writeDecisionsFile(
  file: string,
  decisions: DecisionsFile,
  previousText: string | null,
): Promise<{ written: boolean; backup: string | null }> {
  const text = serializeDecisionsFile(decisions);
  if (previousText !== null && text === previousText) return { written: false, backup: null };
  // No file yet and nothing to put in it: a workbook nobody changed creates no file.
  if (previousText === null && decisions.decisions.length === 0) return { written: false, backup: null };
  let backup: string | null = null;
  if (previousText !== null) {
    backup = backupPath(file);
    // Copy then rename, so the backup itself is never torn either.
    const temporary = `${backup}.${process.pid}.tmp`;
    await copyFile(file, temporary);
    await rename(temporary, backup);
  }
  await writeFileAtomic(file, text);
  return { written: true, backup };
}

/** What an import did. */
export interface ReviewImportResult {
  /** True when the workbook or the decisions file could not be read: nothing was changed. */
  refused: boolean;
  messages: ReviewMessage[];
  /** The decisions file path. */
  decisionsFile: string;
  diff: DecisionsDiff | null;
  written: boolean;
  backup: string | null;
  /** Rows read from the workbook. */
  rows: number;
}

/**
 * Imports a reviewed workbook into the corpus decisions file: reads the workbook and the decisions file, merges
 * (see `mergeDecisions`), and writes the result atomically with a backup. When either input cannot be read,
 * nothing is written. `glossaryAtExport` (the `glossary.json` the workbook was made from) helps only with
 * workbooks whose hidden snapshot sheet was lost.
 */
export async function importReviewWorkbook(options: {
  workbook: string;
  corpusDir: string;
  glossaryAtExport?: Glossary;
  when?: string;
}): Promise<ReviewImportResult> {
  const file = decisionsPath(options.corpusDir);
  const result: ReviewImportResult = { refused: true, messages: [], decisionsFile: file, diff: null, written: false, backup: null, rows: 0 };
  let bytes: Uint8Array;
  try {
    const size = (await stat(options.workbook)).size;
    if (size > MAX_WORKBOOK_BYTES) {
      result.messages.push(
        reviewMessage(options.workbook, 'workbook-too-large', `Expected a review workbook of at most ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB, but \`${options.workbook}\` has ${Math.round(size / 1024 / 1024)} MB.`),
      );
      return result;
    }
    bytes = await readFile(options.workbook);
  } catch (error) {
    result.messages.push(reviewMessage(options.workbook, 'workbook-unreadable', `Cannot read \`${options.workbook}\`: ${errorCode(error)}.`));
    return result;
  }
  const workbook = await readReviewWorkbook(bytes, { file: options.workbook });
  result.messages.push(...workbook.messages);
  if (!workbook.rows) return result;
  const existing = await readDecisionsFile(file);
  result.messages.push(...existing.messages);
  if (!existing.file) return result;

  const merged = mergeDecisions(existing.file, workbook.rows, options.glossaryAtExport, {
    ...(options.when ? { when: options.when } : {}),
    workbook: path.basename(options.workbook),
    report: (message) => result.messages.push({ ...message, file: options.workbook }),
  });
  result.refused = false;
  result.rows = workbook.rows.length;
  result.diff = diffDecisions(existing.file, merged);
  const written = await writeDecisionsFile(file, merged, existing.text);
  result.written = written.written;
  result.backup = written.backup;
  return result;
}

function reviewMessage(file: string, ruleId: string, reason: string): ReviewMessage {
  return { file, reason, ruleId, severity: 'fatal', source: 'review' };
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
