import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/review/index.js';

describe('cellText normalises every shape of ExcelJS cell value', () => {
  it.each([
    ['a plain string', 'билік', 'билік'],
    ['an empty cell', null, null],
    ['undefined', undefined, null],
    ['a blank string', '   ', null],
    ['a number (an id retyped as a number)', 123, '123'],
    ['a boolean', true, 'TRUE'],
    ['rich text', { richText: [{ text: 'мемлекеттік ' }, { font: { bold: true }, text: 'билік' }] }, 'мемлекеттік билік'],
    ['a hyperlink', { text: 'see the article', hyperlink: 'http://example.org' }, 'see the article'],
    ['a hyperlink with rich text', { text: { richText: [{ text: 'rich ' }, { text: 'link' }] }, hyperlink: 'http://x' }, 'rich link'],
    ['a formula with its result', { formula: 'LOWER("APPROVED")', result: 'approved' }, 'approved'],
    ['a shared formula with a numeric result', { sharedFormula: 'A2', result: 42 }, '42'],
    ['a formula without result', { formula: 'A1' }, null],
    ['an error value', { error: '#N/A' }, null],
    ['a date', new Date('2026-11-22T00:00:00Z'), '2026-11-22'],
    ['a date with a time', new Date('2026-11-22T10:30:00Z'), '2026-11-22T10:30:00.000Z'],
    ['non-breaking and repeated spaces', '\u00A0state\u00A0 \tpower ', 'state power'],
    ['decomposed letters (NFD й)', 'и\u0306', 'й'],
  ])('%s', (_name, value, expected) => {
    expect(cellText(value)).toBe(expected);
  });
});
