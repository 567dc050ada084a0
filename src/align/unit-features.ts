import { createRequire } from 'node:module';
import type { Lang } from '../model/index.js';
import { stemKazakhLight } from './stem-kk-light.js';
import { consonantSkeleton, romanize } from './transliterate.js';
import { unitLength } from './unit-length.js';

interface SnowballStemmer {
  stem(word: string): string;
}
// snowball-stemmers ships no types and is CommonJS; the stemmers are pure functions of the word.
const snowball = createRequire(import.meta.url)('snowball-stemmers') as { newStemmer(name: string): SnowballStemmer };
const stemmers: Partial<Record<Lang, SnowballStemmer>> = {};

/** A word of a unit: its lexicon key (stem) and the consonant skeleton of its surface form. */
export interface WordToken {
  stem: string;
  skeleton: string;
  /** Written with a capital letter not at the start of the unit: a likely proper name. */
  capitalised: boolean;
}

/** What the aligner knows about one unit (sentence or item). */
export interface UnitFeatures {
  /** Gale–Church length (see `unitLength`). */
  length: number;
  /** Distinct words (by stem), in order of first appearance. */
  words: WordToken[];
  /** Distinct normalised numbers (`1000`, `2.5`, `2019`). */
  numbers: string[];
  /** Distinct punctuation cues shared across the three languages: `?`, `!`, `"` (any quote), `(`, `%`. */
  marks: string[];
  /** Looks like debris of a broken sentence: short and starting with a lower-case letter. */
  fragment: boolean;
}

/** Units up to this length that start with a lower-case letter are taken for fragments. */
const FRAGMENT_MAX_LENGTH = 40;

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
// Digit groups separated by a space, comma or dot before exactly three digits are one number (1,000 / 1 000);
// a comma or dot before other digit counts is a decimal mark (2.5 / 2,5).
const NUMBER = /\d+(?:[\s\u00a0.,]\d{3}(?!\d))*(?:[.,]\d+)?/g;

/** The lexicon key of a lower-case word in a language: Snowball for English and Russian, light rules for Kazakh. */
export function stemWord(word: string, lang: Lang): string {
  if (lang === 'kk') return stemKazakhLight(word);
  const stemmer = (stemmers[lang] ??= snowball.newStemmer(lang === 'en' ? 'english' : 'russian'));
  return stemmer.stem(lang === 'ru' ? word.replace(/ё/g, 'е') : word);
}

/** Memo of stems and skeletons by language and lower-case word: words recur, and stemming dominates the cost. */
const wordMemo = new Map<string, { stem: string; skeleton: string }>();
const WORD_MEMO_LIMIT = 200_000;

/** Forgets the memo of word analyses (for benchmarks that must not profit from an earlier run). */
export function clearWordMemo(): void {
  wordMemo.clear();
}

function analyseWord(lower: string, lang: Lang): { stem: string; skeleton: string } {
  const key = lang + lower;
  let known = wordMemo.get(key);
  if (!known) {
    if (wordMemo.size >= WORD_MEMO_LIMIT) wordMemo.clear();
    known = { stem: stemWord(lower, lang), skeleton: consonantSkeleton(romanize(lower)) };
    wordMemo.set(key, known);
  }
  return known;
}

function normaliseNumber(raw: string): string {
  const thousands = raw.replace(/[\s\u00a0.,](?=\d{3}(?!\d))/g, '');
  return thousands.replace(',', '.');
}

/** Extracts the length, words, numbers and punctuation cues of a unit in a language. */
export function unitFeatures(text: string, lang: Lang): UnitFeatures {
  const words: WordToken[] = [];
  const seenStems = new Set<string>();
  let first = true;
  for (const match of text.matchAll(WORD)) {
    const surface = match[0].replace(/['’-]+$/, '');
    const lower = surface.toLowerCase();
    const capitalised = !first && surface[0] !== lower[0];
    first = false;
    // Hyphenated compounds (ата-ана, 24-year-old) are keyed by their parts as well as whole.
    const parts = lower.includes('-') ? [lower, ...lower.split('-').filter((p) => p.length > 0)] : [lower];
    for (const part of parts) {
      const { stem, skeleton } = analyseWord(part, lang);
      if (seenStems.has(stem)) continue;
      seenStems.add(stem);
      words.push({ stem, skeleton, capitalised });
    }
  }
  const numbers = [...new Set([...text.matchAll(NUMBER)].map((m) => normaliseNumber(m[0])))];
  const marks: string[] = [];
  if (text.includes('?')) marks.push('?');
  if (text.includes('!')) marks.push('!');
  if (/["«»“”„]/.test(text)) marks.push('"');
  if (text.includes('(')) marks.push('(');
  if (text.includes('%')) marks.push('%');
  const length = unitLength(text);
  const firstLetter = /\p{L}/u.exec(text)?.[0];
  const fragment = length <= FRAGMENT_MAX_LENGTH && firstLetter !== undefined && firstLetter !== firstLetter.toUpperCase();
  return { length, words, numbers, marks, fragment };
}
