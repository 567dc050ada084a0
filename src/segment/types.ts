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

/**
 * How an abbreviation behaves before a following word, which decides whether its full stop can end a
 * sentence. Keys are lower-case, without the final full stop, inner full stops kept (`т.е`, `e.g`).
 * - `prefix`: never ends a sentence; it stands before a name, number or phrase (`Mr.`, `e.g.`, `т.е.`, `см.`).
 * - `numeral`: an abbreviation before a number or a lower-case word (`No. 5`, `p. 12`, `рис. 3`, `Oct. 2`);
 *   before a capitalised word the full stop is taken as a sentence end.
 * - `unit`: after a number it may end a sentence (`в 1968 г. Это…`); elsewhere it stands before a name
 *   (`г. Алматы`, `қ. Астана`) and never does.
 * - `final`: may end a sentence (`etc.`, `т.б.`, `и др.`): a sentence end when a capitalised word follows.
 */
export interface AbbreviationTable {
  prefix: readonly string[];
  numeral: readonly string[];
  unit: readonly string[];
  final: readonly string[];
}

export type AbbreviationClass = keyof AbbreviationTable;

/** Per-language knowledge the segmenter needs: abbreviations and the words that typically open a sentence. */
export interface SegmenterLanguageData {
  abbreviations: AbbreviationTable;
  /**
   * Capitalised words that typically open a sentence (pronouns, conjunctions, prepositions, adverbs). After
   * initials (`U.S.`, `А.`) a following capitalised word is usually a surname or a name part; only one of
   * these words makes the full stop a sentence end.
   */
  sentenceStarters: readonly string[];
}
