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
  /** The one key object of the stem in its language while the memo lives (see `StemKey`). */
  readonly key: StemKey;
}

/**
 * One object per distinct stem of a language, shared by all its word tokens: a unit's words are made distinct by
 * stamping the key with the unit's number instead of comparing stems. The keys and every memo holding tokens are
 * forgotten together, and only between units, so two tokens of one stem always share their key.
 */
export interface StemKey {
  readonly stem: string;
  /** Number of the last unit a word of this stem was taken from (see `unitFeatures`). */
  lastUnit: number;
  /** Number of the last token table that interned the stem, and its id there (see `internTokens`). */
  lastTable: number;
  tableId: number;
}
const stemKeys: Record<Lang, Map<string, StemKey>> = { en: new Map(), kk: new Map(), ru: new Map() };
/** Units analysed so far: stamps for `StemKey.lastUnit`. */
let unitCount = 0;

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
  /** Sentence boundaries inside the unit (see `sentenceBreaks`): a unit with one is likely two units merged. */
  breaks: number;
}

/** Units up to this length that start with a lower-case letter are taken for fragments. */
const FRAGMENT_MAX_LENGTH = 40;

/** A word is `\p{L}[\p{L}\p{M}'’-]*` (a letter, then letters, marks, apostrophes and hyphens); see `unitFeatures`. */
// Digit groups separated by a space, comma or dot before exactly three digits are one number (1,000 / 1 000);
// a comma or dot before other digit counts is a decimal mark (2.5 / 2,5).
const NUMBER = /\d+(?:[\s\u00a0.,]\d{3}(?!\d))*(?:[.,]\d+)?/g;

/** The lexicon key of a lower-case word in a language: Snowball for English and Russian, light rules for Kazakh. */
export function stemWord(word: string, lang: Lang): string {
  if (lang === 'kk') return stemKazakhLight(word);
  const stemmer = (stemmers[lang] ??= snowball.newStemmer(lang === 'en' ? 'english' : 'russian'));
  return stemmer.stem(lang === 'ru' && word.includes('ё') ? word.replace(/ё/g, 'е') : word);
}

/** Memo of stems and skeletons by language and lower-case word: words recur, and stemming dominates the cost. */
const wordMemo: Record<Lang, Map<string, { stem: string; skeleton: string; key: StemKey }>> = { en: new Map(), kk: new Map(), ru: new Map() };
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
const surfaceMemo: Record<Lang, Map<string, SurfaceAnalysis>> = { en: new Map(), kk: new Map(), ru: new Map() };
/** Surface forms remembered per language before the memo starts over (bounds memory on a large corpus). */
const SURFACE_MEMO_LIMIT = 100_000;

/** Forgets the memo of word analyses (for benchmarks that must not profit from an earlier run). */
export function clearWordMemo(): void {
  for (const memo of Object.values(wordMemo)) memo.clear();
  for (const memo of Object.values(surfaceMemo)) memo.clear();
  for (const keys of Object.values(stemKeys)) keys.clear();
}

/** Forgets the memos when one is full (called between units only, see `StemKey`). */
function boundMemos(): void {
  const { en, kk, ru } = surfaceMemo;
  const words = wordMemo.en.size + wordMemo.kk.size + wordMemo.ru.size;
  const full = words >= WORD_MEMO_LIMIT || en.size >= SURFACE_MEMO_LIMIT || kk.size >= SURFACE_MEMO_LIMIT || ru.size >= SURFACE_MEMO_LIMIT;
  if (full) clearWordMemo();
}

function analyseWord(lower: string, lang: Lang): { stem: string; skeleton: string; key: StemKey } {
  const memo = wordMemo[lang];
  let known = memo.get(lower);
  if (!known) {
    const stem = stemWord(lower, lang);
    let key = stemKeys[lang].get(stem);
    if (!key) stemKeys[lang].set(stem, (key = { stem, lastUnit: 0, lastTable: 0, tableId: 0 }));
    known = { stem, skeleton: consonantSkeleton(romanize(lower)), key };
    memo.set(lower, known);
  }
  return known;
}

