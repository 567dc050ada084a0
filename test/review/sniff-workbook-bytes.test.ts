import { describe, expect, it } from 'vitest';
import { sniffWorkbookBytes } from '../../src/review/sniff-workbook-bytes.js';

describe('sniffWorkbookBytes', () => {
  it.each([
    ['a zip', [0x50, 0x4b, 0x03, 0x04, 0], null],
    ['an empty file', [], /empty/],
    ['an empty zip', [0x50, 0x4b, 0x05, 0x06], /empty zip/],
    ['an old .xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1], /\.xls/],
    ['an HTML page saved as .xlsx', [...Buffer.from('  <html><body>')], /XML or HTML/],
    ['plain text', [...Buffer.from('en,kk,ru\n')], /not a zip/],
  ])('%s', (_name, bytes, expected) => {
    const result = sniffWorkbookBytes(Uint8Array.from(bytes as number[]));
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatch(expected as RegExp);
  });
});
