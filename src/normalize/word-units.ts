/** A letter or mark: what the hyphen rules count as part of a word (`[\p{L}\p{M}]`). */
const WORD_CHAR = /[\p{L}\p{M}]/u;
const SURROGATE = /[\ud800-\udfff]/;

const UNKNOWN = 0xff;
/** Per BMP code unit, 1 when it is a letter or mark, tested once on first sight. */
const wordUnits = new Uint8Array(0x10000).fill(UNKNOWN);

/**
 * True when the UTF-16 unit `code` is a letter or mark by itself. Exact for BMP characters only: callers check
 * `hasSurrogate` first and take the regular-expression way for text with characters beyond the BMP.
 */
export function isWordUnit(code: number): boolean {
  let found = wordUnits[code];
  if (found === UNKNOWN) {
    found = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0;
    wordUnits[code] = found;
  }
  return found === 1;
}

/** True when `text` holds a surrogate (a character beyond the BMP, or half of one). */
export function hasSurrogate(text: string): boolean {
  return SURROGATE.test(text);
}
