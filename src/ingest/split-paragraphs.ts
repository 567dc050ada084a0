import type { Range } from '../model/index.js';

/** A line of the source without its line break; `range` excludes leading and trailing blanks. */
export interface SourceLine {
  text: string;
  range: Range;
}

/** A run of non-blank lines between blank lines. */
export interface Paragraph {
  lines: SourceLine[];
  range: Range;
}

/**
 * Splits source text into paragraphs (separated by blank lines) of trimmed lines, with source ranges.
 * Works on CRLF text too; a BOM or lines of only spaces count as blank.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: SourceLine[] = [];
  const flush = () => {
    if (current.length === 0) return;
    paragraphs.push({ lines: current, range: { start: current[0].range.start, end: current[current.length - 1].range.end } });
    current = [];
  };
  const lineBreak = /\r\n|\n|\r/g;
  let start = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const end = match ? match.index : text.length;
    const line = trimRange(text, start, end);
    if (line) current.push(line);
    else flush();
    if (!match) break;
    start = match.index + match[0].length;
  }
  flush();
  return paragraphs;
}

/** The non-blank part of `text[start, end)`, or null when it is blank. */
export function trimRange(text: string, start: number, end: number): SourceLine | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (s === e) return null;
  return { text: text.slice(s, e), range: { start: s, end: e } };
}
