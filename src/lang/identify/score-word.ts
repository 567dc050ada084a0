import type { Lang } from '../../model/index.js';
import { defaultProfiles } from './default-profiles.js';
import { MAX_NGRAM } from './char-ngrams.js';
import type { LangProfile, LidProfiles } from './types.js';

/** Stupid-backoff factor (Brants et al. 2007): a shorter history is trusted less. */
const BACKOFF = Math.log(0.4);

const wordStarts = new WeakMap<LidProfiles, Map<Lang, number>>();

/** How many words a profile has seen: the summed counts of its word-initial bigrams (` x`). */
function startsOf(profiles: LidProfiles, lang: Lang): number {
  let byLang = wordStarts.get(profiles);
  if (!byLang) wordStarts.set(profiles, (byLang = new Map()));
  let total = byLang.get(lang);
  if (total === undefined) {
    total = 0;
    for (const [gram, count] of profiles.profiles[lang]?.counts ?? []) if (gram.length === 2 && gram[0] === ' ') total += count;
    byLang.set(lang, total);
  }
  return total;
}

/**
 * Log-score of `word` (lower case) as one word of `lang` under a character 4-gram model with stupid backoff,
 * built from the language-identification profile counts: the letters one by one after a word start, then the
 * word end. Comparing `scoreWord(a + b)` with `scoreWord(a) + scoreWord(b)` says whether a word boundary between
 * `a` and `b` is plausible (`бағыну|шы`: no; `іс|қимыл`: yes).
 */
export function scoreWord(word: string, lang: Lang, profiles: LidProfiles = defaultProfiles()): number {
  const profile = profiles.profiles[lang];
  if (!profile) throw new Error(`scoreWord: no profile for \`${lang}\`; train the profiles with a sample of it.`);
  let byLang = wordScores.get(profiles);
  if (!byLang) wordScores.set(profiles, (byLang = new Map()));
  let memo = byLang.get(lang);
  if (!memo) byLang.set(lang, (memo = new Map()));
  const known = memo.get(word);
  if (known !== undefined) return known;
  const score = scoreUncached(word, lang, profiles, profile);
  if (memo.size >= MAX_MEMO_WORDS) memo.clear();
  memo.set(word, score);
  return score;
}

/** Scores already computed, per profile set and language: a document asks about the same word parts again. */
const wordScores = new WeakMap<LidProfiles, Map<Lang, Map<string, number>>>();
const MAX_MEMO_WORDS = 20_000;

function scoreUncached(word: string, lang: Lang, profiles: LidProfiles, profile: LangProfile): number {
  const { counts, totals } = profile;
  const padded = ` ${word} `;
  let score = 0;
  for (let i = 1; i < padded.length; i++) {
    let penalty = 0;
    let found = false;
    for (let order = Math.min(MAX_NGRAM, i + 1); order >= 1; order--) {
      const gram = padded.slice(i - order + 1, i + 1);
      const history = padded.slice(i - order + 1, i);
      const count = counts.get(gram) ?? 0;
      if (count > 0) {
        const denominator = history === '' ? totals[1] : history === ' ' ? startsOf(profiles, lang) : (counts.get(history) ?? 0);
        if (denominator > 0) {
          score += penalty + Math.log(count / denominator);
          found = true;
          break;
        }
      }
      penalty += BACKOFF;
    }
    // A letter the language never showed: as unlikely as one unseen unigram.
    if (!found) score += penalty + Math.log(0.5 / (totals[1] + 1));
  }
  return score;
}
