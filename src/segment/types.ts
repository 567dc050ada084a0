import type { Artefact, Lang, Range, SectionKind } from '../model/index.js';

export const SEGMENT_SCHEMA_VERSION = 1;

/** A sentence (or, in keyword and reference sections, an item) with its source range. */
export interface Sentence {
  text: string;
  /** Source range (resolved through the normalize offset map). */
  range: Range;
  /** Index of the paragraph of its section it came from. */
  paragraph: number;
}

export interface SegmentedSection {
  kind: SectionKind;
  lang: Lang;
  sentences: Sentence[];
}

export interface SegmentedDocument extends Artefact<'segmented-document'> {
  languages: Lang[];
  sections: SegmentedSection[];
}

/** A sentence found by the pure segmenter: half-open offsets into the text it was given. */
export interface SentenceSpan {
  start: number;
  end: number;
}
