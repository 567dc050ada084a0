import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../src/glossary/index.js';
import { dice, logLikelihood } from '../../src/glossary/association.js';
import type { Glossary } from '../../src/glossary/types.js';
import { makeDocument } from './make-documents.js';

const ignore = () => {};

function triples(glossary: Glossary): string[] {
  return glossary.entries.map((e) => `${e.en?.term ?? '-'} / ${e.kk?.term ?? '-'} / ${e.ru?.term ?? '-'}`);
}

describe('association measures', () => {
  it('scores a perfect co-occurrence above chance and chance at zero', () => {
    expect(logLikelihood({ both: 3, a: 3, b: 3, total: 10 })).toBeGreaterThan(8);
    expect(logLikelihood({ both: 1, a: 5, b: 2, total: 10 })).toBe(0);
    expect(dice({ both: 2, a: 2, b: 4 })).toBeCloseTo(2 / 3);
  });
  it('prefers more shared beads', () => {
    expect(logLikelihood({ both: 4, a: 4, b: 4, total: 20 })).toBeGreaterThan(logLikelihood({ both: 2, a: 2, b: 2, total: 20 }));
  });
});

describe('buildGlossary', () => {
  const doc = makeDocument('d1', [
    { kind: 'title', en: ['power', 'society'], kk: ['билік', 'қоғам'], ru: ['власть', 'общество'] },
    { en: ['power', 'subject'], kk: ['билік', 'субъект'], ru: ['власть', 'субъект'] },
    { en: ['power', 'object'], kk: ['билік', 'объект'], ru: ['власть', 'объект'] },
    { en: ['subject', 'object'], kk: ['субъект', 'объект'], ru: ['субъект', 'объект'] },
    { en: ['state', 'state power', 'power'], kk: ['мемлекеттік', 'мемлекеттік билік', 'билік'], ru: ['государственный', 'государственная власть=государственный власть', 'власть'] },
    { en: ['state', 'society'], kk: ['мемлекеттік', 'қоғам'], ru: ['государственный', 'общество'] },
    { en: ['quality', 'freedom'], kk: ['сапа', 'бостандық'], ru: ['качество', 'свобода'] },
  ]);

  it('links recurring terms into trilingual entries, the best attested first', () => {
    const glossary = buildGlossary([doc], ignore);
    const found = triples(glossary);
    expect(found).toContain('power / билік / власть');
    expect(found).toContain('subject / субъект / субъект');
    expect(found).toContain('object / объект / объект');
    expect(found).toContain('society / қоғам / общество');
    expect(found.slice(0, 3)).toContain('power / билік / власть');
  });

  it('ranks entries of equal evidence by how often their terms occur in all, English-only text included', () => {
    // Two cognate triples seen together once each (equal scores and support); one recurs in an English-only body.
    const ranked = (recurring: 'parliament' | 'reform') => {
      const document = makeDocument('d2', [
        { en: ['power', 'subject'], kk: ['билік', 'субъект'], ru: ['власть', 'субъект'] },
        { en: ['power', 'object'], kk: ['билік', 'объект'], ru: ['власть', 'объект'] },
        { en: ['subject', 'object'], kk: ['субъект', 'объект'], ru: ['субъект', 'объект'] },
        { en: ['reform'], kk: ['реформа'], ru: ['реформа'] },
        { en: ['parliament'], kk: ['парламент'], ru: ['парламент'] },
        { kind: 'body', en: [recurring] },
        { kind: 'body', en: [recurring] },
      ]);
      return triples(buildGlossary([document], ignore)).filter((t) => t.startsWith('reform') || t.startsWith('parliament'));
    };
    expect(ranked('parliament')).toEqual(['parliament / парламент / парламент', 'reform / реформа / реформа']);
    expect(ranked('reform')).toEqual(['reform / реформа / реформа', 'parliament / парламент / парламент']);
  });

  it('links multiword terms by their linked parts (compositional evidence)', () => {
    const glossary = buildGlossary([doc], ignore);
    expect(triples(glossary)).toContain('state power / мемлекеттік билік / государственная власть');
  });

  it('does not guess between words that only ever occur together once', () => {
    const glossary = buildGlossary([doc], ignore);
    const found = triples(glossary);
    expect(found.some((t) => t.startsWith('quality /') || t.startsWith('freedom /'))).toBe(false);
    expect(glossary.unpaired.en.map((t) => t.term)).toEqual(expect.arrayContaining(['quality', 'freedom']));
  });

  it('links multiword terms as wholes when their words always occur together', () => {
    const phrases = makeDocument('d3', [
      { kind: 'title', en: ['modern society=modern society', 'power'], kk: ['қазіргі қоғам', 'билік'], ru: ['современное общество=современный общество', 'власть'] },
      { en: ['modern society=modern society'], kk: ['қазіргі қоғам'], ru: ['современное общество=современный общество'] },
      { kind: 'keywords', en: ['power'], kk: ['билік'], ru: ['власть'] },
      { en: ['power', 'subject'], kk: ['билік', 'субъект'], ru: ['власть', 'субъект'] },
    ]);
    const glossary = buildGlossary([phrases], ignore);
    expect(triples(glossary)).toContain('modern society / қазіргі қоғам / современное общество');
  });

  it('adds up frequencies and documents across documents', () => {
    const other = makeDocument('d2', [
      { en: ['power', 'subject'], kk: ['билік', 'субъект'], ru: ['власть', 'субъект'] },
      { en: ['power'], kk: ['билік'], ru: ['власть'] },
    ]);
    const glossary = buildGlossary([doc, other], ignore);
    const power = glossary.entries.find((e) => e.en?.term === 'power')!;
    expect(power.documents).toEqual(['d1', 'd2']);
    expect(power.en!.frequency).toBe(4 + 2);
    expect(power.kk!.frequency).toBe(4 + 2);
    expect(power.examples.length).toBeGreaterThan(0);
    expect(power.examples.length).toBeLessThanOrEqual(3);
  });

  it('reports a second Kazakh rendering in another document as a variant of the same entry', () => {
    const d2 = makeDocument('d2', [
      { en: ['power', 'law'], kk: ['өкімет', 'заң'], ru: ['власть', 'закон'] },
      { en: ['power', 'court'], kk: ['өкімет', 'сот'], ru: ['власть', 'суд'] },
      { en: ['power'], kk: ['өкімет'], ru: ['власть'] },
    ]);
    const glossary = buildGlossary([doc, d2], ignore);
    const powerEntries = glossary.entries.filter((e) => e.en?.term === 'power' || e.ru?.term === 'власть');
    expect(powerEntries).toHaveLength(1);
    expect(powerEntries[0].kk!.term).toBe('билік');
    expect(powerEntries[0].kk!.variants).toContain('өкімет');
  });

  it('keeps a term seen in one language only out of any triple', () => {
    const d2 = makeDocument('d2', [
      { en: ['power', 'parliament'], kk: ['билік'], ru: ['власть'] },
      { en: ['parliament'], kk: [], ru: [] },
    ]);
    const glossary = buildGlossary([doc, d2], ignore);
    expect(glossary.entries.some((e) => e.en?.term === 'parliament')).toBe(false);
    expect(glossary.unpaired.en.map((t) => t.term)).toContain('parliament');
  });

  it('gives the same entry ids on a rebuild and scores within [0, 1]', () => {
    const first = buildGlossary([doc], ignore);
    const second = buildGlossary([doc], ignore);
    expect(second.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
    for (const entry of first.entries) {
      expect(entry.score).toBeGreaterThanOrEqual(0);
      expect(entry.score).toBeLessThanOrEqual(1);
    }
    expect(new Set(first.entries.map((e) => e.id)).size).toBe(first.entries.length);
  });
});
