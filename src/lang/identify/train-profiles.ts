import { toKazakhLatin } from '../kk/latin-alphabet.js';
import { forEachNgram, letterWords, MAX_NGRAM } from './char-ngrams.js';
import { foldLookalikesForLid } from './fold-lookalikes.js';
import type { LangProfile, LidProfiles, LidSample, ProfileId } from './types.js';

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
export function trainProfiles(samples: Partial<Record<ProfileId, LidSample>>): LidProfiles {
  const langs = (Object.keys(samples) as ProfileId[]).sort();
  const profiles: Partial<Record<ProfileId, LangProfile>> = {};
  const seen = Array.from({ length: MAX_NGRAM + 1 }, () => new Set<string>());
  for (const lang of langs) {
    const sample = samples[lang]!;
    // Count words first: news text repeats its words, and n-grams of a distinct word are cut once.
    const words = new Map<string, number>();
    const bump = (word: string, weight: number) => words.set(word, (words.get(word) ?? 0) + weight);
    for (const sentence of sample.sentences) for (const word of letterWords(sentence)) bump(word, 1);
    for (const [form, count] of sample.words ?? []) for (const word of letterWords(form)) bump(word, count);
    const profile = emptyProfile();
    for (const [word, weight] of words) addWord(profile, word, weight);
    for (const gram of profile.counts.keys()) seen[gram.length].add(gram);
    profiles[lang] = profile;
  }
  const vocabulary = seen.map((set) => set.size);
  return { langs, profiles, vocabulary };
}

/** Additive smoothing for n-grams a language never showed. Small, because an unseen Kazakh letter in Russian
 * text is strong evidence; 0.1–1 change little on the training half of ntrex-dev. */
export const ALPHA = 0.5;

/**
 * Adds a `kk-latn` profile sample: the Kazakh sample transliterated into the 2021 Latin alphabet, so that Kazakh
 * abstracts in Latin letters (`Qazaqstan`, `bılım`) are identified as Kazakh rather than English.
 */
export function withLatinKazakh(samples: Partial<Record<ProfileId, LidSample>>): Partial<Record<ProfileId, LidSample>> {
  const kk = samples.kk;
  if (!kk) return samples;
  return {
    ...samples,
    'kk-latn': {
      sentences: kk.sentences.map(toKazakhLatin),
      words: (kk.words ?? []).map(([form, count]): [string, number] => [toKazakhLatin(form), count]),
    },
  };
}
