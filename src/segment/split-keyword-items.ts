import { pushTrimmed } from './split-paragraphs.js';
import type { SentenceSpan } from './types.js';

/**
 * Keyword items of a keyword-list paragraph: split at `,` and `;` outside brackets (`information systems
 * (IS, GIS)` stays one item), each item trimmed and stripped of a final full stop, empty items dropped.
 */
export function splitKeywordItems(text: string, start = 0, end = text.length): SentenceSpan[] {
  const items: SentenceSpan[] = [];
  let depth = 0;
  let itemStart = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth--;
    else if ((ch === ',' || ch === ';') && depth === 0) {
      pushItem(text, itemStart, i, items);
      itemStart = i + 1;
    }
  }
  pushItem(text, itemStart, end, items);
  return items;
}

function pushItem(text: string, start: number, end: number, out: SentenceSpan[]): void {
  const trimmed: SentenceSpan[] = [];
  pushTrimmed(text, start, end, trimmed);
  if (trimmed.length === 0) return;
  const s = trimmed[0].start;
  let e = trimmed[0].end;
  // The list's closing full stop belongs to no keyword; an abbreviation's own stop (`etc.`) is rare here.
  while (e > s && (text[e - 1] === '.' || /\s/u.test(text[e - 1]))) e--;
  if (e > s) out.push({ start: s, end: e });
}
