import type { Lang } from '../model/index.js';

/** Name of the review sheet; the review import looks for it by this name. */
export const GLOSSARY_SHEET = 'Glossary';
/** Name of the very-hidden sheet that records what each row said when the workbook was written. */
export const EXPORT_SNAPSHOT_SHEET = 'tilmash-export';

/** What a column of the "Glossary" sheet holds. */
export type GlossaryColumnKey =
  | `term-${Lang}`
  | 'status'
  | 'note'
  | 'score'
  | 'frequency'
  | 'documents'
  | `variants-${Lang}`
  | `example-${Lang}`
  | 'id';

/** A column of the "Glossary" sheet: its header, width in characters, and whether it holds free text. */
export interface GlossaryColumn {
  key: GlossaryColumnKey;
  header: string;
  width: number;
  text: boolean;
  /** Filled in by the reviewer (Status, Reviewer note); the terms may be corrected in place too. */
  review?: boolean;
}

/**
 * The "Glossary" sheet's columns, in order: terms first, then the two columns the reviewer fills, then the
 * evidence. The review import finds columns by header (see {@link GLOSSARY_HEADER_ALIASES}), never by
 * position, so reviewers may reorder, hide or add columns.
 */
export const GLOSSARY_COLUMNS: readonly GlossaryColumn[] = [
  { key: 'term-en', header: 'en term', width: 28, text: true },
  { key: 'term-kk', header: 'kk term', width: 28, text: true },
  { key: 'term-ru', header: 'ru term', width: 28, text: true },
  { key: 'status', header: 'Status', width: 12, text: true, review: true },
  { key: 'note', header: 'Reviewer note', width: 32, text: true, review: true },
  { key: 'score', header: 'Score', width: 8, text: false },
  { key: 'frequency', header: 'Frequency', width: 10, text: false },
  { key: 'documents', header: 'Documents', width: 22, text: true },
  { key: 'variants-kk', header: 'kk variants', width: 30, text: true },
  { key: 'variants-ru', header: 'ru variants', width: 30, text: true },
  { key: 'variants-en', header: 'en variants', width: 22, text: true },
  { key: 'example-en', header: 'Example en', width: 50, text: true },
  { key: 'example-kk', header: 'Example kk', width: 50, text: true },
  { key: 'example-ru', header: 'Example ru', width: 50, text: true },
  { key: 'id', header: 'Entry id', width: 20, text: true },
];

/**
 * Header spellings the review import accepts per column, compared after {@link normalizeHeader}. Reviewers
 * retype or translate headers; these are the obvious ones.
 */
export const GLOSSARY_HEADER_ALIASES: Readonly<Partial<Record<GlossaryColumnKey, readonly string[]>>> = {
  'term-en': ['en term', 'en', 'english', 'english term', 'term en'],
  'term-kk': ['kk term', 'kk', 'kazakh', 'kazakh term', 'term kk', 'қазақша'],
  'term-ru': ['ru term', 'ru', 'russian', 'russian term', 'term ru', 'русский'],
  status: ['status', 'review status', 'decision'],
  note: ['reviewer note', 'note', 'notes', 'comment', 'reviewer comment'],
  id: ['entry id', 'id', 'entry'],
};

/** Lower case, punctuation and runs of spaces folded, so "Entry ID", "entry_id" and " Entry id " match. */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_\-:.()]+/g, ' ')
    .trim();
}

/** The values of the Status drop-down. */
export const STATUS_VALUES = ['candidate', 'approved', 'rejected'] as const;
