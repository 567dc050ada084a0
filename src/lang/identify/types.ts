import type { Lang } from '../../model/index.js';

/** Text a language profile is trained on: running sentences and, optionally, word forms with their counts. */
export interface LidSample {
  sentences: string[];
  /** `[form, count]`: a word list from a treebank or a dictionary, weighted by its corpus count. */
  words?: Array<[string, number]>;
}

/** Character n-gram counts of one language. */
export interface LangProfile {
  counts: Map<string, number>;
  /** Total count of n-grams per order (index = order). */
  totals: number[];
}

/** The trained model: one profile per language plus the vocabulary size per order, for smoothing. */
export interface LidProfiles {
  langs: Lang[];
  profiles: Record<Lang, LangProfile>;
  /** Distinct n-grams over all languages, per order (index = order). */
  vocabulary: number[];
  /** Per n-gram, its smoothed log-probability under each language of `langs`, in that order. */
  logProbabilities: Map<string, Float64Array>;
}

/** What `identifyLanguage` answers: the language, or null when the text has no letters to tell. */
export interface LanguageGuess {
  lang: Lang | null;
  /** Posterior-like confidence in [0, 1]; 0 when `lang` is null. */
  confidence: number;
}
