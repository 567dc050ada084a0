/** A word of a sentence, with its place in the sentence text. */
export interface WordToken {
  text: string;
  /** Offsets into the sentence text, half-open. */
  start: number;
  end: number;
  /** True when only white space separates it from the previous word: punctuation breaks a term. */
  joined: boolean;
}

// Letters (any script, with combining marks) joined by inner hyphens or apostrophes: "социально-политический",
// "БҰҰ-ның", "O'Neill". Digits are not words: a term does not contain "2020".
const WORD = /[\p{L}\p{M}]+(?:[-‐‑'’][\p{L}\p{M}]+)*/gu;

const SPACE = /^\s+$/u;

/** Splits a sentence into words; anything between two words other than white space marks a break. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  // The words alone (no match object per word), each found again right after the previous one: no letter lies
  // between two matches, so the next occurrence of a word is where it matched.
  const words = text.match(WORD);
  if (words === null) return tokens;
  let previousEnd = -1;
  for (const word of words) {
    const start = text.indexOf(word, previousEnd < 0 ? 0 : previousEnd);
    const end = start + word.length;
    // Words are mostly one space apart: that gap needs no test.
    const joined =
      previousEnd >= 0 && ((start === previousEnd + 1 && text.charCodeAt(previousEnd) === 0x20) || SPACE.test(text.slice(previousEnd, start)));
    tokens.push({ text: word, start, end, joined });
    previousEnd = end;
  }
  return tokens;
}
