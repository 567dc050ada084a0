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

/** Splits a sentence into words; anything between two words other than white space marks a break. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, start);
    tokens.push({ text: match[0], start, end, joined: previousEnd >= 0 && /^\s+$/u.test(gap) });
    previousEnd = end;
  }
  return tokens;
}
