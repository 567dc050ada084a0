import type { DraftBlock } from './draft-block.js';

const FRONT_KINDS = new Set(['author', 'affiliation', 'title', 'other']);

/**
 * Groups front-matter blocks into units, one per language version of the article's head: authors, affiliation,
 * title, abstract heading, abstract, keywords. A unit ends where the body or a reference list starts, or where
 * a new head begins (a name or title after an abstract, a second abstract heading). Returns the unit index of
 * each block, or -1 for blocks outside any unit.
 */
export function assignUnits(blocks: readonly DraftBlock[]): number[] {
  const units: number[] = [];
  let unit = -1;
  let open = false;
  let hasAbstract = false;
  let hasKeywords = false;
  let hasTitle = false;
  const start = () => {
    unit++;
    open = true;
    hasAbstract = hasKeywords = hasTitle = false;
  };
  for (const block of blocks) {
    const { kind } = block;
    if (FRONT_KINDS.has(kind)) {
      if (!open || hasAbstract || hasKeywords || (kind === 'title' && hasTitle && !lastWasTitle(units, blocks))) start();
      if (kind === 'title') hasTitle = true;
    } else if (kind === 'abstract-heading') {
      if (!open || hasAbstract || hasKeywords) start();
      hasAbstract = true;
    } else if (kind === 'abstract') {
      if (!open || hasKeywords || (hasAbstract && !previousIsAbstract(blocks, units.length))) start();
      hasAbstract = true;
    } else if (kind === 'keywords') {
      if (!open || hasKeywords) start();
      hasKeywords = true;
    } else {
      open = false;
      units.push(-1);
      continue;
    }
    units.push(unit);
  }
  return units;
}

function previousIsAbstract(blocks: readonly DraftBlock[], index: number): boolean {
  const previous = blocks[index - 1];
  return previous !== undefined && (previous.kind === 'abstract' || previous.kind === 'abstract-heading');
}

function lastWasTitle(units: number[], blocks: readonly DraftBlock[]): boolean {
  return blocks[units.length - 1]?.kind === 'title';
}
