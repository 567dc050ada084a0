import type { Edit, MappedText } from './mapped-text.js';
import { applyEdits } from './mapped-text.js';

/** Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, and they break word matching. */
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/;
const SPACE = /\s/;

const IS_SPACE = 1;
const IS_INVISIBLE = 2;
const UNKNOWN = 0xff;
/** Per UTF-16 code unit, `IS_SPACE | IS_INVISIBLE` as the two patterns above say, each unit tested once on first
 * sight: testing a unit is then an array read rather than a regular expression. */
const unitClasses = new Uint8Array(0x10000).fill(UNKNOWN);

function classOfUnit(unit: number): number {
  let found = unitClasses[unit];
  if (found === UNKNOWN) {
    const ch = String.fromCharCode(unit);
    found = (SPACE.test(ch) ? IS_SPACE : 0) | (INVISIBLE.test(ch) ? IS_INVISIBLE : 0);
    unitClasses[unit] = found;
  }
  return found;
}

/**
 * Removes invisible characters (soft hyphens included: a PDF's optional break point, never a letter; one
 * before a line break joins the two halves of the word), turns
 * every run of white space (NBSP, narrow NBSP, tabs, line breaks of a wrapped paragraph) into one plain space and
 * trims the ends. Not reported: nothing a reviewer needs to check.
 */
export function cleanSpaces(mapped: MappedText): MappedText {
  const { text } = mapped;
  const classOf = (index: number) => classOfUnit(text.charCodeAt(index));
  const edits: Edit[] = [];
  let i = 0;
  while (i < text.length) {
    const found = classOf(i);
    if (found === 0) {
      i++;
      continue;
    }
    // A soft hyphen before a line break marks a word the typesetter split: join it with no space.
    if (text[i] === '\u00ad') {
      let j = i + 1;
      while (j < text.length && classOf(j) & IS_SPACE) j++;
      if (/[\n\r]/.test(text.slice(i + 1, j)) && j < text.length) {
        edits.push({ start: i, end: j, insert: '' });
        i = j;
        continue;
      }
    }
    if (found & IS_INVISIBLE) {
      edits.push({ start: i, end: i + 1, insert: '' });
      i++;
      continue;
    }
    if (found & IS_SPACE) {
      let j = i;
      // Invisible characters inside a space run go with it.
      while (j < text.length && classOf(j) !== 0) j++;
      const atEdge = i === 0 || j === text.length;
      const insert = atEdge ? '' : ' ';
      if (!(j - i === 1 && text[i] === ' ' && !atEdge)) edits.push({ start: i, end: j, insert });
      i = j;
      continue;
    }
    i++;
  }
  return applyEdits(mapped, edits);
}
