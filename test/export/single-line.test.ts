import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { singleLine } from '../../src/export/single-line.js';
import { xmlSafeText } from '../../src/export/xml-safe-text.js';

/** What `singleLine` means, written the plain way: XML-safe, white space runs folded to a space, trimmed. */
const folded = (text: string) => xmlSafeText(text).replace(/\s+/g, ' ').trim();

/** Pieces that make texts one-line or not: plain letters, every kind of white space, forbidden characters. */
const PIECES = ['a', 'Қаз', 'мир', ' ', '  ', '\t', '\n', '\r\n', '\u00A0', '\u2003', '\u2028', '\u3000', '\uFEFF', '\u0000', '\u000C', '\u001F', '\uD83D\uDE00', '\uD800', '\uDC00', '\uFFFE', '.'];

describe('singleLine', () => {
  it('is the text XML-safe with its white space folded and trimmed, for any mix of spaces and forbidden characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(singleLine(text)).toBe(folded(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(singleLine(text)).toBe(folded(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('returns a text that is one line already as it is', () => {
    const text = 'Қазақстан Республикасы — a sentence, with one space between words.';
    expect(singleLine(text)).toBe(text);
    expect(singleLine(' lead')).toBe('lead');
    expect(singleLine('trail ')).toBe('trail');
    expect(singleLine('two  spaces')).toBe('two spaces');
    expect(singleLine('no\u00A0break')).toBe('no break');
    expect(singleLine('form\u000Cfeed')).toBe('formfeed');
  });
});
