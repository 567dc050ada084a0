import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;

/** Entity types of wink-nlp's recogniser that name a point or stretch of time. */
const TEMPORAL_TYPES: ReadonlySet<string> = new Set(['DATE', 'TIME', 'DURATION']);

/*
 * A wink-nlp instance of its own for entities: the tagger's instance runs the part-of-speech step only, and wink
 * remembers the tokens it has read (see morphology/en/wink.ts), so entity reading must not change what the tagger
 * sees.
 */
let recogniser: Nlp | null = null;

function entityReader(): Nlp {
  recogniser ??= winkNLP(model, ['ner']);
  return recogniser;
}

/**
 * The stretches of an English sentence that are temporal expressions by wink-nlp's entity recogniser (DATE,
 * TIME, DURATION: "end of March", "this month", "Saturday", "six weeks"), as half-open character ranges of the
 * sentence, in order. Such words date or time what the sentence says; they are not its subject, so a term
 * candidate made only of them is no term ("March", "month", "end of March"), while one that merely holds such a
 * word is ("Summer Olympics": only "Summer" is a date).
 */
export function englishTemporalRanges(sentence: string): Array<[number, number]> {
  const nlp = entityReader();
  const its = nlp.its;
  const doc = nlp.readDoc(sentence);
  const entities = doc.entities();
  if (entities.length() === 0) return [];
  // Tokens found again in the sentence in order (wink keeps the text of running prose as written).
  const values = doc.tokens().out(its.value) as string[];
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const value of values) {
    const found = sentence.indexOf(value, at);
    starts.push(found);
    ends.push(found < 0 ? -1 : found + value.length);
    if (found >= 0) at = found + value.length;
  }
  const ranges: Array<[number, number]> = [];
  const types = entities.out(its.type) as string[];
  const spans = entities.out(its.span) as unknown as Array<[number, number]>;
  types.forEach((type, i) => {
    const [first, last] = spans[i];
    if (!TEMPORAL_TYPES.has(type) || starts[first] < 0 || ends[last] < 0) return;
    ranges.push([starts[first], ends[last]]);
  });
  return ranges;
}

/** Whether the characters `start..end` (half-open) lie inside one of the ranges (see `englishTemporalRanges`). */
export function insideRanges(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  if (start < 0 || end < 0) return false;
  for (const [from, to] of ranges) if (start >= from && end <= to) return true;
  return false;
}
