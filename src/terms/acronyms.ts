/**
 * Acronyms (АҚШ, США, US, U.S., ҚР, ЕАЭС, NTS): a word written in capitals inside running text. They are names
 * in every language, so they are term candidates as written: no lower-casing, no stemming (АҚШ-тың is АҚШ),
 * and the same acronym has the same key in every document.
 */

/** Letters of an acronym, with the full stops of an initialism (U.S., U.N.). */
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;
/** Roman numerals (XX ғасыр, II том, Cyrillic Х and І included): numbers, not names. */
const ROMAN_NUMERAL = /^[IVXLCDMХІ]+$/u;
/** An acronym in capitals has at most this many letters; a longer word in capitals is shouted, not abbreviated. */
const MAX_ACRONYM_LETTERS = 6;
const LOWER_CASE = /\p{Ll}/u;
const UPPER_CASE = /\p{Lu}/u;
const FULL_STOP = /\./g;
/** An inner hyphen or apostrophe: Kazakh writes case endings after an acronym so (АҚШ-тың, БҰҰ-ға). */
const ENDING_MARK = /[-‐‑'’]/u;

/** An acronym as found in a word: its letters and the ending written after it. */
export interface Acronym {
  /** The acronym in capitals, full stops dropped (U.S. → US): its key and its dictionary form. */
  letters: string;
  /** The ending after the hyphen, lower-case ("тың" of АҚШ-тың), or "" when the word is bare. */
  ending: string;
}

/**
 * The acronym a word is, or null. A word is one when its part before any hyphenated ending is 2-6 capital
 * letters (full stops between them allowed) and not a Roman numeral; an ending must be lower-case
 * (АҚШ-тың, not ЕАЭС-ЕАЭО).
 */
export function acronymOf(word: string): Acronym | null {
  const mark = word.search(ENDING_MARK);
  const head = mark < 0 ? word : word.slice(0, mark);
  const ending = mark < 0 ? '' : word.slice(mark + 1);
  if (!ACRONYM.test(head) || UPPER_CASE.test(ending)) return null;
  const letters = head.replace(FULL_STOP, '');
  if (letters.length > MAX_ACRONYM_LETTERS || ROMAN_NUMERAL.test(letters)) return null;
  return { letters, ending };
}

/**
 * True when a sentence is written in capitals (a heading: ҚАЗАҚСТАН РЕСПУБЛИКАСЫ, THE STATE): more of its words
 * of two letters or more are in capitals than have a lower-case letter. Its capitals say nothing about acronyms.
 */
export function writtenInCapitals(words: readonly string[]): boolean {
  return inCapitals(words.map(caseVoteOf));
}

/** How a word counts for `writtenInCapitals`: it has a lower-case letter, or is two letters or more in capitals. */
export type CaseVote = 'lower' | 'capitals' | null;

export function caseVoteOf(word: string): CaseVote {
  if (LOWER_CASE.test(word)) return 'lower';
  return word.length >= 2 && UPPER_CASE.test(word) ? 'capitals' : null;
}

/** `writtenInCapitals` from the words' votes (`caseVoteOf`). */
export function inCapitals(votes: readonly CaseVote[]): boolean {
  let capitals = 0;
  let lower = 0;
  for (const vote of votes) {
    if (vote === 'lower') lower++;
    else if (vote === 'capitals') capitals++;
  }
  return capitals >= 2 && capitals > lower;
}
