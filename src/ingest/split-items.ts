import type { Range } from '../model/index.js';
import type { Paragraph } from './split-paragraphs.js';

/** `1.`, `1)`, `[1]`, `-`, `•`, `a)`: what starts an item of a numbered or bulleted list. */
const ITEM_MARKER = /^(?:\[\d+\]|\d+[.)]|[-–•·]|\p{Ll}\))\s/u;

/** True when a line starts a list item. */
export function startsItem(line: string): boolean {
  return ITEM_MARKER.test(line.replace(/^[*_]+/, ''));
}

/**
 * Splits a paragraph into list items: each line that starts with an item marker opens an item and unmarked
 * lines continue it (PDF line wraps). Without any marker the paragraph is one item, unless `eachLine` (reference
 * lists, where one reference per line without numbers is common): then a line that starts with a capital after
 * a line that ended a reference opens a new one.
 */
export function splitItems(paragraph: Paragraph, eachLine = false): Range[] {
  const { lines } = paragraph;
  const marked = lines.filter((line) => startsItem(line.text)).length;
  if (marked === 0) {
    if (!eachLine) return [{ ...paragraph.range }];
    // Unnumbered references, one per line: a line opens a new one when it starts with a capital (a surname) and
    // the previous line closed its reference (full stop, page number); otherwise it is a PDF wrap.
    const items: Range[] = [];
    lines.forEach((line, i) => {
      const opens = i === 0 || (/^[*_]*[\p{Lu}\d]/u.test(line.text) && /[.\d)\]]\**$/u.test(lines[i - 1].text));
      if (opens) items.push({ ...line.range });
      else items[items.length - 1].end = line.range.end;
    });
    return items;
  }
  // A list needs at least two markers; one numbered line in running text is not a list.
  if (!eachLine && marked < 2) return [{ ...paragraph.range }];
  const items: Range[] = [];
  for (const line of lines) {
    if (items.length === 0 || startsItem(line.text)) items.push({ ...line.range });
    else items[items.length - 1].end = line.range.end;
  }
  return items;
}
