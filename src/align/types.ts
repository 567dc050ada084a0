import type { Artefact, Bead, Lang, SectionKind } from '../model/index.js';
import type { Sentence } from '../segment/types.js';

export const ALIGN_SCHEMA_VERSION = 1;

/** One section kind of a document, aligned across the languages that have it. */
export interface AlignedSection {
  kind: SectionKind;
  /** Sentences per language (empty when the language lacks this section). */
  sentences: Record<Lang, Sentence[]>;
  beads: Bead[];
}

export interface AlignedDocument extends Artefact<'aligned-document'> {
  languages: Lang[];
  sections: AlignedSection[];
}

/** Texts known to translate each other (a keyword triple, the titles): seeds of the learned lexicon. */
export type SeedPair = Partial<Record<Lang, string>>;

/**
 * How `alignUnits` searches. `joint` is the product; `pivot` (independent pairwise alignments joined through
 * English) and `length` (plain Gale–Church, length only, joined through English) are the baselines the eval
 * measures it against.
 */
export type AlignMethod = 'joint' | 'pivot' | 'length';

export interface AlignOptions {
  /** Aligned texts that seed the lexicon (titles, keyword items); default none. */
  seedPairs?: readonly SeedPair[];
  /** Default `joint`. */
  method?: AlignMethod;
  /** Learn a lexicon from the first pass and align again (default true). */
  lexiconPass?: boolean;
  /** Beads scoring below this get the `low-confidence` flag (default `REVIEW_THRESHOLD`, 0.7, for three languages;
   * `PAIR_REVIEW_THRESHOLD`, 0.9, for two). */
  reviewThreshold?: number;
  /** Half-width in units of the joint search tube around the pairwise alignments (default 2). */
  tubeHalfWidth?: number;
}
