import { tagEnglishText, type TaggedText } from './morphology/en/index.js';

/** Entity types of wink-nlp's recogniser that name a point or stretch of time. */
const TEMPORAL_TYPES: ReadonlySet<string> = new Set(['DATE', 'TIME', 'DURATION']);

/**
 * The stretches of a tagged English sentence that are temporal expressions by wink-nlp's entity recogniser (DATE,
 * TIME, DURATION: "end of March", "this month", "Saturday", "six weeks"), as half-open character ranges of the
 * sentence, in order. Such words date or time what the sentence says; they are not its subject, so a term
 * candidate made only of them is no term ("March", "month", "end of March"), while one that merely holds such a
 * word is ("Summer Olympics": only "Summer" is a date). The entities come from the tagger's own reading of the
 * sentence (`tagEnglishText`).
 */
export function temporalRanges({ entities, starts, ends }: TaggedText): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const { type, first, last } of entities) {
    if (!TEMPORAL_TYPES.has(type) || starts[first] < 0 || ends[last] < 0) continue;
    ranges.push([starts[first], ends[last]]);
  }
  return ranges;
}

/** `temporalRanges` of an English sentence. */
export function englishTemporalRanges(sentence: string): Array<[number, number]> {
  return temporalRanges(tagEnglishText(sentence));
}

/** Whether the characters `start..end` (half-open) lie inside one of the ranges (see `temporalRanges`). */
export function insideRanges(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  if (start < 0 || end < 0) return false;
  for (const [from, to] of ranges) if (start >= from && end <= to) return true;
  return false;
}
