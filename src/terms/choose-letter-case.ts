import { remember } from './morphology/remember.js';
import type { CaseSample } from './phrase-match.js';

/**
 * How a word is written in running text: a proper name keeps its capital, an acronym its capitals. A hyphenated
 * name keeps the capitals of its parts as written (`capital:` and a 1 or 0 per part: Нью-Йорк `capital:11`,
 * Ростов-на-Дону `capital:101`, Jae-in `capital:10`).
 */
export type LetterCase = 'lower' | 'capital' | 'upper' | `capital:${string}`;

/** True for a letter case that capitalises the word's first letter (a name). */
export function isCapitalised(letterCase: LetterCase | undefined): boolean {
  return letterCase !== undefined && letterCase.startsWith('capital');
}

const NOT_LETTER = /[^\p{L}]/gu;

/** True for a code unit that is a lower-case letter of the English, Russian or Kazakh alphabet. */
function isLowerAlphabetLetter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x430 && code <= 0x45f) ||
    code === 0x4d9 || code === 0x493 || code === 0x49b || code === 0x4a3 || code === 0x4e9 || code === 0x4b1 || code === 0x4af || code === 0x4bb
  );
}

/** How words that do not start with a lower-case letter are written, cached per word as written. */
const writtenCases = new Map<string, LetterCase>();

/** How a word is written: in capitals (two letters or more), with a capital first, or in lower case. */
function writtenCaseOf(text: string): LetterCase {
  // Most words start with a lower-case letter, which has a capital: neither capitalised nor in capitals.
  if (isLowerAlphabetLetter(text.charCodeAt(0))) return 'lower';
  return writtenCases.get(text) ?? remember(writtenCases, text, otherCaseOf(text));
}

function otherCaseOf(text: string): LetterCase {
  const letters = text.replace(NOT_LETTER, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'upper';
  if (letters[0] && letters[0] !== letters[0].toLowerCase()) return capitalOf(text);
  return 'lower';
}

/** Counts of how a word key is written, gathered sample by sample (see `chooseLetterCase`). */
export class LetterCaseCounts {
  /**
   * How often each sample was counted. The finders share one sample per written form among its occurrences, so a
   * document has far fewer samples than words: each is looked up by identity as it comes, and its key and
   * letter case are read once, in `choose`.
   */
  private readonly times = new Map<CaseSample, { count: number }>();

  /** Counts one sample: a sentence-initial word says nothing (unless the dictionary knows it as a name). */
  add(sample: CaseSample): void {
    if (sample.initial && !sample.proper) return;
    const seen = this.times.get(sample);
    if (seen === undefined) this.times.set(sample, { count: 1 });
    else seen.count++;
  }

  /** The letter case of each key that is not plain lower case (see `chooseLetterCase`). */
  choose(): Map<string, LetterCase> {
    const counts = new Map<string, { lower: number; capital: number; upper: number; capitals: Map<LetterCase, number> }>();
    for (const [sample, { count: times }] of this.times) {
      let count = counts.get(sample.key);
      if (count === undefined) {
        count = { lower: 0, capital: 0, upper: 0, capitals: new Map() };
        counts.set(sample.key, count);
      }
      const asWritten = writtenCaseOf(sample.text);
      // A word the dictionary knows as a name is capitalised wherever it stands.
      const written = sample.proper && !isCapitalised(asWritten) ? capitalOf(capitalised(sample.text)) : asWritten;
      if (written === 'upper') count.upper += times;
      else if (written === 'lower') count.lower += times;
      else {
        count.capital += times;
        count.capitals.set(written, (count.capitals.get(written) ?? 0) + times);
      }
    }
    const cases = new Map<string, LetterCase>();
    for (const [key, count] of counts) {
      if (count.upper > count.capital + count.lower) cases.set(key, 'upper');
      else if (count.capital + count.upper > count.lower) cases.set(key, mostFrequent(count.capitals) ?? 'capital');
    }
    return cases;
  }
}

/**
 * Letter case per word key, from the words' non-initial occurrences in running text (sentence-initial words
 * and headings capitalise everything, so they say nothing). A word is a name when it is capitalised more often
 * than not there, an acronym when it is written in capitals (two letters or more). A word the dictionary
 * knows as a name counts as capitalised wherever it stands (titles and keyword lines included).
 */
export function chooseLetterCase(samples: readonly CaseSample[]): Map<string, LetterCase> {
  const counts = new LetterCaseCounts();
  for (const sample of samples) counts.add(sample);
  return counts.choose();
}

/** Writes a lower-case word in the given letter case. */
export function applyLetterCase(word: string, letterCase: LetterCase | undefined): string {
  if (letterCase === 'upper') return word.toUpperCase();
  if (letterCase === 'capital') return capitalised(word);
  if (letterCase?.startsWith('capital:')) {
    const mask = letterCase.slice('capital:'.length);
    const parts = word.split('-');
    // The mask was taken from the word as written; a key with other parts is written with its first capital.
    if (parts.length !== mask.length) return capitalised(word);
    return parts.map((part, i) => (mask[i] === '1' ? capitalised(part) : part)).join('-');
  }
  return word;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The letter case of a word written with a capital first: which of its hyphen-separated parts have one. */
function capitalOf(text: string): LetterCase {
  if (!text.includes('-')) return 'capital';
  return `capital:${text
    .split('-')
    .map((part) => (part.charAt(0) !== part.charAt(0).toLowerCase() ? '1' : '0'))
    .join('')}`;
}

/** The most frequent of the counted letter cases (the first seen on a tie), or undefined when none was counted. */
function mostFrequent(counts: ReadonlyMap<LetterCase, number>): LetterCase | undefined {
  let best: LetterCase | undefined;
  let bestCount = 0;
  for (const [letterCase, count] of counts) {
    if (count > bestCount) {
      best = letterCase;
      bestCount = count;
    }
  }
  return best;
}