function analyseSurface(surface: string, lang: Lang): SurfaceAnalysis {
  const memo = surfaceMemo[lang];
  let known = memo.get(surface);
  if (!known) {
    const lower = surface.toLowerCase();
    // Hyphenated compounds (ата-ана, 24-year-old) are keyed by their parts as well as whole.
    const parts = lower.includes('-') ? [lower, ...lower.split('-').filter((p) => p.length > 0)] : [lower];
    const analyses = parts.map((part) => analyseWord(part, lang));
    known = {
      upper: surface[0] !== lower[0],
      plain: analyses.map(({ stem, skeleton, key }) => ({ stem, skeleton, capitalised: false, key })),
      capitalised: analyses.map(({ stem, skeleton, key }) => ({ stem, skeleton, capitalised: true, key })),
    };
    memo.set(surface, known);
  }
  return known;
}

function normaliseNumber(raw: string): string {
  const thousands = raw.replace(/[\s\u00a0.,](?=\d{3}(?!\d))/g, '');
  return thousands.replace(',', '.');
}

/** Extracts the length, words, numbers and punctuation cues of a unit in a language. */
export function unitFeatures(text: string, lang: Lang): UnitFeatures {
  boundMemos();
  const words: WordToken[] = [];
  // Distinct stems: a word is taken when its stem's key is not stamped with this unit yet.
  const unit = ++unitCount;
  let first = true;
  // What the scan meets between words (see `OTHER_CUES`): digits, punctuation cues and stops inside the unit.
  let cues = 0;
  const last = text.length - 1;
  // Words, found by a scan over code points with a class table instead of the Unicode regex.
  for (let index = 0; index < text.length; ) {
    const start = index;
    const code = text.codePointAt(index)!;
    index += code > 0xffff ? 2 : 1;
    if (characterClass(code) !== LETTER) {
      // Every code point outside words passes here: words hold letters, marks, apostrophes and hyphens only.
      if (code < 0x10000) {
        const cue = OTHER_CUES[code];
        if (cue !== 0) cues |= start > 0 && start < last ? cue : cue & ~STOP;
      }
      continue;
    }
    while (index < text.length) {
      const next = text.codePointAt(index)!;
      if (characterClass(next) === OTHER) break;
      index += next > 0xffff ? 2 : 1;
    }
    let surface = text.slice(start, index);
    const end = surface.charCodeAt(surface.length - 1);
    if (end === 0x27 || end === 0x2019 || end === 0x2d) surface = surface.replace(/['’-]+$/, '');
    const analysis = analyseSurface(surface, lang);
    const tokens = !first && analysis.upper ? analysis.capitalised : analysis.plain;
    first = false;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t];
      if (token.key.lastUnit === unit) continue;
      token.key.lastUnit = unit;
      words.push(token);
    }
  }
  const numbers: string[] = [];
  if ((cues & DIGIT) !== 0) {
    NUMBER.lastIndex = 0;
    for (let match = NUMBER.exec(text); match !== null; match = NUMBER.exec(text)) {
      const number = normaliseNumber(match[0]);
      if (!numbers.includes(number)) numbers.push(number);
    }
  }
  const marks: string[] = [];
  if ((cues & QUESTION) !== 0) marks.push('?');
  if ((cues & EXCLAMATION) !== 0) marks.push('!');
  if ((cues & QUOTE) !== 0) marks.push('"');
  if ((cues & BRACKET) !== 0) marks.push('(');
  if ((cues & PERCENT) !== 0) marks.push('%');
  const length = unitLength(text);
  let fragment = false;
  if (length <= FRAGMENT_MAX_LENGTH) {
    const firstLetter = FIRST_LETTER.exec(text)?.[0];
    fragment = firstLetter !== undefined && firstLetter !== firstLetter.toUpperCase();
  }
  // A boundary inside the unit needs a stop before its last character (see `sentenceBreaks`).
  const breaks = (cues & STOP) !== 0 ? sentenceBreaks(text) : 0;
  return { length, words, numbers, marks, fragment, breaks };
}

