import { enHeadingWords } from '../lang/en/heading-words.js';
import { kkHeadingWords } from '../lang/kk/heading-words.js';
import { ruHeadingWords } from '../lang/ru/heading-words.js';
import type { Lang } from '../model/index.js';

/** The kinds of label ingest looks for; the word lists live in `src/lang/<lang>/heading-words.ts`. */
export type LabelCategory = 'abstract' | 'keywords' | 'references' | 'sections' | 'abstractOpeners' | 'affiliation' | 'places' | 'authorInfo';

type HeadingWords = Record<LabelCategory, string[]>;

const BY_LANG: Record<Lang, HeadingWords> = { en: enHeadingWords, kk: kkHeadingWords, ru: ruHeadingWords };

/** Every spelling of a category with the languages that use it (`Аннотация` is both Russian and Kazakh). */
export function labelsOf(category: LabelCategory): Map<string, Lang[]> {
  const labels = new Map<string, Lang[]>();
  for (const lang of ['en', 'kk', 'ru'] as const) {
    for (const word of BY_LANG[lang][category]) {
      const key = word.toLowerCase();
      labels.set(key, [...(labels.get(key) ?? []), lang]);
    }
  }
  return labels;
}
