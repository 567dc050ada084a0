import { isDash, isDigit, isLetter, isLower, isOpener, isSpace, isUpper } from './characters.js';

/** What follows a candidate sentence end, as the boundary rules need it. */
export interface NextWord {
  /** Case of the first letter, or `digit`, `other` (a symbol), or `none` (the unit ends here). */
  kind: 'upper' | 'lower' | 'digit' | 'other' | 'none';
  /** The word itself (letters and inner hyphens), empty unless `kind` is `upper` or `lower`. */
  word: string;
  /** A dash came first (`… – деді ол`, `. — А это`). */
  afterDash: boolean;
  /** A single letter directly followed by a full stop: an initial (`А. В. Иванов`). */
  isInitial: boolean;
  /** Two or more capitals and no lower-case letter (`США`, `ҚР`, `NATO`). */
  isAcronym: boolean;
  /** Roman numeral of two letters or more (`XII`, `ХХ`): counts as a number after `Vol.`, `т.`. */
  isRoman: boolean;
}

const ROMAN = /^[IVXLCDMХІ]{2,}$/u;
// Openers and dashes to look past: a few at most, so the scan stays bounded.
const MAX_SKIP = 8;

/** Reads the first word after `from` (white space, opening quotes, brackets and dashes skipped) before `end`. */
export function readNextWord(text: string, from: number, end: number): NextWord {
  let i = from;
  while (i < end && isSpace(text[i])) i++;
  let afterDash = false;
  const skipLimit = i + MAX_SKIP;
  while (i < end && i < skipLimit) {
    const ch = text[i];
    if (isOpener(ch) || isSpace(ch)) i++;
    else if (isDash(ch)) {
      afterDash = true;
      i++;
    } else break;
  }
  const result: NextWord = { kind: 'none', word: '', afterDash, isInitial: false, isAcronym: false, isRoman: false };
  if (i >= end) return result;
  const first = text[i];
  if (isDigit(first)) return { ...result, kind: 'digit' };
  if (!isLetter(first)) return { ...result, kind: 'other' };
  let j = i + 1;
  while (j < end && j - i < 64 && (isLetter(text[j]) || ((text[j] === '-' || text[j] === '’' || text[j] === "'") && j + 1 < end && isLetter(text[j + 1])))) j++;
  const word = text.slice(i, j);
  const kind = isUpper(first) ? 'upper' : isLower(first) ? 'lower' : 'other';
  return {
    ...result,
    kind,
    word,
    isInitial: word.length === 1 && text[j] === '.',
    isAcronym: word.length >= 2 && isUpper(first) && !/\p{Ll}/u.test(word),
    isRoman: ROMAN.test(word),
  };
}
