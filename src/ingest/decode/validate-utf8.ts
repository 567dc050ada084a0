/** What a strict UTF-8 scan of some bytes found. */
export interface Utf8Scan {
  /** True when every byte belongs to a well-formed UTF-8 sequence. */
  valid: boolean;
  /** Well-formed sequences of two to four bytes (non-ASCII characters). */
  multibyte: number;
  /** Ill-formed sequences (each counted once, however many bytes it spans). */
  invalid: number;
  /** Byte offset of the first ill-formed sequence, or -1. */
  firstInvalid: number;
  /** Any NUL byte: text files do not contain them, UTF-16 and binary files do. */
  hasNul: boolean;
}

/**
 * Scans bytes as UTF-8 by the rules of Unicode §3.9 (table 3-7): no overlong forms, no surrogates, nothing
 * above U+10FFFF. Counting both good multi-byte sequences and bad ones tells damaged UTF-8 (many good, a few
 * bad) apart from a legacy 8-bit encoding (a few accidental good ones among many bad).
 */
export function validateUtf8(bytes: Uint8Array, start = 0): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let hasNul = false;
  let index = start;
  while (index < bytes.length) {
    const lead = bytes[index];
    if (lead < 0x80) {
      if (lead === 0) hasNul = true;
      index += 1;
      continue;
    }
    const length = sequenceLength(bytes, index);
    if (length > 0) {
      multibyte += 1;
      index += length;
    } else {
      invalid += 1;
      if (firstInvalid < 0) firstInvalid = index;
      index += 1;
      // Skip the continuation bytes of the broken sequence so one broken character counts once.
      while (index < bytes.length && (bytes[index] & 0xc0) === 0x80) index += 1;
    }
  }
  return { valid: invalid === 0, multibyte, invalid, firstInvalid, hasNul };
}

/** Length of the well-formed multi-byte sequence starting at `index`, or 0 when it is ill-formed. */
export function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index];
  const end = bytes.length;
  if (lead >= 0xc2 && lead <= 0xdf) return index + 1 < end && isTail(bytes[index + 1]) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    if (index + 2 >= end) return 0;
    const second = bytes[index + 1];
    const low = lead === 0xe0 ? 0xa0 : 0x80;
    const high = lead === 0xed ? 0x9f : 0xbf;
    return second >= low && second <= high && isTail(bytes[index + 2]) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    if (index + 3 >= end) return 0;
    const second = bytes[index + 1];
    const low = lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xf4 ? 0x8f : 0xbf;
    return second >= low && second <= high && isTail(bytes[index + 2]) && isTail(bytes[index + 3]) ? 4 : 0;
  }
  return 0;
}

function isTail(value: number): boolean {
  return value >= 0x80 && value <= 0xbf;
}
