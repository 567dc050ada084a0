import type { Lang } from '../../model/index.js';
import { forEachNgram, letterWords } from './char-ngrams.js';
import { foldLookalikesForLid } from './fold-lookalikes.js';
import type { LidProfiles } from './types.js';

/** Additive smoothing for n-grams a language never showed. Small, because an unseen Kazakh letter in Russian
 * text is strong evidence; tuned on the training half of ntrex-dev (0.1–1 change little). */
const ALPHA = 0.5;

/** Per-language log-likelihood of a text and the number of n-grams that counted. */
export interface LanguageScores {
  scores: Record<Lang, number>;
  grams: number;
}

/**
 * Multinomial naive-Bayes log-likelihood of `text` under each profile. N-grams that no profile has seen are
 * skipped: they say nothing about the language but would favour the profile with the smallest total.
 */
export function scoreLanguages(profiles: LidProfiles, text: string): LanguageScores {
  const scores = Object.fromEntries(profiles.langs.map((lang) => [lang, 0])) as Record<Lang, number>;
  let grams = 0;
  for (const raw of letterWords(text)) {
    forEachNgram(foldLookalikesForLid(raw), (gram, order) => {
      let known = false;
      for (const lang of profiles.langs) if (profiles.profiles[lang].counts.has(gram)) known = true;
      if (!known) return;
      grams++;
      for (const lang of profiles.langs) {
        const profile = profiles.profiles[lang];
        const count = profile.counts.get(gram) ?? 0;
        scores[lang] += Math.log((count + ALPHA) / (profile.totals[order] + ALPHA * profiles.vocabulary[order]));
      }
    });
  }
  return { scores, grams };
}