/** Classes of the word scanner: a letter (\p{L}), a character that continues a word (\p{M}, ' ’ -), other. */
const LETTER = 1;
const INNER = 2;
const OTHER = 3;
/** Class of every BMP character, found by the regexes on first sight (0 = not seen yet); astral ones in a map. */
const BMP_CLASSES = new Uint8Array(0x10000);
const ASTRAL_CLASSES = new Map<number, number>();

function characterClass(code: number): number {
  if (code <= 0xffff) {
    const known = BMP_CLASSES[code];
    if (known !== 0) return known;
    return (BMP_CLASSES[code] = classify(String.fromCharCode(code)));
  }
  let known = ASTRAL_CLASSES.get(code);
  if (known === undefined) ASTRAL_CLASSES.set(code, (known = classify(String.fromCodePoint(code))));
  return known;
}

function classify(character: string): number {
  if (IS_LETTER.test(character)) return LETTER;
  return IS_INNER.test(character) ? INNER : OTHER;
}

/**
 * Cues of the characters outside words, as bits: a digit (numbers are looked for only then), the punctuation cues of
 * `UnitFeatures.marks` (`"` for any quote), and a stop (`.`, `!`, `?`, `…`), which counts only inside the unit.
 */
const DIGIT = 1;
const QUESTION = 2;
const EXCLAMATION = 4;
const QUOTE = 8;
const BRACKET = 16;
const PERCENT = 32;
const STOP = 64;
const OTHER_CUES = new Uint8Array(0x10000);
for (let digit = 0x30; digit <= 0x39; digit++) OTHER_CUES[digit] = DIGIT;
for (const quote of '"«»“”„') OTHER_CUES[quote.charCodeAt(0)] = QUOTE;
OTHER_CUES[0x28] = BRACKET;
OTHER_CUES[0x25] = PERCENT;
OTHER_CUES[0x2e] = STOP;
OTHER_CUES[0x2026] = STOP;
OTHER_CUES[0x3f] = QUESTION | STOP;
OTHER_CUES[0x21] = EXCLAMATION | STOP;

const IS_LETTER = /^\p{L}$/u;
const IS_INNER = /^[\p{M}'’-]$/u;
/**
 * Sentence boundaries inside a unit: a stop (`.`, `!`, `?`, `…`) after a lower-case word or a number, an optional
 * closing quote or bracket, white space, then a capital (after an optional opening quote). A capital or a single
 * letter before the stop is left out, so that abbreviations and initials (`Mr. Smith`, `U.S. President`, `J. Smith`)
 * are not taken for ends. A scan by character codes: a Unicode regex over every unit cost 5 % of an alignment.
 */
export function sentenceBreaks(text: string): number {
  let breaks = 0;
  const last = text.length - 1;
  for (let stop = 1; stop < last; stop++) {
    const code = text.charCodeAt(stop);
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x2026) continue;
    const before = text.charCodeAt(stop - 1);
    if (!(isDigit(before) || (isLower(before) && isLower(text.charCodeAt(stop - 2))))) continue;
    let next = stop + 1;
    if (CLOSING.includes(text[next])) next++;
    const spaceFrom = next;
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    if (next === spaceFrom || next >= text.length) continue;
    if (OPENING.includes(text[next])) next++;
    if (next < text.length && isUpper(text.charCodeAt(next))) {
      breaks++;
      stop = next;
    }
  }
  return breaks;
}

const CLOSING = '"»”\')';
const OPENING = '"«“„(';

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && WHITE_SPACE.test(String.fromCharCode(code)));
}

/** A lower-case or capital letter (of the BMP; a letter with no case is neither). */
function isLower(code: number): boolean {
  const character = String.fromCharCode(code);
  return character !== character.toUpperCase() && character === character.toLowerCase();
}

function isUpper(code: number): boolean {
  const character = String.fromCharCode(code);
  return character !== character.toLowerCase() && character === character.toUpperCase();
}

const WHITE_SPACE = /^\s$/;
const FIRST_LETTER = /\p{L}/u;
