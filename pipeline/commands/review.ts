import { stat } from 'node:fs/promises';
import type { ReviewMessage } from '../../src/review/index.js';
import { importReviewWorkbook } from '../review-io.js';
import type { ExitCode } from './types.js';
import { EXIT_FAILED, EXIT_OK, EXIT_PROBLEMS, UsageError } from './types.js';

export interface ReviewImportOptions {
  workbook: string;
  corpus: string;
}

/**
 * `tilmash review import FILE.xlsx [--corpus DIR]`: merges a reviewer's decisions into the corpus decisions file
 * (`DIR/tilmash-decisions.json`, written atomically, the previous version kept as `.bak`). Exit 0 when imported,
 * 1 when imported but some rows had problems (they are listed), 2 when the workbook or the decisions file could
 * not be read (nothing was changed).
 */
export async function reviewImportCommand(options: ReviewImportOptions): Promise<ExitCode> {
  const corpus = await stat(options.corpus).catch(() => null);
  if (!corpus?.isDirectory()) {
    throw new UsageError(`Expected a corpus folder at \`${options.corpus}\` to keep the decisions file in, but there is none; pass --corpus DIR.`);
  }
  const result = await importReviewWorkbook({ workbook: options.workbook, corpusDir: options.corpus });
  for (const message of result.messages) process.stderr.write(formatReviewMessage(message) + '\n');
  if (result.refused || !result.diff) {
    process.stderr.write(`tilmash review import: nothing was changed; \`${result.decisionsFile}\` is as it was.\n`);
    return EXIT_FAILED;
  }
  const { added, changed, removed, unchanged } = result.diff;
  const counts = `${added.length} added, ${changed.length} changed, ${removed.length} withdrawn, ${unchanged} unchanged`;
  if (result.written) {
    const backup = result.backup ? ` (previous version in \`${result.backup}\`)` : '';
    process.stdout.write(`Read ${result.rows} rows from \`${options.workbook}\`: decisions ${counts}; wrote \`${result.decisionsFile}\`${backup}.\n`);
  } else {
    process.stdout.write(`Read ${result.rows} rows from \`${options.workbook}\`: no new decisions; \`${result.decisionsFile}\` is unchanged.\n`);
  }
  process.stdout.write('Run `tilmash build` to apply them to the glossary and the exports.\n');
  return result.messages.some((m) => m.severity !== 'info') ? EXIT_PROBLEMS : EXIT_OK;
}

/** Printed form: `file: Sheet!D12  severity  reason  ruleId  review` (or `file: Sheet, row 12` without a cell). */
export function formatReviewMessage(message: ReviewMessage): string {
  return `${message.file}${formatPlace(message.place)}  ${message.severity}  ${message.reason}  ${message.ruleId}  ${message.source}`;
}

function formatPlace(place: ReviewMessage['place']): string {
  if (!place) return '';
  if (place.cell) return `: ${place.sheet ? `${place.sheet}!` : ''}${place.cell}`;
  const parts = [place.sheet, place.row !== undefined ? `row ${place.row}` : undefined].filter(Boolean);
  return parts.length > 0 ? `: ${parts.join(', ')}` : '';
}
