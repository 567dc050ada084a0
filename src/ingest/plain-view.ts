/**
 * Text of a source stretch with Markdown markup removed, for matching only (normalize does the reported,
 * offset-mapped cleaning). `rawOffset(i)` is the offset, relative to the stretch, of plain character `i`;
 * `rawOffset(plain.length)` is the end of the stretch.
 */
export interface PlainView {
  plain: string;
  rawOffset(plainIndex: number): number;
}

/** `<sup>1</sup>`, `<sub>…</sub>`, `<br>` and the like: HTML that Word-to-Markdown converters leave behind. */
const TAG = /<\/?(?:sup|sub|br|span|em|strong|i|b|u)\b[^>]*>/iy;
/** Pandoc footnote marks: `^1^`, `[^1]`. */
const FOOTNOTE_MARK = /(?:\[\^[^\]\s]+\]|\^[\p{L}\p{N}*]{1,3}\^)/uy;
/** Characters a backslash escapes in Markdown. */
const ESCAPABLE = '\\`*_{}[]()#+-.!|<>~"\'';

const HASH = 0x23;
const BACKSLASH = 0x5c;
const CARET = 0x5e;
const BRACKET = 0x5b;
const STAR = 0x2a;
const UNDERSCORE = 0x5f;
const TILDE = 0x7e;
const LESS = 0x3c;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

/** Matches a sticky `pattern` at `at` of `text`: no copy of the rest of the text per candidate mark. */
function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * The plain text as runs copied from the raw text: run `k` starts at plain offset `plainStarts[k]` and raw
 * offset `rawStarts[k]`. Markup sits between runs, so one offset per run replaces one per character.
 */
class RunView implements PlainView {
  constructor(
    readonly plain: string,
    private readonly rawLength: number,
    private readonly plainStarts: readonly number[],
    private readonly rawStarts: readonly number[],
  ) {}

  rawOffset(plainIndex: number): number {
    if (plainIndex >= this.plain.length) return this.rawLength;
    // The last run starting at or before `plainIndex` holds it.
    let low = 0;
    let high = this.plainStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.plainStarts[mid] <= plainIndex) low = mid;
      else high = mid - 1;
    }
    return this.rawStarts[low] + (plainIndex - this.plainStarts[low]);
  }
}

/** Characters that may start markup (or end a line); everything between two of them is copied as it is. */
const SPECIAL = /[#\\^[*_~<\n]/g;
/** Views kept for reuse: ingest asks for the same paragraph's or line's view several times (one per label kind). */
const recent = new Map<string, PlainView>();
const MAX_RECENT = 16;

/**
 * Drops emphasis marks (`*`, `_`, `~`), escapes (`\_` keeps `_`), HTML tags with the content of `<sup>` and Pandoc
 * footnote marks (`^1^`, `[^1]`), and heading marks (`#` at a line start). Everything else, line breaks included,
 * is kept. The view is shared between callers: do not change it.
 */
export function plainView(raw: string): PlainView {
  const known = recent.get(raw);
  if (known !== undefined) return known;
  let plain = '';
  const plainStarts: number[] = [];
  const rawStarts: number[] = [];
  // Raw offset where the run being copied began, or -1 between runs.
  let runStart = -1;
  const closeRun = (end: number) => {
    if (runStart >= 0) plain += raw.slice(runStart, end);
    runStart = -1;
  };
  const openRun = (at: number) => {
    plainStarts.push(plain.length);
    rawStarts.push(at);
    runStart = at;
  };
  let i = 0;
  let lineStart = true;
  let lower: string | undefined;
  const length = raw.length;
  while (i < length) {
    // Ordinary characters up to the next one that may be markup are kept in one go.
    SPECIAL.lastIndex = i;
    const next = SPECIAL.exec(raw)?.index ?? length;
    if (next > i) {
      if (runStart < 0) openRun(i);
      if (lineStart && !BLANKS.test(raw.slice(i, next))) lineStart = false;
      i = next;
      if (i >= length) break;
    }
    const code = raw.charCodeAt(i);
    if (lineStart && code === HASH) {
      closeRun(i);
      while (raw.charCodeAt(i) === HASH) i++;
      continue;
    }
    if (code === BACKSLASH && i + 1 < length && ESCAPABLE.includes(raw[i + 1])) {
      // The escaped character is kept as it is, even when it is markup.
      closeRun(i);
      openRun(i + 1);
      i += 2;
      lineStart = false;
      continue;
    }
    if (code === CARET || code === BRACKET) {
      const mark = matchAt(FOOTNOTE_MARK, raw, i);
      if (mark) {
        closeRun(i);
        i += mark[0].length;
        continue;
      }
    }
    if (code === STAR || code === UNDERSCORE || code === TILDE) {
      closeRun(i);
      i++;
      continue;
    }
    if (code === LESS) {
      const tag = matchAt(TAG, raw, i);
      if (tag) {
        closeRun(i);
        if (/^<sup\b/i.test(tag[0])) {
          lower ??= raw.toLowerCase();
          const close = lower.indexOf('</sup>', i);
          i = close >= 0 ? close + '</sup>'.length : i + tag[0].length;
        } else i += tag[0].length;
        continue;
      }
    }
    if (runStart < 0) openRun(i);
    if (code === NEWLINE) lineStart = true;
    else if (code !== SPACE && code !== TAB) lineStart = false;
    i++;
  }
  closeRun(length);
  const view = new RunView(plain, length, plainStarts, rawStarts);
  if (recent.size >= MAX_RECENT) recent.clear();
  recent.set(raw, view);
  return view;
}

/** Only spaces and tabs: what may stand between a line start and a heading mark. */
const BLANKS = /^[ \t]*$/;
