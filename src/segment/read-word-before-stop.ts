import { isDigit, isLetter, isOpener, isSpace, isUpper } from './characters.js';

/** What stands right before a stop, as the boundary rules need it. */
export interface WordBeforeStop {
  /** The token before the stop, without opening quotes or brackets (`г` in `(в 1967 г.)`). */
  text: string;
  /** Offset where the white-space-delimited token starts (openers included). */
  tokenStart: number;
  shape: WordShape;
  /** The token before it holds a digit or is a Roman numeral: `1968 г.`, `XX в.`, `1950–53 жж.`. */
  afterNumber: boolean;
  /**
   * For a one- or two-letter word after another such word with a full stop, the two written as one
   * dotted abbreviation: `т.д` for `и т. д.`, `e.g` for `e. g.`; otherwise `undefined`.
   */
  spacedForm?: string;
}

/**
 * - `none`: nothing (the stop follows white space or starts the text);
 * - `number`: digits with inner full stops or commas (`2014`, `1.2`);
 * - `initials`: single capital letters with full stops between (`А`, `V.A`, `U.S`);
 * - `dotted`: short letter groups with full stops between (`т.е`, `e.g`, `т.ғ.д`, `Ph.D`);
 * - `word`: letters, possibly with inner hyphens or apostrophes;
 * - `other`: anything else (`object[12]`, `»`, `COVID-19`).
 */
export type WordShape = 'none' | 'number' | 'initials' | 'dotted' | 'word' | 'other';

// Tokens longer than this are never abbreviations; capping the backward scan keeps the segmenter linear on
// text without spaces.
const MAX_TOKEN = 48;

const NUMBER = /^\d{1,3}(?:[.,]\d+)*$|^\d+$/u;
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
const DOTTED = /^(?:[\p{L}\p{M}]{1,4}\.-?)+[\p{L}\p{M}]{1,4}$/u;
const WORD = /^[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*$/u;
const ROMAN = /^[IVXLCDMХІ]+$/u;

/** Reads the token that ends at `stop` (the offset of the stop character) in `text`, not before `floor`. */
export function readWordBeforeStop(text: string, stop: number, floor: number): WordBeforeStop {
  let tokenStart = stop;
  while (tokenStart > floor && stop - tokenStart < MAX_TOKEN && !isSpace(text[tokenStart - 1])) tokenStart--;
  let start = tokenStart;
  while (start < stop && isOpener(text[start])) start++;
  const word = text.slice(start, stop);
  const previous = previousToken(text, tokenStart, floor);
  const shape = shapeOf(word);
  const result: WordBeforeStop = { text: word, tokenStart, shape, afterNumber: isNumberToken(previous) };
  if (shape === 'word' && SHORT_LOWER.test(word) && SHORT_LOWER_DOT.test(previous)) {
    result.spacedForm = `${previous}${word}`;
  }
  return result;
}

// `т. д.`, `т. е.`, `e. g.`: typographers put a (thin) space inside dotted abbreviations.
const SHORT_LOWER = /^\p{Ll}{1,2}$/u;
const SHORT_LOWER_DOT = /^\p{Ll}{1,2}\.$/u;

function shapeOf(word: string): WordShape {
  if (word.length === 0) return 'none';
  if (word.length >= MAX_TOKEN) return 'other';
  const first = word[0];
  if (isDigit(first)) return NUMBER.test(word) ? 'number' : 'other';
  if (!isLetter(first)) return 'other';
  if (INITIALS.test(word)) return 'initials';
  if (WORD.test(word)) return 'word';
  if (DOTTED.test(word)) return 'dotted';
  return 'other';
}

/** The white-space-delimited token that ends before `tokenStart` (empty at the start of the unit). */
function previousToken(text: string, tokenStart: number, floor: number): string {
  let end = tokenStart;
  while (end > floor && isSpace(text[end - 1])) end--;
  let start = end;
  while (start > floor && end - start < MAX_TOKEN && !isSpace(text[start - 1])) start--;
  return text.slice(start, end);
}

function isNumberToken(previous: string): boolean {
  if (previous === '') return false;
  const token = previous.replace(/[.,;:)]+$/u, '');
  for (let i = 0; i < token.length; i++) if (isDigit(token[i])) return true;
  return ROMAN.test(token) && (token.length > 1 || isUpper(token));
}
