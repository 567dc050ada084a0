import type { Lang } from '../model/index.js';
import { isOpener, isSpace } from './characters.js';
import { isSentenceStarter, lookupAbbreviation } from './lookup-abbreviation.js';
import { readNextWord, type NextWord } from './read-next-word.js';
import { readWordBeforeStop, type WordBeforeStop } from './read-word-before-stop.js';

/**
 * Why a candidate became a sentence end: `stop` for the ordinary case; `lower-case-after-stop` when a full
 * stop after an ordinary word is followed by a lower-case word. In edited text that never happens inside a
 * sentence; in the dev data (`npm run eval -- --only segment`, table "after a stop") every such stop that is
 * not an abbreviation, ellipsis or closing quote is a gold boundary, and in PDF-extracted abstracts it marks
 * debris such as a stray fragment (`…сфере. является формирова-ние. Были…`) that the aligner must see apart.
 */
export type BoundaryRule = 'stop' | 'lower-case-after-stop';

/** A candidate sentence end: a run of stops, then closing quotes and brackets, then white space or the end. */
export interface StopCandidate {
  /** Offset of the first stop character. */
  stopStart: number;
  /** Offset after the last stop character. */
  stopEnd: number;
  /** Offset after the closing quotes and brackets (the sentence end if this is a boundary). */
  end: number;
  /** Offset of the first non-white-space character of the current sentence. */
  sentenceStart: number;
  /** Start and end of the unit (paragraph, list item or heading) being segmented. */
  unitStart: number;
  unitEnd: number;
  /** A guillemet quotation opened in the current sentence is still open at the stop. */
  insideQuote: boolean;
}

// The consonant-only test: a "word" with no vowel is an abbreviation (`млн`, `стр`, `Mr`, `pp`) in all
// three languages. Used only to keep a following lower-case word in the sentence.
const VOWEL = /[aeiouyаеёиоуыэюяәіөұүАЕЁИОУЫЭЮЯӘІӨҰҮAEIOUY]/u;

/**
 * Decides whether `candidate` in `text` ends a sentence, and by which rule; `null` when it does not.
 * Only looks at the token before the stop and the word after it, so the cost per candidate is bounded.
 */
