// The export step and the review decisions at the edge of the build: reading the decisions file, taking in a
// workbook the reviewer edited in place, and rendering every export file (bytes in memory; the caller writes).
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Message, StageMessage } from '../src/model/index.js';
import type { AlignedDocument } from '../src/align/types.js';
import type { Glossary } from '../src/glossary/types.js';
import type { ReportJson } from '../src/contract/report-json.js';
import {
  renderGlossaryCsv,
  renderGlossaryWorkbook,
  renderTbxV2,
  renderTbxV3,
  tmxParts,
  type ReportSummary,
} from '../src/export/index.js';
import { alignmentJsonParts } from '../src/contract/alignment-json.js';
import { applyDecisions, emptyDecisionsFile, parseDecisionsFile, type ReviewMessage } from '../src/review/index.js';
import packageJson from '../package.json' with { type: 'json' };
import { hashParts } from './hash.js';
import type { Progress } from './progress.js';
import { importReviewWorkbook } from './review-io.js';
import { openPendingFile, type PendingFile } from './write-atomic.js';

/** Where a build keeps the copies of reviewed workbooks it replaced (never deleted by tilmash). */
export const REVIEW_BACKUP_DIR = 'review-backups';

/**
 * A reviewer may edit `output/glossary.xlsx` in place and run the build again without `tilmash review import`.
 * When the workbook differs from the one the last build wrote, it is copied to `output/review-backups/` and
 * its decisions are imported into the corpus decisions file before the build replaces it, so no decision is
 * lost. A workbook that cannot be read is kept in the backups and reported.
 */
export async function reconcileReviewedWorkbook(input: {
  outDir: string;
  corpusDir: string;
  /** Hashes of the workbooks recent builds wrote themselves. */
  writtenHashes: readonly string[];
  messages: Message[];
  progress: Progress;
}): Promise<void> {
  const workbookPath = path.join(input.outDir, 'glossary.xlsx');
  const bytes = await readFile(workbookPath).catch(() => null);
  if (!bytes || input.writtenHashes.includes(hashParts(bytes))) return;

  const backupDir = path.join(input.outDir, REVIEW_BACKUP_DIR);
  await mkdir(backupDir, { recursive: true });
  const backup = path.join(backupDir, `glossary-${new Date().toISOString().replace(/[:.]/g, '-')}.xlsx`);
  await copyFile(workbookPath, backup);
  const glossaryAtExport = await readFile(path.join(input.outDir, 'glossary.json'), 'utf8')
    .then((text) => JSON.parse(text) as Glossary)
    .catch(() => undefined);
  const result = await importReviewWorkbook({ workbook: workbookPath, corpusDir: input.corpusDir, glossaryAtExport });
  input.messages.push(...fromReviewMessages(result.messages));
  const relativeBackup = path.relative(process.cwd(), backup);
  if (result.refused) {
    input.messages.push({
      file: workbookPath,
      source: 'review',
      severity: 'warning',
      ruleId: 'review-workbook-unreadable',
      reason: `The edited workbook \`${workbookPath}\` could not be read, so its decisions were not imported; it is kept as \`${relativeBackup}\`.`,
    });
  } else {
    const diff = result.diff!;
    input.progress.log(
      `imported reviewer edits from ${workbookPath}: ${diff.added.length} added, ${diff.changed.length} changed (copy kept as ${relativeBackup})`,
    );
    input.messages.push({
      file: workbookPath,
      source: 'review',
      severity: 'info',
      ruleId: 'review-workbook-imported',
      reason: `Imported the reviewer's edits from \`${workbookPath}\` (${diff.added.length} decisions added, ${diff.changed.length} changed) before replacing it; the edited copy is \`${relativeBackup}\`.`,
    });
  }
}

/** Thrown when the decisions file cannot be read: the build stops rather than drop a reviewer's decision. */
export class DecisionsFileError extends Error {
  override name = 'DecisionsFileError';
}

/** Review messages (workbook and decisions file) as build messages. */
export function fromReviewMessages(messages: readonly ReviewMessage[]): Message[] {
  return messages.map((m) => {
    const where = m.place ? [m.place.sheet, m.place.cell ?? (m.place.row ? `row ${m.place.row}` : undefined)].filter(Boolean).join('!') : '';
    return {
      file: m.file,
      source: 'review',
      severity: m.severity,
      ruleId: m.ruleId,
      reason: where ? `${m.reason} (${where})` : m.reason,
    };
  });
}

/** Applies the corpus decisions file (if any) to the computed glossary. */
export function applyReviewDecisions(
  glossary: Glossary,
  decisionsFileName: string,
  decisionsBytes: Uint8Array | null,
  messages: Message[],
): Glossary {
  if (!decisionsBytes) return applyDecisions(glossary, emptyDecisionsFile());
  const parsed = parseDecisionsFile(Buffer.from(decisionsBytes).toString('utf8'), decisionsFileName);
  if (!parsed.file) {
    throw new DecisionsFileError(parsed.messages.map((m) => m.reason).join(' '));
  }
  const reported: StageMessage[] = [];
  const applied = applyDecisions(glossary, parsed.file, (message) => reported.push(message));
  messages.push(...reported.map(({ range: _range, ...rest }) => ({ file: decisionsFileName, source: 'review' as const, ...rest })));
  return applied;
}

/**
 * Writes the exports that grow with the text, `alignment.json` and `alignment.tmx`, a document at a time into
 * pending files in `outDir` (never the whole text in memory: at 10,000 articles each is hundreds of megabytes).
 * The caller commits them with the other outputs, or discards them if anything fails.
 */
export async function writeAlignmentExports(documents: readonly AlignedDocument[], outDir: string): Promise<Map<string, PendingFile>> {
  const files = new Map<string, PendingFile>();
  try {
    for (const [name, parts] of [
      ['alignment.json', alignmentJsonParts(documents)],
      ['alignment.tmx', tmxParts(documents, { toolVersion: packageJson.version })],
    ] as const) {
      const file = await openPendingFile(path.join(outDir, name));
      files.set(name, file);
      for (const part of parts) await file.write(part);
    }
    return files;
  } catch (error) {
    await Promise.all([...files.values()].map((file) => file.discard()));
    throw error;
  }
}

/** Renders the glossary exports and the review workbook (name → contents). */
export async function renderExports(input: {
  glossary: Glossary;
  documents: AlignedDocument[];
  report: ReportJson;
}): Promise<Map<string, string | Uint8Array>> {
  const files = new Map<string, string | Uint8Array>();
  const summary: ReportSummary = {
    generated: input.report.generated,
    corpus: input.report.corpus,
    documents: input.report.documents,
    messages: input.report.messages,
  };
  files.set('glossary.xlsx', await renderGlossaryWorkbook({ glossary: input.glossary, documents: input.documents, report: summary }));
  files.set('glossary.tbx', renderTbxV2(input.glossary));
  files.set('glossary.v3.tbx', renderTbxV3(input.glossary));
  files.set('glossary.csv', renderGlossaryCsv(input.glossary));
  return files;
}
