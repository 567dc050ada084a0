import type { SentenceSpan } from './types.js';

// A blank line: a line break, then any number of lines holding only white space, then a line break.
const BLANK_LINES = /\n(?:[^\S\n]*\n)+/g;

/**
 * Paragraph ranges of `text`: the stretches between blank lines, trimmed of surrounding white space.
 * Paragraphs that hold only white space are dropped. Sentences never cross these ranges.
 */
export function splitParagraphs(text: string): SentenceSpan[] {
  const paragraphs: SentenceSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(BLANK_LINES)) {
    pushTrimmed(text, start, match.index, paragraphs);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, paragraphs);
  return paragraphs;
}

/** Appends `[start, end)` to `out` after trimming white space at both ends, unless nothing is left. */
export function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
