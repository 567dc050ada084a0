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
  let previousEnd = -1;
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    // Words are mostly one space apart: that gap needs no test.
    const joined =
      previousEnd >= 0 && ((start === previousEnd + 1 && text.charCodeAt(previousEnd) === 0x20) || SPACE.test(text.slice(previousEnd, start)));
    tokens.push({ text: match[0], start, end, joined });
    previousEnd = end;
  }
  return tokens;
}
