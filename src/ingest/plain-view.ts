/**
 * Text of a source stretch with Markdown markup removed, for matching only (normalize does the reported,
 * offset-mapped cleaning). `toRaw[i]` is the offset, relative to the stretch, of plain character `i`;
 * `toRaw[plain.length]` is the end of the stretch.
 */
export interface PlainView {
  plain: string;
  toRaw: number[];
}

/** `<sup>1</sup>`, `<sub>…</sub>`, `<br>` and the like: HTML that Word-to-Markdown converters leave behind. */
const TAG = /^<\/?(?:sup|sub|br|span|em|strong|i|b|u)\b[^>]*>/i;

/**
 * Drops emphasis marks (`*`, `_`, `~`), escapes (`\_` keeps `_`), HTML tags with the content of `<sup>` and Pandoc
 * footnote marks (`^1^`, `[^1]`), and heading marks (`#` at a line start). Everything else, line breaks included,
 * is kept.
 */
export function plainView(raw: string): PlainView {
  let plain = '';
  const toRaw: number[] = [];
  let i = 0;
  let lineStart = true;
  while (i < raw.length) {
    const ch = raw[i];
    if (lineStart && ch === '#') {
      while (raw[i] === '#') i++;
      continue;
    }
    if (ch === '\\' && i + 1 < raw.length && /[\\`*_{}[\]()#+\-.!|<>~"']/.test(raw[i + 1])) {
      plain += raw[i + 1];
      toRaw.push(i + 1);
      i += 2;
      lineStart = false;
      continue;
    }
    if (ch === '^' || ch === '[') {
      // Pandoc footnote marks: `^1^`, `[^1]`.
      const mark = /^(?:\[\^[^\]\s]+\]|\^[\p{L}\p{N}*]{1,3}\^)/u.exec(raw.slice(i));
      if (mark) {
        i += mark[0].length;
        continue;
      }
    }
    if (ch === '*' || ch === '_' || ch === '~') {
      i++;
      continue;
    }
    if (ch === '<') {
      const tag = TAG.exec(raw.slice(i));
      if (tag) {
        if (/^<sup\b/i.test(tag[0])) {
          const close = raw.toLowerCase().indexOf('</sup>', i);
          i = close >= 0 ? close + '</sup>'.length : i + tag[0].length;
        } else i += tag[0].length;
        continue;
      }
    }
    plain += ch;
    toRaw.push(i);
    if (ch === '\n') lineStart = true;
    else if (!/[ \t]/.test(ch)) lineStart = false;
    i++;
  }
  toRaw.push(raw.length);
  return { plain, toRaw };
}
