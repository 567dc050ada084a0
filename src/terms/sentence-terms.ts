import type { CaseSample } from './phrase-match.js';
import type { PhraseMatch } from './phrase-match.js';

/** A candidate occurrence with the number information the grouping step needs. */
export interface FoundTerm extends PhraseMatch {
  /** Key of the head noun. */
  headKey: string;
  /**
   * Canonical form with the head noun as seen (plural kept), used when the document never shows the head in
   * the singular: "power relations", "властные отношения".
   */
  numberAlternative?: readonly string[];
}

/** What a language's finder reports for one sentence. */
export interface SentenceTerms {
  matches: FoundTerm[];
  /** Every word, for letter-case statistics (a finder may share a sample among sentences: read only). */
  caseSamples: CaseSample[];
  /** Keys of nouns seen in the singular in this sentence. */
  singularKeys: string[];
}
