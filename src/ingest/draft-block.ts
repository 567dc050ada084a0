import type { Lang, Range } from '../model/index.js';
import type { BlockKind } from './types.js';

/** A block as the walk over the paragraphs finds it, before languages are identified. */
export interface DraftBlock {
  kind: BlockKind;
  range: Range;
  /** For keyword lines: where the list starts after its label (source offset). */
  contentStart?: number;
  /** For a keyword label standing alone: its list is the next block. */
  listFollows?: boolean;
  /** Languages that spell the block's label this way (abstract, keywords and references headings). */
  labelLangs?: Lang[];
  /** Reference list (or abstract heading with its text) the block belongs to; counts up through the file. */
  group?: number;
}
