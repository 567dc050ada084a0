import { defaultProfiles } from './default-profiles.js';
import { scoreLanguages } from './score-languages.js';
import { langOfProfile, type LanguageGuess, type LidProfiles } from './types.js';

export type { LanguageGuess, LidProfiles, LidSample, ProfileId } from './types.js';
export { trainProfiles, withLatinKazakh } from './train-profiles.js';
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
  let best = profiles.langs[0];
  for (const id of profiles.langs) if (scores[id]! > scores[best]!) best = id;
  const lang = langOfProfile(best);
  // Posterior of the language: its profiles' share (Cyrillic and Latin Kazakh add up).
  let total = 0;
  let own = 0;
  for (const id of profiles.langs) {
    const weight = Math.exp((scores[id]! - scores[best]!) / TEMPERATURE);
    total += weight;
    if (langOfProfile(id) === lang) own += weight;
  }
  return { lang, confidence: own / total };
}
