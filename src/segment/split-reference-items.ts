import { splitLineUnits } from './split-line-units.js';
import { splitParagraphs } from './split-paragraphs.js';
import type { SentenceSpan } from './types.js';

/**
 * Reference items of a reference-list paragraph. A reference is one unit however many full stops it holds
 * (`Pavlova O.V. The phenomenon… – Belgorod, 2012. – 175 p.`); when a paragraph holds a whole numbered
 * list, one item per line that starts with a number marker (`1.`, `[1]`, `1)`), continuation lines (also
 * those that start with a dash: `– М.: Наука, 2001.`) kept with their item.
 */
export function splitReferenceItems(text: string): SentenceSpan[] {
  return splitParagraphs(text).flatMap((paragraph) => splitLineUnits(text, paragraph.start, paragraph.end, 'numbered'));
}
