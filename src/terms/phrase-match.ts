/**
 * One occurrence of a candidate term in a sentence, as a language's finder reports it. The finders know the
 * language; everything after them (grouping, scoring, letter case) does not.
 */
export interface PhraseMatch {
  /** Grouping key: the words' lexeme keys joined by a space. */
  key: string;
  /** Dictionary form proposed by this occurrence, lower-case, one entry per word (a finder may share the list). */
  canonical: readonly string[];
  /** The span as it appears in the sentence (words and the spaces between them). */
  surface: string;
  /** Lexeme key of each word (for letter-case statistics and nesting). */
  wordKeys: readonly string[];
}

/** A word seen in running text, for deciding how a canonical form is capitalised. */
export interface CaseSample {
  key: string;
  /** The word as written. */
  text: string;
  /** True for the first word of a sentence or a title/keyword item, whose capital says nothing. */
  initial: boolean;
  /** The dictionary knows the word as a name (place, person, organisation): a capital wherever it stands. */
  proper?: boolean;
}
