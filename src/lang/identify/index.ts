import type { Lang } from '../../model/index.js';
import { defaultProfiles } from './default-profiles.js';
import { scoreLanguages } from './score-languages.js';
import type { LanguageGuess, LidProfiles } from './types.js';

export type { LanguageGuess, LidProfiles, LidSample } from './types.js';
export { trainProfiles } from './train-profiles.js';
export { splitDocuments } from './split-documents.js';
export { scoreWord } from './score-word.js';

/** N-gram orders overlap (a 4-gram contains its 3-grams), so raw naive-Bayes posteriors are far too sure of
 * themselves; dividing the log-likelihoods by this damps them into a usable confidence. */
const TEMPERATURE = 8;

/**
 * Identifies whether `text` is English, Kazakh or Russian from character n-gram profiles (orders 1–4 with word
 * boundaries): Kazakh-only letters (ә ғ қ ң ө ұ ү һ і) weigh heavily because the Russian profile never sees them,
 * and short lines without them are decided by suffixes and frequent short words (`мен`, `-ды`, `-ған`).
 * Latin look-alikes inside Cyrillic words are folded first (`бiлiм` counts as `білім`).
 * Returns `{ lang: null, confidence: 0 }` for text without letters (numbers, e-mail-less punctuation).
 * `profiles` defaults to the shipped ones; the eval passes profiles trained on a subset of the data.
 */
export function identifyLanguage(text: string, profiles: LidProfiles = defaultProfiles()): LanguageGuess {
  const { scores, grams } = scoreLanguages(profiles, text);
  if (grams === 0) return { lang: null, confidence: 0 };
  let best: Lang = profiles.langs[0];
  for (const lang of profiles.langs) if (scores[lang] > scores[best]) best = lang;
  let total = 0;
  for (const lang of profiles.langs) total += Math.exp((scores[lang] - scores[best]) / TEMPERATURE);
  return { lang: best, confidence: 1 / total };
}
