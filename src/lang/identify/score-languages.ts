import { forEachNgram, letterWords } from './char-ngrams.js';
import { foldLookalikesForLid } from './fold-lookalikes.js';
import { logProbabilitiesOf } from './train-profiles.js';
import type { LidProfiles, ProfileId } from './types.js';

/** Letters scored at most: a few hundred characters decide the language; whole body paragraphs need not be read. */
const MAX_LETTERS = 600;

/** Per-language log-likelihood of a text and the number of n-grams that counted. */
export interface LanguageScores {
  scores: Partial<Record<ProfileId, number>>;
  grams: number;
}

/**
 * Multinomial naive-Bayes log-likelihood of `text` under each profile. N-grams that no profile has seen are
 * skipped: they say nothing about the language but would favour the profile with the smallest total.
 */
export function scoreLanguages(profiles: LidProfiles, text: string): LanguageScores {
  const sums = new Float64Array(profiles.langs.length);
  let grams = 0;
  let letters = 0;
  for (const raw of letterWords(text)) {
    if (letters > MAX_LETTERS) break;
    letters += raw.length;
    forEachNgram(foldLookalikesForLid(raw), (gram) => {
      const row = logProbabilitiesOf(profiles, gram);
      if (!row) return;
      grams++;
      for (let k = 0; k < row.length; k++) sums[k] += row[k];
    });
  }
  const scores: Partial<Record<ProfileId, number>> = Object.fromEntries(profiles.langs.map((lang, k) => [lang, sums[k]]));
  return { scores, grams };
}
