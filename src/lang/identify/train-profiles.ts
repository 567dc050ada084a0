import type { Lang } from '../../model/index.js';
import { forEachNgram, letterWords, MAX_NGRAM } from './char-ngrams.js';
import { foldLookalikesForLid } from './fold-lookalikes.js';
import type { LangProfile, LidProfiles, LidSample } from './types.js';

function emptyProfile(): LangProfile {
  return { counts: new Map(), totals: new Array<number>(MAX_NGRAM + 1).fill(0) };
}

function addWord(profile: LangProfile, word: string, weight: number): void {
  forEachNgram(foldLookalikesForLid(word), (gram, order) => {
    profile.counts.set(gram, (profile.counts.get(gram) ?? 0) + weight);
    profile.totals[order] += weight;
  });
}

/**
 * Trains character n-gram profiles (orders 1–4, word-boundary marks) from per-language samples. Pure: the
 * caller supplies the text, so the eval can train on one half of the dev documents and test on the other.
 */
export function trainProfiles(samples: Partial<Record<Lang, LidSample>>): LidProfiles {
  const langs = (Object.keys(samples) as Lang[]).sort();
  const profiles = {} as Record<Lang, LangProfile>;
  const seen = Array.from({ length: MAX_NGRAM + 1 }, () => new Set<string>());
  for (const lang of langs) {
    const sample = samples[lang]!;
    const profile = emptyProfile();
    for (const sentence of sample.sentences) for (const word of letterWords(sentence)) addWord(profile, word, 1);
    for (const [form, count] of sample.words ?? []) {
      for (const word of letterWords(form)) addWord(profile, word, count);
    }
    for (const gram of profile.counts.keys()) seen[[...gram].length].add(gram);
    profiles[lang] = profile;
  }
  return { langs, profiles, vocabulary: seen.map((set) => set.size) };
}
