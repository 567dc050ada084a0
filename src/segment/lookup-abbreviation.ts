import type { Lang } from '../model/index.js';
import { englishSegmenterData } from '../lang/en/abbreviations.js';
import { kazakhSegmenterData } from '../lang/kk/abbreviations.js';
import { russianSegmenterData } from '../lang/ru/abbreviations.js';
import type { AbbreviationClass, AbbreviationTable, SegmenterLanguageData } from './types.js';

const DATA: Record<Lang, SegmenterLanguageData> = {
  en: englishSegmenterData,
  kk: kazakhSegmenterData,
  ru: russianSegmenterData,
};

const CLASSES: readonly AbbreviationClass[] = ['prefix', 'numeral', 'unit', 'final'];

// Built on first use, not at import time.
const tables = new Map<Lang, Map<string, AbbreviationClass>>();
const starters = new Map<Lang, Set<string>>();

function tableOf(lang: Lang): Map<string, AbbreviationClass> {
  let table = tables.get(lang);
  if (!table) {
    table = new Map();
    const source: AbbreviationTable = DATA[lang].abbreviations;
    for (const kind of CLASSES) for (const form of source[kind]) table.set(form, kind);
    tables.set(lang, table);
  }
  return table;
}

const LATIN = /\p{Script=Latin}/u;

/**
 * The class of abbreviation `word` (without its final full stop) in a `lang` text, or `undefined`.
 * The script of the word picks the table: Latin words use the English one (Kazakh and Russian articles cite
 * English sources), Cyrillic words use the text's own table and then the other Cyrillic one (Kazakh articles
 * cite Russian sources and share abbreviations such as `г.`, `млн.`).
 */
export function lookupAbbreviation(word: string, lang: Lang): AbbreviationClass | undefined {
  const key = word.toLowerCase();
  if (LATIN.test(key)) return tableOf('en').get(key);
  const own = lang === 'en' ? 'ru' : lang;
  const other = own === 'ru' ? 'kk' : 'ru';
  return tableOf(own).get(key) ?? tableOf(other).get(key);
}

function startersOf(lang: Lang): Set<string> {
  let set = starters.get(lang);
  if (!set) {
    set = new Set(DATA[lang].sentenceStarters);
    starters.set(lang, set);
  }
  return set;
}

/**
 * Whether `word` is one of the capitalised words that typically open a sentence. As for abbreviations, the
 * script of the word picks the list (English for Latin words, the text's own Cyrillic list, then the other).
 */
export function isSentenceStarter(word: string, lang: Lang): boolean {
  if (LATIN.test(word)) return startersOf('en').has(word);
  const own = lang === 'en' ? 'ru' : lang;
  return startersOf(own).has(word) || startersOf(own === 'ru' ? 'kk' : 'ru').has(word);
}
