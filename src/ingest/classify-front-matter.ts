import type { BlockKind } from './types.js';
import type { DraftBlock } from './draft-block.js';
import type { Paragraph, SourceLine } from './split-paragraphs.js';
import { isEmphasisedLine, isMarkdownHeading } from './detect-heading.js';
import { isAllCaps, looksLikeAffiliation, looksLikeAuthorLine, looksLikeMetadata, wordCount } from './looks-like.js';
import { plainView } from './plain-view.js';

type LineKind = BlockKind | 'unknown';

function classifyLine(line: SourceLine): LineKind {
  const plain = plainView(line.text).plain.trim();
  if (!/\p{L}/u.test(plain) || looksLikeMetadata(plain)) return 'other';
  if (isMarkdownHeading(line.text)) return 'title';
  if (looksLikeAffiliation(plain)) return 'affiliation';
  if (isAllCaps(plain)) {
    // `A.B. SMITH, C. JONES`: some journals set author names in capitals, but names come with initials.
    const initials = /(?:^|[\s,])\p{Lu}\./u.test(plain);
    return initials && wordCount(plain, 8) <= 8 ? 'author' : 'title';
  }
  if (looksLikeAuthorLine(plain)) return 'author';
  if (isEmphasisedLine(line.text) && /^(\*\*|__)/.test(line.text.trim())) return 'title';
  return 'unknown';
}

/**
 * Sorts the lines before an abstract (or at the top of a file without one) into authors, affiliations, title
 * and other. An explicit title (`## …`, capitals, a bold line) wins; without one, the first line that is neither
 * a name nor an affiliation is the title (plain text as in seed 002). Neighbouring lines of one kind within a
 * paragraph become one block.
 */
export function classifyFrontMatter(paragraphs: Paragraph[]): DraftBlock[] {
  const lines = paragraphs.map((paragraph) => paragraph.lines.map((line) => ({ line, kind: classifyLine(line) })));
  const hasTitle = lines.some((para) => para.some((entry) => entry.kind === 'title'));
  let titleTaken = hasTitle;
  for (const para of lines) {
    let inTitle = false;
    for (const entry of para) {
      if (entry.kind !== 'unknown') {
        inTitle = false;
        continue;
      }
      // A plain title may wrap over several lines of its paragraph; the first unknown run takes it.
      if (!titleTaken || inTitle) {
        entry.kind = 'title';
        inTitle = true;
      } else entry.kind = 'other';
    }
    if (inTitle) titleTaken = true;
  }
  const blocks: DraftBlock[] = [];
  for (const para of lines) {
    let previous: DraftBlock | undefined;
    for (const { line, kind } of para) {
      if (previous && previous.kind === kind) previous.range = { start: previous.range.start, end: line.range.end };
      else {
        previous = { kind: kind as BlockKind, range: { ...line.range } };
        blocks.push(previous);
      }
    }
  }
  return blocks;
}
