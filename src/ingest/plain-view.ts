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
const TAG = /<\/?(?:sup|sub|br|span|em|strong|i|b|u)\b[^>]*>/iy;
/** Pandoc footnote marks: `^1^`, `[^1]`. */
const FOOTNOTE_MARK = /(?:\[\^[^\]\s]+\]|\^[\p{L}\p{N}*]{1,3}\^)/uy;

/** Matches a sticky `pattern` at `at` of `text`: no copy of the rest of the text per candidate mark. */
function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

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
  let lower: string | undefined;
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
      const mark = matchAt(FOOTNOTE_MARK, raw, i);
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
      const tag = matchAt(TAG, raw, i);
      if (tag) {
        if (/^<sup\b/i.test(tag[0])) {
          lower ??= raw.toLowerCase();
          const close = lower.indexOf('</sup>', i);
          i = close >= 0 ? close + '</sup>'.length : i + tag[0].length;
        } else i += tag[0].length;
        continue;
      }
    }
    plain += ch;
    toRaw.push(i);
    if (ch === '\n') lineStart = true;
    else if (ch !== ' ' && ch !== '\t') lineStart = false;
    i++;
  }
  toRaw.push(raw.length);
  return { plain, toRaw };
}
