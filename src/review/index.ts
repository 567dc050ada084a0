/**
 * The review round-trip: reading a reviewed `glossary.xlsx`, merging its decisions into the corpus decisions
 * file, and applying the decisions to the next build's glossary. Pure: bytes and data in, data out; the file
 * reading and the atomic writes are in `pipeline/review-io.ts`.
 */

/** Bump when applying decisions gives a different glossary for the same input (part of the cache key). */
export const version = 1;

export type * from './types.js';
export { readReviewWorkbook, type ReadReviewWorkbookOptions } from './read-review-workbook.js';
export { mergeDecisions, type MergeDecisionsOptions } from './merge-decisions.js';
export { applyDecisions } from './apply-decisions.js';
export {
  DECISIONS_FILE_NAME,
  emptyDecisionsFile,
  parseDecisionsFile,
  serializeDecisionsFile,
  diffDecisions,
} from './decisions-file.js';
export { cellText } from './cell-text.js';
