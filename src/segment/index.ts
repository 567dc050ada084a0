// The segment stage: normalized sections into sentences (abstract, body), items (keywords, references) and
// title units, each with its source range.
import type { Lang, Report } from '../model/index.js';
import { toSourceOffset } from '../normalize/offset-map.js';
import type { NormalizedDocument, NormalizedParagraph, NormalizedSection } from '../normalize/types.js';
import { segmentTextDetailed } from './segment-text.js';
import { splitKeywordItems } from './split-keyword-items.js';
import { pushTrimmed } from './split-paragraphs.js';
import { splitReferenceItems } from './split-reference-items.js';
import { SEGMENT_SCHEMA_VERSION, type SegmentedDocument, type SegmentedSection, type Sentence, type SentenceSpan } from './types.js';

export { segmentText, segmentTextDetailed, type SegmentedSpan } from './segment-text.js';
export { splitKeywordItems } from './split-keyword-items.js';
export { splitReferenceItems } from './split-reference-items.js';
export type * from './types.js';

/** Stage version: part of the cache key. Bump it whenever the output changes for the same input. */
export const version = '1.1.0';

// Sentences longer than this are almost always a missed boundary, a table or a reference list flattened into
// prose; the reviewer should look. (The longest sentence in the seed abstracts is under 450 characters.)
const LONG_SENTENCE = 1500;

/**
 * Splits every section of `doc` into units: `title` one unit per paragraph, `keywords` one per keyword item,
 * `references` one per reference item, `abstract` and `body` one per sentence. Ranges are source ranges
 * (through each paragraph's offset map). Never changes `doc`.
 */
export function segment(doc: NormalizedDocument, report: Report): SegmentedDocument {
  return {
    kind: 'segmented-document',
    schemaVersion: SEGMENT_SCHEMA_VERSION,
    id: doc.id,
    file: doc.file,
    languages: [...doc.languages],
    sections: doc.sections.map((section) => segmentSection(section, report)),
  };
}

function segmentSection(section: NormalizedSection, report: Report): SegmentedSection {
  const sentences: Sentence[] = [];
  section.paragraphs.forEach((paragraph, index) => {
    for (const span of unitsOf(section.kind, section.lang, paragraph, index, report)) {
      sentences.push(toSentence(paragraph, span, index));
    }
  });
  return { kind: section.kind, lang: section.lang, sentences };
}

function unitsOf(
  kind: NormalizedSection['kind'],
  lang: Lang,
  paragraph: NormalizedParagraph,
  index: number,
  report: Report,
): SentenceSpan[] {
  const { text } = paragraph;
  switch (kind) {
    case 'title': {
      const units: SentenceSpan[] = [];
      pushTrimmed(text, 0, text.length, units);
      return units;
    }
    case 'keywords':
      return splitKeywordItems(text);
    case 'references':
      return splitReferenceItems(text);
    case 'abstract':
    case 'body': {
      const spans = segmentTextDetailed(text, lang);
      for (const span of spans) noteSentence(paragraph, span, index, report);
      return spans;
    }
  }
}

function noteSentence(
  paragraph: NormalizedParagraph,
  span: ReturnType<typeof segmentTextDetailed>[number],
  index: number,
  report: Report,
): void {
  const { text } = paragraph;
  if (span.endedBy === 'lower-case-after-stop') {
    const stop = text.lastIndexOf('.', span.end - 1);
    const next = text.slice(span.end).trimStart().split(/\s/u, 1)[0];
    // The last few words before the stop, cut at a word start.
    let from = Math.max(span.start, stop - 30);
    if (from > span.start) from = text.indexOf(' ', from) + 1 || from;
    report({
      reason:
        `Split the sentence after \`${text.slice(from, span.end)}\` although ` +
        `\`${next}\` follows in lower case: likely a stray full stop or a fragment from PDF extraction.`,
      ruleId: 'lower-case-after-stop',
      severity: 'info',
      range: sourceRange(paragraph, { start: stop, end: span.end }),
    });
  }
  if (span.end - span.start > LONG_SENTENCE) {
    report({
      reason:
        `Expected sentences under ${LONG_SENTENCE} characters, found one of ${span.end - span.start} in ` +
        `paragraph ${index + 1}: a boundary may be missing or the paragraph may be a table or list.`,
      ruleId: 'long-sentence',
      severity: 'warning',
      range: sourceRange(paragraph, span),
    });
  }
}

function toSentence(paragraph: NormalizedParagraph, span: SentenceSpan, index: number): Sentence {
  return { text: paragraph.text.slice(span.start, span.end), range: sourceRange(paragraph, span), paragraph: index };
}

/**
 * Source range of a non-empty normalized span. The end maps through the span's last character, so markup
 * that normalize removed right after the span (`**`, `</sup>`) stays outside the range.
 */
function sourceRange(paragraph: NormalizedParagraph, span: SentenceSpan): { start: number; end: number } {
  const start = toSourceOffset(paragraph.map, span.start);
  const end = span.end > span.start ? toSourceOffset(paragraph.map, span.end - 1) + 1 : start;
  return { start, end };
}
