import type { EncodingName } from './types.js';

/** A byte-order mark found at the start of a file: the Unicode encoding it announces and its length. */
export interface ByteOrderMark {
  encoding: Extract<EncodingName, 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'>;
  length: number;
}

/**
 * Reads the byte-order mark at the start of `bytes`, if any. UTF-32 LE is tested before UTF-16 LE because
 * its mark `FF FE 00 00` begins with the UTF-16 LE mark; a UTF-16 LE file whose first character is NUL
 * would be misread, but text never starts with NUL.
 */
export function readByteOrderMark(bytes: Uint8Array): ByteOrderMark | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00 && bytes.length % 4 === 0) {
    return { encoding: 'utf-32le', length: 4 };
  }
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}
