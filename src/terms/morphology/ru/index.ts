export { analyseRussianWord, inflectRussian, type RussianAnalysis, type RussianReading, type RussianPos } from './analyse-russian-word.js';
export { loadAzDictionary } from './load-az-dictionary.js';
export { russianSnowballStem } from './snowball-stem.js';
export { foldYo } from './fold-yo.js';

import { analyseRussianWord } from './analyse-russian-word.js';

/** Version of the Russian keys and readings: bump it whenever they change for some word (the terms stage's version includes it). */
export const RUSSIAN_MORPHOLOGY_VERSION = 4;

/** Grouping key of a Russian word form: its dictionary lemma (`ё` folded to `е`), or a Snowball stem when unknown. */
export function russianLemmaKey(word: string): string {
  return analyseRussianWord(word).key;
}
