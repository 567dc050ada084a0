import type { Lang } from '../../model/index.js';
import { englishLemmaKey, wink, winkProbe } from './en/index.js';
import { kazakhLemma } from './kk/index.js';
import { loadAzDictionary, russianLemmaKey } from './ru/index.js';

/**
 * The grouping key of a word form: words with the same key are one lexeme. The key is the lemma (dictionary
 * form, lower-case) when the analyser can give it: wink-nlp for English, the Kazakh analyser for Kazakh, the
 * OpenCorpora dictionary (az) for Russian with `ё` folded to `е` and a Snowball stem for unknown words.
 * Context-free: one key per form. Idempotent on its own keys.
 */
export function lemmaKey(word: string, lang: Lang): string {
  switch (lang) {
    case 'en':
      return englishLemmaKey(word);
    case 'kk':
      return kazakhLemma(word);
    case 'ru':
      return russianLemmaKey(word);
  }
}

/**
 * Loads the language models now (Russian dictionary, English tagger, Kazakh stem list), so the first document
 * does not pay for it. Optional: everything loads lazily on first use anyway. Resolves when done.
 *
 * @param langs the languages to prepare (all three by default)
 */
export async function loadMorphology(langs: readonly Lang[] = ['en', 'kk', 'ru']): Promise<void> {
  if (langs.includes('ru')) loadAzDictionary();
  if (langs.includes('en')) {
    wink();
    winkProbe();
  }
  if (langs.includes('kk')) kazakhLemma('билік');
}
