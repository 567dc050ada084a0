// Strict UTF-8 by Unicode §3.9, table 3-7: what is well-formed and what is not, and where the first bad
// sequence starts.
import { describe, expect, test } from 'vitest';
import { validateUtf8 } from '../../../src/ingest/decode/validate-utf8.js';

describe('validateUtf8', () => {
  test.each([
    ['ASCII', [0x41, 0x0a], 0],
    ['Kazakh қ (2 bytes)', [0xd2, 0x9b], 1],
    ['euro sign (3 bytes)', [0xe2, 0x82, 0xac], 1],
    ['emoji (4 bytes)', [0xf0, 0x9f, 0x98, 0x80], 1],
    ['the last code point U+10FFFF', [0xf4, 0x8f, 0xbf, 0xbf], 1],
    ['U+FFFD itself', [0xef, 0xbf, 0xbd], 1],
  ])('%s is well-formed', (_name, bytes, multibyte) => {
    expect(validateUtf8(Uint8Array.from(bytes))).toMatchObject({ valid: true, multibyte, invalid: 0, firstInvalid: -1 });
  });

  test.each([
    ['overlong slash', [0x41, 0xc0, 0xaf], 1],
    ['overlong 3-byte NUL', [0xe0, 0x80, 0x80], 0],
    ['surrogate U+D800', [0x41, 0x42, 0xed, 0xa0, 0x80], 2],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['lone continuation byte', [0x41, 0x80], 1],
    ['lead byte at the end', [0x41, 0xd2], 1],
    ['Windows-1251 text', [0xcc, 0xe0, 0xea], 0],
  ])('%s is ill-formed, first at the right byte', (_name, bytes, firstInvalid) => {
    const scan = validateUtf8(Uint8Array.from(bytes));
    expect(scan.valid).toBe(false);
    expect(scan.firstInvalid).toBe(firstInvalid);
  });

  test('a broken sequence counts once, and NUL bytes are noticed', () => {
    const scan = validateUtf8(Uint8Array.from([0xe2, 0x82, 0x41, 0x00, 0xd2, 0x9b]));
    expect(scan).toMatchObject({ invalid: 1, multibyte: 1, hasNul: true });
  });
});
