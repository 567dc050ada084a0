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

/**
 * A profile: one per language, plus `kk-latn` for Kazakh in the Latin alphabet. Kept apart from Cyrillic Kazakh
 * because one profile for both scripts halves the weight of every Cyrillic n-gram and loses short Kazakh lines.
 */
export type ProfileId = Lang | 'kk-latn';

/** The language a profile stands for. */
export function langOfProfile(id: ProfileId): Lang {
  return id === 'kk-latn' ? 'kk' : id;
}

/** The trained model: one profile per language plus the vocabulary size per order, for smoothing. */
export interface LidProfiles {
  langs: ProfileId[];
  profiles: Partial<Record<ProfileId, LangProfile>>;
  /** Distinct n-grams over all languages, per order (index = order). */
  vocabulary: number[];
}

/** What `identifyLanguage` answers: the language, or null when the text has no letters to tell. */
export interface LanguageGuess {
  lang: Lang | null;
  /** Posterior-like confidence in [0, 1]; 0 when `lang` is null. */
  confidence: number;
}