export function decideBoundary(text: string, candidate: StopCandidate, lang: Lang): BoundaryRule | null {
  const { stopStart, stopEnd, end } = candidate;
  const next = readNextWord(text, end, candidate.unitEnd);
  if (next.kind === 'none') return 'stop';
  const stop = text.slice(stopStart, stopEnd);
  // Quotes and brackets after the stop (Markdown emphasis marks do not count).
  const closed = /["'»”“’‘›)\]}]/u.test(text.slice(stopEnd, end));

  if (stop.includes('…') || stop.includes('..')) return decideEllipsis(text, stopStart, next);
  if (/[!?‼⁇⁈⁉]/u.test(stop)) {
    // `«Ноябрь впереди!» напротив Сената`, `«Что?» — спросил он`: the quoted exclamation or question
    // ends inside the sentence.
    return next.kind === 'lower' ? null : 'stop';
  }

  // Author's words inside a quotation: `«…будут белыми, — считает Адамс. — А это приблизит…»`.
  if (candidate.insideQuote && next.afterDash && !closed) return null;
  const word = readWordBeforeStop(text, stopStart, candidate.unitStart);
  if (next.kind === 'lower') return decideBeforeLowerCase(word, next, closed, lang);
  if (isEnumerationMarker(word, candidate.sentenceStart)) return null;
  return decideBeforeOther(word, next, lang);
}

/**
 * An ellipsis ends a sentence before a capitalised word, a digit or a symbol, but not before a lower-case
 * word (a trailing-off pause), nor when it stands alone between spaces or inside brackets (a pause or an
 * omission mark: `COUNTING ... the day`, `[…]`).
 */
function decideEllipsis(text: string, stopStart: number, next: NextWord): BoundaryRule | null {
  const before = stopStart > 0 ? text[stopStart - 1] : ' ';
  if (isSpace(before) || isOpener(before)) return null;
  return next.kind === 'lower' ? null : 'stop';
}

/** A full stop followed by a lower-case word. */
function decideBeforeLowerCase(word: WordBeforeStop, next: NextWord, closed: boolean, lang: Lang): BoundaryRule | null {
  // A quotation or parenthesis that closes mid-sentence: `(в 1967 г.) прошел`, `бастады.» – деді ол`.
  if (closed || next.afterDash) return null;
  if (looksLikeAbbreviation(word, lang)) return null;
  return 'lower-case-after-stop';
}

function looksLikeAbbreviation(word: WordBeforeStop, lang: Lang): boolean {
  switch (word.shape) {
    case 'initials':
    case 'dotted':
      return true;
    case 'word':
      return word.text.length === 1 || lookupAbbreviation(word.text, lang) !== undefined || !VOWEL.test(word.text);
    default:
      return false;
  }
}

/**
 * `1.`, `1.2.`, `IV.` opening a sentence number a list item or a section (`1. The state. 6. Administration.`
 * is two items on one line).
 */
function isEnumerationMarker(word: WordBeforeStop, sentenceStart: number): boolean {
  if (word.tokenStart !== sentenceStart) return false;
  if (word.shape === 'number') return /^\d{1,3}(?:\.\d{1,3})*$/u.test(word.text);
  return /^[IVXLCХІ]{1,5}$/u.test(word.text);
}

/** A full stop followed by a capitalised word, a digit or a symbol. */
function decideBeforeOther(word: WordBeforeStop, next: NextWord, lang: Lang): BoundaryRule | null {
  if (word.spacedForm !== undefined) {
    const kind = lookupAbbreviation(word.spacedForm, lang);
    if (kind !== undefined) return decideAbbreviation(kind, { ...word, shape: 'dotted' }, next, lang);
  }
  if (word.shape === 'word' || word.shape === 'dotted') {
    const kind = lookupAbbreviation(word.text, lang);
    if (kind !== undefined) return decideAbbreviation(kind, word, next, lang);
  }
  // A capitalised word without a vowel is a name abbreviation (`Дж. Байден`, `Wm. Penn`); all-capital
  // acronyms (`BBC`, `НКВД`) are words that can end a sentence.
  const nameAbbreviation = word.shape === 'word' && !VOWEL.test(word.text) && /\p{Ll}/u.test(word.text);
  if (word.shape === 'initials' || nameAbbreviation) {
    // `V.A. Zheksembekova`, `Дионисио А. Линд`, `U.S. Navy`, `S. 10`: initials and dotted acronyms end a
    // sentence only when a word that typically opens one follows (`…in the U.S. The…`).
    return next.kind === 'upper' && !next.isInitial && isSentenceStarter(next.word, lang) ? 'stop' : null;
  }
  // Unknown dotted abbreviations (`т.ғ.д.`, `ж.ж.`) behave like `etc.`.
  if (word.shape === 'dotted') return decideAbbreviation('final', word, next, lang);
  return 'stop';
}

function decideAbbreviation(
  kind: 'prefix' | 'numeral' | 'unit' | 'final',
  word: WordBeforeStop,
  next: NextWord,
  lang: Lang,
): BoundaryRule | null {
  const numberFollows = next.kind === 'digit' || next.isRoman;
  switch (kind) {
    case 'prefix':
      // A title or a short form stands before a name or a noun, never before a function word: `им.` is
      // `имени` in `им. Аль-Фараби` but the pronoun in `доверять им. По результатам…`. Dotted forms
      // (`т.е.`, `e.g.`) introduce any phrase and never end a sentence.
      return word.shape === 'word' && next.kind === 'upper' && !next.isInitial && isSentenceStarter(next.word, lang)
        ? 'stop'
        : null;
    case 'numeral':
      return numberFollows ? null : 'stop';
    case 'unit':
      // `1968 г. Это…` ends a sentence; `г. Алматы`, `100 долл. США`, `1990 г. 5 мая` do not.
      if (!word.afterNumber || numberFollows || next.isAcronym) return null;
      return 'stop';
    case 'final':
      // `Smith et al. (2010) showed`, `и др. [5]`: a year or a citation continues the sentence.
      return numberFollows ? null : 'stop';
  }
}
