import type { Artefact, Lang } from '../model/index.js';

export const TERMS_SCHEMA_VERSION = 1;

/** Where a term occurs: indices into the AlignedDocument (section, bead, language, sentence). */
export interface TermOccurrence {
  section: number;
  bead: number;
  sentence: number;
  /** The words as they appear in the sentence. */
  surface: string;
}

/** A term candidate of one language in one document, grouped by its lexeme key. */
export interface TermCandidate {
  lang: Lang;
  /** Grouping key: words' lexeme keys joined by a space. */
  key: string;
  /** Dictionary form for display ("мемлекеттік билік", "государственная власть", "state power"). */
  canonical: string;
  /**
   * The singular dictionary form, present when `canonical` keeps the plural because this document never uses
   * the head noun in the singular ("power relations"): another document of the corpus may attest it.
   */
  singularCanonical?: string;
  /** Number of words (1-4). */
  words: number;
  frequency: number;
  /** Surface forms seen, with counts (a record without prototype: read it with `Object.entries`). */
  variants: Record<string, number>;
  /** Nestedness-aware termhood score (C-value or better) within the document. */
  score: number;
  occurrences: TermOccurrence[];
}

export interface DocumentTerms extends Artefact<'document-terms'> {
  candidates: TermCandidate[];
}
