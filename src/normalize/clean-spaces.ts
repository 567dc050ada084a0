import type { Edit, MappedText } from './mapped-text.js';
import { applyEdits } from './mapped-text.js';

/** Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, and they break word matching. */
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/;

/**
 * Removes invisible characters (soft hyphens included: a PDF's optional break point, never a letter; one
 * before a line break joins the two halves of the word), turns
 * every run of white space (NBSP, narrow NBSP, tabs, line breaks of a wrapped paragraph) into one plain space and
 * trims the ends. Not reported: nothing a reviewer needs to check.
 */
export function cleanSpaces(mapped: MappedText): MappedText {
  const { text } = mapped;
  const edits: Edit[] = [];
  let i = 0;
  while (i < text.length) {
    // A soft hyphen before a line break marks a word the typesetter split: join it with no space.
    if (text[i] === '\u00ad') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j])) j++;
      if (/[\n\r]/.test(text.slice(i + 1, j)) && j < text.length) {
        edits.push({ start: i, end: j, insert: '' });
        i = j;
        continue;
      }
    }
    if (INVISIBLE.test(text[i])) {
      edits.push({ start: i, end: i + 1, insert: '' });
      i++;
      continue;
    }
    if (/\s/.test(text[i])) {
      let j = i;
      // Invisible characters inside a space run go with it.
      while (j < text.length && (/\s/.test(text[j]) || INVISIBLE.test(text[j]))) j++;
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
