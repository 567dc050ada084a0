// Acronyms and names kept in Latin letters, across en, kk and ru: eight real NTREX units (see the fixture's
// README) aligned by the real aligner, given terms by the real terms stage, and linked by the glossary.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { presegDocument } from '../../pipeline/eval/glossary.js';
import { LANGS } from '../../src/model/index.js';
import { buildGlossary } from '../../src/glossary/index.js';
import type { Glossary } from '../../src/glossary/types.js';

const FIXTURE = path.resolve('test/fixtures/glossary/abbreviations-ntrex');


describe('glossary: acronyms and Latin-script names', () => {
  let glossary: Glossary;
  let triples: string[];
  beforeAll(() => {
    glossary = buildGlossary([presegDocument(FIXTURE, 'abbreviations')], () => {});
    triples = glossary.entries.map((e) => LANGS.map((lang) => e[lang]?.term ?? '-').join(' / '));
  });

  it('links an acronym across scripts by co-occurrence, written in capitals in every language (U.S., АҚШ-нан)', () => {
    expect(triples).toContain('US / АҚШ / США');
    const us = glossary.entries.find((e) => e.en?.term === 'US')!;
    expect(us.kk!.variants).toEqual(expect.arrayContaining(['АҚШ-нан', 'АҚШ-на']));
    expect(us.en!.variants).toContain('U.S.');
  });

  it('links a name kept in Latin letters in Kazakh and Russian text to the same English name, ending dropped', () => {
    expect(triples).toContain('Brexit / Brexit / Brexit');
    expect(triples).toContain('Toyota / Toyota / Toyota');
    const toyota = glossary.entries.find((e) => e.en?.term === 'Toyota')!;
    expect(toyota.kk!.variants).toContain('Toyota-ның');
  });

  it('pairs the acronym of one language with the word of another (EU / Еуроодақ / ЕС)', () => {
    expect(triples).toContain('EU / Еуроодақ / ЕС');
  });
});
