import type { Lang } from '../model/index.js';
import { isCloser, isSpace, isStopCode } from './characters.js';
import { decideBoundary, type BoundaryRule } from './decide-boundary.js';
import { pushTrimmed, splitParagraphs } from './split-paragraphs.js';
import { splitLineUnits } from './split-line-units.js';
import type { SentenceSpan } from './types.js';

/** A sentence span with the paragraph it belongs to and the rule that ended it. */
export interface SegmentedSpan extends SentenceSpan {
  /** 0-based index of the paragraph (blank-line separated) of the text. */
  paragraph: number;
  /**
   * Why the sentence ended: a boundary rule, or `unit-end` when its paragraph, heading line or list item
   * ended.
   */
  endedBy: BoundaryRule | 'unit-end';
}

/** `«` and `»`. */
const GUILLEMET_OPEN = 0xab;
const GUILLEMET_CLOSE = 0xbb;

// A citation mark right after the stop (`…power.[3] Next`) belongs to the sentence that ends there.
const CITATION = /^\[\d{1,4}(?:[,;:–-] ?\d{1,4})*\]/u;

/**
 * Splits `text` into sentences: half-open spans trimmed of white space, never across a blank line, with a
 * Markdown heading line as a unit of its own and each list item line starting a new unit. Sentence ends
 * are found by a single left-to-right scan over candidate stops, each decided from the token before it and
 * the word after it (see `decideBoundary`), so the cost is linear in the length of the text.
 */
export function segmentTextDetailed(text: string, lang: Lang): SegmentedSpan[] {
  const out: SegmentedSpan[] = [];
  splitParagraphs(text).forEach((paragraph, index) => {
    for (const unit of splitLineUnits(text, paragraph.start, paragraph.end)) {
      segmentUnit(text, unit, lang, index, out);
    }
  });
  return out;
}

function segmentUnit(text: string, unit: SentenceSpan, lang: Lang, paragraph: number, out: SegmentedSpan[]): void {
  const spans: SentenceSpan[] = [];
  const rules: BoundaryRule[] = [];
  let sentenceStart = unit.start;
  // Open guillemets in the current sentence: `«…, — считает Адамс. — А это…»` stays one sentence.
  let openQuotes = 0;
  let i = unit.start;
  while (i < unit.end) {
    const code = text.charCodeAt(i);
    if (!isStopCode(code)) {
      if (code === GUILLEMET_OPEN) openQuotes++;
      else if (code === GUILLEMET_CLOSE && openQuotes > 0) openQuotes--;
      i++;
      continue;
    }
    const stopStart = i;
    while (i < unit.end && isStopCode(text.charCodeAt(i))) i++;
    const stopEnd = i;
    while (i < unit.end && isCloser(text[i])) {
      if (text[i] === '»' && openQuotes > 0) openQuotes--;
      i++;
    }
    if (i < unit.end && text[i] === '[') {
      const citation = CITATION.exec(text.slice(i, i + 32));
      if (citation) i += citation[0].length;
    }
    // A stop glued to the next character (`2.5`, `т.е.`, `mail.ru`, `V.A.Zheksembekova`) is never a boundary.
    if (i < unit.end && !isSpace(text[i])) continue;
    if (i >= unit.end) break;
    const rule = decideBoundary(
      text,
      { stopStart, stopEnd, end: i, sentenceStart, unitStart: unit.start, unitEnd: unit.end, insideQuote: openQuotes > 0 },
      lang,
    );
    if (rule === null) continue;
    const before = spans.length;
    pushTrimmed(text, sentenceStart, i, spans);
    if (spans.length > before) rules.push(rule);
    sentenceStart = i;
    openQuotes = 0;
    while (sentenceStart < unit.end && isSpace(text[sentenceStart])) sentenceStart++;
  }
  pushTrimmed(text, sentenceStart, unit.end, spans);
  spans.forEach(({ start, end }, k) => out.push({ start, end, paragraph, endedBy: rules[k] ?? 'unit-end' }));
}

/**
 * Sentence spans of `text` in language `lang`: half-open offsets into `text`, trimmed of surrounding white
 * space, in order. Together with the white space between them they rebuild the text.
 */
export function segmentText(text: string, lang: Lang): SentenceSpan[] {
  return segmentTextDetailed(text, lang).map(({ start, end }) => ({ start, end }));
}
