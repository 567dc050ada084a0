import type { Edit, MappedText } from './mapped-text.js';
import { applyEdits } from './mapped-text.js';

/** The characters every markup rule below starts with: backslash, `*`, `~`, `_`, `<`, `&`, `[`, `^`. */
const MARKUP_START = /[\\*~_<&[^]/g;

const ENTITIES: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", shy: '\u00ad' };

/**
 * Removes Markdown and HTML markup that Word/PDF converters leave in the text: emphasis (`*`, `**`, `_` at word
 * edges, `~~`), escapes (`\_` → `_`), footnote marks (`<sup>…</sup>` with their content, Pandoc `[^1]` and
 * `^1^`), other tags (content kept), heading marks at the start, link targets (`[text](url)` → `text`) and HTML
 * entities. Not reported: this is markup, not damage.
 */
export function stripMarkup(mapped: MappedText): MappedText {
  const { text } = mapped;
  const edits: Edit[] = [];
  const heading = /^#{1,6}[ \t]+/.exec(text);
  let i = heading ? heading[0].length : 0;
  if (heading) edits.push({ start: 0, end: i, insert: '' });
  const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  while (i < text.length) {
    // Characters that cannot start markup are kept as they are: jump to the next one that may.
    MARKUP_START.lastIndex = i;
    const next = MARKUP_START.exec(text);
    if (next === null) break;
    i = next.index;
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length && /[\\`*_{}[\]()#+\-.!|<>~"']/.test(text[i + 1])) {
      edits.push({ start: i, end: i + 1, insert: '' });
      i += 2;
      continue;
    }
    if (ch === '*' || (ch === '~' && text[i + 1] === '~')) {
      let j = i;
      while (text[j] === ch) j++;
      edits.push({ start: i, end: j, insert: '' });
      i = j;
      continue;
    }
    if (ch === '_') {
      let j = i;
      while (text[j] === '_') j++;
      // Intraword underscores (`snake_case`, e-mail addresses) are text, not emphasis.
      if (!(isWordChar(text[i - 1]) && isWordChar(text[j]))) edits.push({ start: i, end: j, insert: '' });
      i = j;
      continue;
    }
    if (ch === '<') {
      const rest = text.slice(i);
      const sup = /^<sup\b[^>]*>[\s\S]*?<\/sup>/i.exec(rest);
      if (sup) {
        edits.push({ start: i, end: i + sup[0].length, insert: '' });
        i += sup[0].length;
        continue;
      }
      const br = /^<br\s*\/?>/i.exec(rest);
      if (br) {
        edits.push({ start: i, end: i + br[0].length, insert: ' ' });
        i += br[0].length;
        continue;
      }
      const tag = /^<\/?(?:sub|span|em|strong|i|b|u|small|mark|sup)\b[^>]*>/i.exec(rest);
      if (tag) {
        edits.push({ start: i, end: i + tag[0].length, insert: '' });
        i += tag[0].length;
        continue;
      }
    }
    if (ch === '&') {
      const entity = /^&(?:([a-z]+)|#(\d+)|#x([0-9a-f]+));/i.exec(text.slice(i));
      const value = entity
        ? entity[1]
          ? ENTITIES[entity[1].toLowerCase()]
          : String.fromCodePoint(entity[2] ? Number(entity[2]) : parseInt(entity[3], 16))
        : undefined;
      if (entity && value !== undefined) {
        edits.push({ start: i, end: i + entity[0].length, insert: value });
        i += entity[0].length;
        continue;
      }
    }
    if (ch === '[' || ch === '^') {
      // Pandoc footnote references (`[^1]`) and superscripts (`^1^`, `^a^`): footnote marks, like `<sup>`.
      const mark = /^(?:\[\^[^\]\s]+\]|\^[\p{L}\p{N}*]{1,3}\^)/u.exec(text.slice(i));
      if (mark) {
        edits.push({ start: i, end: i + mark[0].length, insert: '' });
        i += mark[0].length;
        continue;
      }
    }
    if (ch === '[') {
      const link = /^\[([^\]\n]+)\]\([^)\s]+\)/.exec(text.slice(i));
      if (link) {
        edits.push({ start: i, end: i + 1, insert: '' });
        const close = i + 1 + link[1].length;
        edits.push({ start: close, end: i + link[0].length, insert: '' });
        i = i + 1;
        // The link text itself is scanned as usual; the target was queued for removal.
        const target = close;
        while (i < target) {
          // Keep scanning inside the link text for emphasis marks, but do not run past the queued target edit.
          const inner = text[i];
          if (inner === '*') edits.push({ start: i, end: i + 1, insert: '' });
          i++;
        }
        i = i + link[0].length - link[1].length - 1;
        continue;
      }
    }
    i++;
  }
  edits.sort((a, b) => a.start - b.start);
  return applyEdits(mapped, edits);
}
