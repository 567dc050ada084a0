import type { Artefact, Lang, Range, SectionKind } from '../model/index.js';

export const NORMALIZE_SCHEMA_VERSION = 1;

/**
 * Piecewise-linear map from offsets in normalized text back to source offsets. `runs` is sorted by
 * normalized offset; a run `[n0, s0]` says that from normalized offset `n0` until the next run, normalized
 * offset `n` came from source offset `s0 + (n - n0)`. Compact enough to cache for whole bodies.
 */
export interface OffsetMap {
  runs: Array<[number, number]>;
}

/** One paragraph of a section after normalization, with its way back to the source. */
export interface NormalizedParagraph {
  /** NFC text with markup removed, homoglyphs folded and line-break hyphens joined. */
  text: string;
  map: OffsetMap;
  /** Source range of the paragraph. */
  range: Range;
}

/** The normalized paragraphs of one section kind in one language. */
export interface NormalizedSection {
  kind: SectionKind;
  lang: Lang;
  paragraphs: NormalizedParagraph[];
}

/** One repair that normalize made, reported so a reviewer can check it. */
export interface Repair {
  ruleId: string;
  range: Range;
  actual: string;
  expected: string;
}

/** Output of the normalize stage: clean text per section and language, offset maps and the repairs made. */
export interface NormalizedDocument extends Artefact<'normalized-document'> {
  languages: Lang[];
  sections: NormalizedSection[];
  repairs: Repair[];
}
