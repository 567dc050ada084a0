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
  readonly stem: string;
  readonly skeleton: string;
  /** Written with a capital letter not at the start of the unit: a likely proper name. */
  readonly capitalised: boolean;
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

/**
 * Memo of the word tokens of a surface word (as written, trailing apostrophes and hyphens cut) by language: the
 * tokens of each part (a hyphenated compound gives the whole and its parts), in the two variants of `capitalised`.
 * The tokens are shared between units, so they are read-only.
 */
interface SurfaceAnalysis {
  /** Written with a capital first letter (a name when not at the start of the unit). */
  upper: boolean;
  plain: WordToken[];
  capitalised: WordToken[];
}
const surfaceMemo = new Map<string, SurfaceAnalysis>();

/** Forgets the memo of word analyses (for benchmarks that must not profit from an earlier run). */
export function clearWordMemo(): void {
  wordMemo.clear();
  surfaceMemo.clear();
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

function analyseSurface(surface: string, lang: Lang): SurfaceAnalysis {
  const key = lang + surface;
  let known = surfaceMemo.get(key);
  if (!known) {
    if (surfaceMemo.size >= WORD_MEMO_LIMIT) surfaceMemo.clear();
    const lower = surface.toLowerCase();
    // Hyphenated compounds (ата-ана, 24-year-old) are keyed by their parts as well as whole.
    const parts = lower.includes('-') ? [lower, ...lower.split('-').filter((p) => p.length > 0)] : [lower];
    const analyses = parts.map((part) => analyseWord(part, lang));
    known = {
      upper: surface[0] !== lower[0],
      plain: analyses.map(({ stem, skeleton }) => ({ stem, skeleton, capitalised: false })),
      capitalised: analyses.map(({ stem, skeleton }) => ({ stem, skeleton, capitalised: true })),
    };
    surfaceMemo.set(key, known);
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
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    let surface = match[0];
    const last = surface.charCodeAt(surface.length - 1);
    if (last === 0x27 || last === 0x2019 || last === 0x2d) surface = surface.replace(/['’-]+$/, '');
    const analysis = analyseSurface(surface, lang);
    const tokens = !first && analysis.upper ? analysis.capitalised : analysis.plain;
    first = false;
    for (const token of tokens) {
      if (seenStems.has(token.stem)) continue;
      seenStems.add(token.stem);
      words.push(token);
    }
  }
  const numbers: string[] = [];
  if (HAS_DIGIT.test(text)) {
    NUMBER.lastIndex = 0;
    for (let match = NUMBER.exec(text); match !== null; match = NUMBER.exec(text)) {
      const number = normaliseNumber(match[0]);
      if (!numbers.includes(number)) numbers.push(number);
    }
  }
  const marks: string[] = [];
  if (text.includes('?')) marks.push('?');
  if (text.includes('!')) marks.push('!');
  if (QUOTE.test(text)) marks.push('"');
  if (text.includes('(')) marks.push('(');
  if (text.includes('%')) marks.push('%');
  const length = unitLength(text);
  let fragment = false;
  if (length <= FRAGMENT_MAX_LENGTH) {
    const firstLetter = FIRST_LETTER.exec(text)?.[0];
    fragment = firstLetter !== undefined && firstLetter !== firstLetter.toUpperCase();
  }
  return { length, words, numbers, marks, fragment };
}

const HAS_DIGIT = /\d/;
const QUOTE = /["«»“”„]/;
const FIRST_LETTER = /\p{L}/u;
