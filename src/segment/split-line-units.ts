import { pushTrimmed } from './split-paragraphs.js';
import type { SentenceSpan } from './types.js';

// A Markdown heading line (`## Methods`): a unit of its own.
const HEADING = /^[^\S\n]*#{1,6}[^\S\n]/;
// A line that opens a list item: `1.`, `1.2.`, `1)`, `a)`, `[3]`. Numbers are capped at three digits so that
// a wrapped line that starts with a year (`1992 by…`) does not count.
const LIST_ITEM = /^[^\S\n]*(?:\d{1,3}(?:\.\d{1,3})*[.)]|\(\d{1,3}\)|\p{Ll}\)|\[\d{1,3}\])[^\S\n]/u;
// A bullet line (`– первое;`, `• item`). A dash can also start a soft-wrapped line (`власть\n– это…`), so a
// bullet starts a new unit only after a line that ends like a list lead or item (`:` `;` `.` `!` `?` `…`).
const BULLET = /^[^\S\n]*[-*•▪●◦–—][^\S\n]/u;
const ENDS_LIST_LINE = /[:;.!?…][^\S\n]*$/u;
// Only numbered markers: in a reference list a wrapped line often starts with a dash (`– М.: Наука, 2001.`).
const NUMBERED_ITEM = /^[^\S\n]*(?:\d{1,3}[.)]|\[\d{1,3}\])[^\S\n]/u;

/**
 * Splits a paragraph `[start, end)` of `text` at line starts that must begin a new unit: a Markdown heading
 * line is a unit of its own, and a list item line starts a new unit (with `markers: 'numbered'`, only a
 * numbered one). Other line breaks inside a paragraph are soft wraps (PDF and word-processor text) and stay
 * inside sentences.
 */
export function splitLineUnits(
  text: string,
  start: number,
  end: number,
  markers: 'any' | 'numbered' = 'any',
): SentenceSpan[] {
  const item = markers === 'any' ? LIST_ITEM : NUMBERED_ITEM;
  let previousLine = '';
  const units: SentenceSpan[] = [];
  let unitStart = start;
  let lineStart = start;
  let previousWasHeading = false;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const line = text.slice(lineStart, lineEnd);
    const heading = HEADING.test(line);
    const bullet = markers === 'any' && BULLET.test(line) && ENDS_LIST_LINE.test(previousLine);
    if (lineStart > start && (heading || previousWasHeading || bullet || item.test(line))) {
      pushTrimmed(text, unitStart, lineStart, units);
      unitStart = lineStart;
    }
    previousWasHeading = heading;
    previousLine = line;
    lineStart = lineEnd + 1;
  }
  pushTrimmed(text, unitStart, end, units);
  return units;
}
