import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/glossary/types.js';
import { catTerms } from '../../src/export/cat-terms.js';

function entry(kk: { term: string; variants: string[] }, en = 'power'): GlossaryEntry {
  return {
    id: 'e',
    en: { term: en, variants: ['powers'], frequency: 1 },
    kk: { ...kk, frequency: 1 },
    ru: null,
    score: 1,
    documents: [],
    examples: [],
    status: 'candidate',
  };
}

const texts = (terms: Array<{ text: string; variant: boolean }>) => terms.map((t) => (t.variant ? `~${t.text}` : t.text));

describe('catTerms', () => {
  it('lists the term, then its Kazakh forms without the term itself or case duplicates', () => {
    const terms = catTerms(entry({ term: 'билік', variants: ['биліктің', 'Билік', 'билікті', 'БИЛІКТІҢ', '  ', 'билікке'] }), 'kk');
    expect(texts(terms)).toEqual(['билік', '~биліктің', '~билікті', '~билікке']);
  });

  it('writes forms from all-capitals titles in the case of the term', () => {
    expect(texts(catTerms(entry({ term: 'Қазақстан', variants: ['ҚАЗАҚСТАННЫҢ'] }), 'kk'))).toEqual(['Қазақстан', '~Қазақстанның']);
    expect(texts(catTerms(entry({ term: 'қоғам', variants: ['ҚОҒАМЫНДАҒЫ'] }), 'kk'))).toEqual(['қоғам', '~қоғамындағы']);
    // An acronym written in capitals keeps its capital forms.
    expect(texts(catTerms(entry({ term: 'ҚР', variants: ['ҚР-ДЫҢ'] }), 'kk'))).toEqual(['ҚР', '~ҚР-ДЫҢ']);
  });

  it('lists no variants for the other languages by default, and for any language when asked', () => {
    const e = entry({ term: 'билік', variants: ['биліктің'] });
    expect(texts(catTerms(e, 'en'))).toEqual(['power']);
    expect(texts(catTerms(e, 'en', { variantLangs: ['en', 'kk'] }))).toEqual(['power', '~powers']);
    expect(catTerms(e, 'ru')).toEqual([]);
  });

  it('caps the number of forms', () => {
    const e = entry({ term: 'билік', variants: ['a1', 'a2', 'a3', 'a4'] });
    expect(catTerms(e, 'kk', { maxVariants: 2 })).toHaveLength(3);
  });
});
