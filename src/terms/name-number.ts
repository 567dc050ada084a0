import type { FoundTerm } from './sentence-terms.js';

/**
 * A number of one to three digits written right after a word, after a space or a hyphen ("Radio 4", "Nord Stream
 * 2", "«Северный поток-2»"), and not run on into a longer number, a decimal, a time, a percentage, an ordinal or a
 * word ("4th", "2.5", "11:15", "90%", "4&3").
 */
const NUMBER_AFTER = /^(?: |[-‐‑])(\d{1,3})(?![\d.,:%/&\p{L}])/u;
/**
 * A score or a range after the number ("Ayr 38 - 17 Melrose", "McIlroy 4 and 3", "2 to 4"): the number counts, it
 * names nothing.
 */
const SCORE_OR_RANGE = /^\s*(?:[-‐‑–—]|and|or|to|of|и|или|до|мен|және)\s*\d/u;

/** A word right after the number (white space between), as written up to its end. */
const WORD_NEXT = /^\s+(\p{L}[\p{L}\p{M}'’-]*)/u;

export interface NameNumberOptions {
  /**
   * Whether a number written after a space may be followed by a word (default: any word). Russian declines the
   * name and writes a date or a count after it ("в Бирмингеме 29 сентября"), while a number that names is joined
   * by a hyphen ("Северный поток-2") or closes the name ("BBC Radio 4 «Сегодня»"): false. Kazakh writes a date or
   * a count after a subject in the nominative ("Ұлыбритания 29 наурызда", "Тиффани Нг 18 жыл бұрын"), and a
   * named thing after the name that owns it ("Норд Стрим 2 құбыры"): a test of the word.
   */
  spacedBeforeWord?: boolean | ((word: string) => boolean);
}

/** The number after a name and where it ends in the sentence (see `numberAfterName`). */
export interface NameNumber {
  /** The digits as written. */
  text: string;
  /** Offset right after the digits. */
  end: number;
}

/**
 * The number that continues a name ending at offset `end` of the sentence, or null: a model, channel, series or
 * project number is part of the name it follows ("BBC Radio 4", "Nord Stream 2", "Boeing 737"), so the name with
 * it is a term of its own, in every language the same way. The caller decides that the words before `end` are a
 * name; a score or a range is no part of one.
 */
export function numberAfterName(sentence: string, end: number, options: NameNumberOptions = {}): NameNumber | null {
  const match = NUMBER_AFTER.exec(sentence.slice(end, end + 6));
  if (match === null) return null;
  const after = end + match[0].length;
  const rest = sentence.slice(after, after + 6);
  if (SCORE_OR_RANGE.test(rest)) return null;
  const allowed = options.spacedBeforeWord ?? true;
  if (allowed !== true && match[0][0] === ' ') {
    const next = WORD_NEXT.exec(sentence.slice(after, after + 40));
    if (next !== null && (allowed === false || !allowed(next[1]))) return null;
  }
  return { text: match[1], end: after };
}

/**
 * `match`, a name, continued by the number after it (`numberAfterName`): the number is a word of its own in the
 * key and, by default, in the canonical form, the head stays the name's, and `surface` is the text up to the
 * number's end.
 */
export function withNameNumber(match: FoundTerm, number: NameNumber, surface: string, canonical: string[] = [...match.canonical, number.text]): FoundTerm {
  const wordKeys = [...match.wordKeys, number.text];
  return { key: wordKeys.join(' '), canonical, headKey: match.headKey, surface, wordKeys };
}
