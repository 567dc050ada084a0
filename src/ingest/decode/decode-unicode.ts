import iconv from 'iconv-lite';
import type { EncodingName } from './types.js';
import { validateUtf8 } from './validate-utf8.js';

/** A Unicode decoding: the text, or the byte offset where the bytes stop being valid. */
export type UnicodeDecoding = { ok: true; text: string } | { ok: false; badByte: number; prefix: string };

type UnicodeEncoding = Extract<EncodingName, 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'>;

/**
 * Decodes `bytes[start..]` strictly: any ill-formed sequence (a broken UTF-8 byte, an unpaired UTF-16
 * surrogate, an odd trailing byte, a UTF-32 value beyond U+10FFFF) fails the whole decoding, because a file
 * is read in full or not at all. On failure, `prefix` is the text before the first bad byte, so the message
 * can give its line and column.
 */
export function decodeUnicode(bytes: Uint8Array, encoding: UnicodeEncoding, start = 0): UnicodeDecoding {
  const body = bytes.subarray(start);
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(body, encoding, start);
  try {
    // ignoreBOM keeps a second mark (or a mark that the caller did not strip) as U+FEFF, visible and counted.
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text };
  } catch {
    const found = encoding === 'utf-8' ? validateUtf8(body).firstInvalid : firstBadUtf16(body, encoding === 'utf-16le');
    const badOffset = found < 0 ? body.length : found;
    const prefix = new TextDecoder(encoding, { ignoreBOM: true }).decode(body.subarray(0, badOffset));
    return { ok: false, badByte: start + badOffset, prefix };
  }
}

function firstBadUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const units = Math.floor(bytes.length / 2);
  const unit = (index: number): number =>
    littleEndian ? bytes[2 * index] | (bytes[2 * index + 1] << 8) : (bytes[2 * index] << 8) | bytes[2 * index + 1];
  for (let index = 0; index < units; index += 1) {
    const value = unit(index);
    if (value >= 0xd800 && value <= 0xdbff) {
      const next = index + 1 < units ? unit(index + 1) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) {
        index += 1;
        continue;
      }
      return 2 * index;
    }
    if (value >= 0xdc00 && value <= 0xdfff) return 2 * index;
  }
  return 2 * units;
}

function decodeUtf32(bytes: Uint8Array, encoding: 'utf-32le' | 'utf-32be', start: number): UnicodeDecoding {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = bytes.length - (bytes.length % 4);
  for (let offset = 0; offset < whole; offset += 4) {
    const value = view.getUint32(offset, encoding === 'utf-32le');
    if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
      return { ok: false, badByte: start + offset, prefix: iconv.decode(Buffer.from(bytes.subarray(0, offset)), encoding) };
    }
  }
  if (whole !== bytes.length) {
    return { ok: false, badByte: start + whole, prefix: iconv.decode(Buffer.from(bytes.subarray(0, whole)), encoding) };
  }
  return { ok: true, text: iconv.decode(Buffer.from(bytes), encoding, { stripBOM: false }) };
}
