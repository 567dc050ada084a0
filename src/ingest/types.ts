import type { Artefact, Lang, Range, SectionKind } from '../model/index.js';

export const INGEST_SCHEMA_VERSION = 1;

/** The decoded text of one input file: the input of the ingest stage. */
export interface SourceText extends Artefact<'source-text'> {
  text: string;
}

/** What a block of an article is. `heading` is a body section heading; `other` is anything unrecognised. */
export type BlockKind =
  | 'author'
  | 'affiliation'
  | 'title'
  | 'abstract-heading'
  | 'abstract'
  | 'keywords'
  | 'heading'
  | 'body'
  | 'references-heading'
  | 'references'
  | 'other';

/** A contiguous stretch of the source (usually one paragraph) with its role and language. */
export interface Block {
  kind: BlockKind;
  /** Language identified for the block; null when it has no letters to tell (e-mail lines, numbers). */
  lang: Lang | null;
  /** Source range of the block, including any Markdown markup. */
  range: Range;
  /** The block's source text, verbatim (`text === source.slice(range.start, range.end)`). */
  text: string;
}

/** One paragraph of a section, verbatim from the source (markup still in). */
export interface SourceParagraph {
  text: string;
  range: Range;
}

/**
 * The content of one section kind in one language. For `keywords`, the paragraph holds the keyword list
 * without its label; for `title`, the title line without `#` marks.
 */
export interface IngestedSection {
  kind: SectionKind;
  lang: Lang;
  paragraphs: SourceParagraph[];
}

/** Output of the ingest stage: the blocks of one article and its sections per kind and language. */
export interface IngestedDocument extends Artefact<'ingested-document'> {
  /** Languages found, in the order en, kk, ru. */
  languages: Lang[];
  /** Every block of the file, in order: together they account for every non-blank source character. */
  blocks: Block[];
  sections: IngestedSection[];
}
