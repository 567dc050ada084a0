// Character classes shared by the segmentation rules. Kept as code-point tests rather than regular
// expressions on the hot path: the scanner looks at every character of 50 KB bodies.

/**
 * Full stop, question and exclamation marks, the ellipsis character and their combined forms (`‼ ⁇ ⁈ ⁉`), by
 * UTF-16 code: the scanner tests every character, and a one-character string per Cyrillic letter was most of
 * its time.
 */
export function isStopCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x203c || (code >= 0x2047 && code <= 0x2049);
}

/**
 * Marks that may close a sentence after its stop: quotes (Kazakh typesetting closes with `“` as in `„…“`),
 * brackets, and Markdown emphasis (`**Introduction.** Power…`).
 */
export function isCloser(ch: string): boolean {
  return (
    ch === '"' || ch === "'" || ch === '»' || ch === '”' || ch === '“' || ch === '’' || ch === '‘' || ch === '›' ||
    ch === ')' || ch === ']' || ch === '}' || ch === '*' || ch === '_'
  );
}

/** Marks that may open a sentence before its first word. */
export function isOpener(ch: string): boolean {
  return (
    ch === '"' || ch === "'" || ch === '«' || ch === '„' || ch === '“' || ch === '‘' || ch === '‹' || ch === '‚' ||
    ch === '(' || ch === '[' || ch === '{' || ch === '*' || ch === '_'
  );
}

/** Hyphen and dashes: a dash after a stop introduces speech attribution (`«…» – деді ол`). */
export function isDash(ch: string): boolean {
  return ch === '-' || ch === '–' || ch === '—' || ch === '‒' || ch === '―' || ch === '−';
}

/** Unicode white space, including no-break spaces from PDF extraction. */
export function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && /\s/u.test(ch);
}

const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{Nd}/u;

export function isUpper(ch: string): boolean {
  return UPPER.test(ch);
}

export function isLower(ch: string): boolean {
  return LOWER.test(ch);
}

export function isLetter(ch: string): boolean {
  return LETTER.test(ch);
}

export function isDigit(ch: string): boolean {
  return DIGIT.test(ch);
}
