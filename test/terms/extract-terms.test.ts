import { beforeAll, describe, expect, it } from 'vitest';
import { extractTerms, version } from '../../src/terms/index.js';
import type { StageMessage } from '../../src/model/index.js';
import type { DocumentTerms, TermCandidate } from '../../src/terms/types.js';
import { seed000Document } from './seed-000-document.js';

const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

describe('extractTerms on seed 000 (title, abstract, keywords)', () => {
  let terms: DocumentTerms;
  const messages: StageMessage[] = [];
  const input = seed000Document();
  const snapshot = JSON.stringify(input);

  beforeAll(() => {
    terms = extractTerms(input, (m) => messages.push(m));
  });

  const find = (lang: string, canonical: string): TermCandidate | undefined =>
    terms.candidates.find((c) => c.lang === lang && fold(c.canonical) === fold(canonical));

  it.each([
    ['kk', 'билік', ['биліктің', 'билікке', 'билігіне']],
    ['kk', 'мемлекеттік билік', []],
    ['kk', 'билік философиясы', []],
    ['kk', 'қазіргі қоғам', ['қазіргі қоғамындағы']],
    ['ru', 'власть', ['власти', 'властью']],
    ['ru', 'государственная власть', ['государственной власти']],
    ['ru', 'философия власти', []],
    ['ru', 'современное общество', []],
    ['en', 'power', ['Power']],
    ['en', 'state power', []],
    ['en', 'philosophy of power', []],
    ['en', 'modern society', []],
  ])('has %s "%s" in dictionary form with its variants', (lang, canonical, variants) => {
    const candidate = find(lang, canonical);
    expect(candidate, `${lang} ${canonical}`).toBeDefined();
    const seen = Object.keys(candidate?.variants ?? {}).map(fold);
    for (const variant of variants) expect(seen).toContain(fold(variant));
    expect(candidate?.frequency).toBe(Object.values(candidate?.variants ?? {}).reduce((a, b) => a + b, 0));
    expect(candidate?.occurrences).toHaveLength(candidate?.frequency ?? -1);
  });

  it.each([
    // The other core entries of the seed's gold glossary.
    ['en', ['subject', 'object', 'kazakhstan', 'republic of kazakhstan', 'concept of power']],
    ['kk', ['субъект', 'объект', 'қазақстан', 'қазақстан республикасы', 'билік ұғымы']],
    ['ru', ['субъект', 'объект', 'казахстан', 'республика казахстан', 'концепция власти']],
  ])('has the other %s core terms of the gold glossary', (lang, list) => {
    for (const canonical of list) expect(find(lang, canonical), canonical).toBeDefined();
  });

  it('keeps izafet heads with their possessive and Russian genitive tails as written', () => {
    expect(find('kk', 'мемлекеттік билік тармақтары')).toBeDefined();
    expect(find('ru', 'ветви государственной власти')).toBeDefined();
    expect(find('en', 'branches of state power')).toBeDefined();
  });

  it('groups by the words\' keys and counts words', () => {
    expect(find('ru', 'государственная власть')?.key).toBe('государственный власть');
    expect(find('kk', 'билік философиясы')?.key).toBe('билік философия');
    expect(find('en', 'philosophy of power')).toMatchObject({ key: 'philosophy of power', words: 3 });
  });

  it('points occurrences at the section, bead and sentence they come from', () => {
    for (const candidate of terms.candidates) {
      for (const occurrence of candidate.occurrences) {
        const section = input.sections[occurrence.section];
        const sentence = section.sentences[candidate.lang][occurrence.sentence];
        expect(sentence.text).toContain(occurrence.surface);
        expect(section.beads[occurrence.bead][candidate.lang]).toContain(occurrence.sentence);
      }
    }
  });

  it('ranks the main term first in each language, scores are finite and sorted', () => {
    for (const lang of ['en', 'kk', 'ru'] as const) {
      const list = terms.candidates.filter((c) => c.lang === lang);
      expect(fold(list[0].canonical)).toBe({ en: 'power', kk: 'билік', ru: 'власть' }[lang]);
      for (let i = 1; i < list.length; i++) expect(list[i - 1].score).toBeGreaterThanOrEqual(list[i].score);
    }
  });

  it('leaves stop words out of term edges', () => {
    for (const c of terms.candidates) {
      const first = fold(c.canonical).split(' ')[0];
      expect(['the', 'this', 'article', 'данный', 'бұл', 'осы']).not.toContain(first);
    }
  });

  it('does not change its input and returns a document-terms artefact', () => {
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(terms).toMatchObject({ kind: 'document-terms', id: input.id, file: input.file });
    expect(messages).toEqual([]);
    expect(version).toBeDefined();
  });

  it('reads no reference sections', () => {
    const withReferences = seed000Document();
    withReferences.sections.push({
      kind: 'references',
      sentences: { en: [{ text: 'Smith J. Quantum chromodynamics handbook.', range: { start: 0, end: 1 }, paragraph: 0 }], kk: [], ru: [] },
      beads: [{ en: [0], kk: [], ru: [], score: 1, flags: [] }],
    });
    const result = extractTerms(withReferences, () => {});
    expect(result.candidates.some((c) => c.key.includes('chromodynamics'))).toBe(false);
  });
});
