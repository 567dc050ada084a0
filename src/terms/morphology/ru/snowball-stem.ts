import { newStemmer, type SnowballStemmer } from 'snowball-stemmers';

let stemmer: SnowballStemmer | null = null;

/** Snowball (Porter's Russian) stem of a lower-case word, `ё` folded to `е`: the fallback key for unknown words. */
export function russianSnowballStem(word: string): string {
  stemmer ??= newStemmer('russian');
  return stemmer.stem(word.replace(/ё/g, 'е'));
}
