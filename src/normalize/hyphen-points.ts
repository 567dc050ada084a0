import { hasHyphen, HYPHENS } from './hyphen-evidence.js';
import { hasSurrogate, isWordUnit } from './word-units.js';

/** A hyphen between two words: `left`, the hyphen at `index + left.length`, an optional space, then `right`. */
export interface HyphenPoint {
  index: number;
  left: string;
  space: string;
  right: string;
}

// The left word must start at a word boundary (the lookbehind): otherwise the pattern is retried at every letter
// of a long run of letters and each try scans to the run's end, O(n²) (100 KB without a space took minutes).
const HYPHEN_POINT = new RegExp(`(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]+)([${HYPHENS}])( ?)(?=([\\p{L}\\p{M}]+))`, 'gu');
/** The same pattern tried at one place only. */
const HYPHEN_POINT_AT = new RegExp(HYPHEN_POINT.source, 'uy');
const HYPHEN_CHAR = new RegExp(`[${HYPHENS}]`, 'g');

/**
 * The hyphens of `text` that stand between two words, in order, as the pattern above finds them. A match can
 * only start where the letters before a hyphen start, so the pattern is tried there, hyphen by hyphen, instead
 * of at every word of the text (text beyond the BMP takes the pattern's own way).
 */
export function hyphenPoints(text: string): HyphenPoint[] {
  const points: HyphenPoint[] = [];
  if (!hasHyphen(text)) return points;
  const add = (match: RegExpExecArray) => points.push({ index: match.index, left: match[1], space: match[3], right: match[4] });
  if (hasSurrogate(text)) {
    HYPHEN_POINT.lastIndex = 0;
    for (let match = HYPHEN_POINT.exec(text); match; match = HYPHEN_POINT.exec(text)) add(match);
    return points;
  }
  HYPHEN_CHAR.lastIndex = 0;
  for (let hyphen = HYPHEN_CHAR.exec(text); hyphen; hyphen = HYPHEN_CHAR.exec(text)) {
    let start = hyphen.index;
    while (start > 0 && isWordUnit(text.charCodeAt(start - 1))) start--;
    if (start === hyphen.index) continue;
    HYPHEN_POINT_AT.lastIndex = start;
    const match = HYPHEN_POINT_AT.exec(text);
    if (match) add(match);
  }
  return points;
}
