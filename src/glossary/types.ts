import type { Lang } from '../model/index.js';

/** One language side of a glossary entry. */
export interface GlossaryTerm {
  term: string;
  variants: string[];
  frequency: number;
}

/** An aligned bead quoted as evidence, one sentence (or bead text) per language. */
export interface GlossaryExample {
  document: string;
  en: string | null;
  kk: string | null;
  ru: string | null;
}

export type EntryStatus = 'candidate' | 'approved' | 'rejected';

/** One glossary entry (output contract v1, `output/glossary.json`). */
export interface GlossaryEntry {
  /** Stable id: the same terms give the same id across rebuilds. */
  id: string;
  en: GlossaryTerm | null;
  kk: GlossaryTerm | null;
  ru: GlossaryTerm | null;
  score: number;
  documents: string[];
  examples: GlossaryExample[];
  status: EntryStatus;
  /** Reviewer's note, when a decision carried one. */
  note?: string;
  /** Languages for which no term was found (the entry says so instead of forcing a wrong triple). */
  gaps?: Lang[];
}

export interface Glossary {
  version: 1;
  entries: GlossaryEntry[];
  /** Candidates that found no partner in another language, per language (for the review workbook). */
  unpaired: Record<Lang, GlossaryTerm[]>;
}
