// A name that Kazakh or Russian text keeps in Latin letters is copied from the English, so two terms written in
// Latin letters on both sides are linked only as the same name, whatever else pairs them.
import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../src/glossary/index.js';
import { makeDocument } from './make-documents.js';

const ignore = () => {};

describe('names in Latin letters on both sides', () => {
  const doc = makeDocument('d1', [
    { en: ['Roa Hotel=roa hotel', 'power'], kk: ['Roa Roa=roa roa', 'билік'] },
    { en: ['Roa Hotel=roa hotel', 'collapse'], kk: ['Roa Roa=roa roa', 'қирау'] },
    { en: ['power', 'Jaguar Land Rover=jaguar land rover'], kk: ['билік', 'Jaguar Land Rover=jaguar land rover'], ru: ['власть', 'Jaguar Land Rover=jaguar land rover'] },
    // Beads without the names: the pair's association grows with the beads it is absent from. The names' beads
    // have no Russian, so that only the English–Kazakh link could pair them.
    ...['school', 'church', 'police', 'farmer', 'volcano', 'album'].map((word) => ({ en: [word], kk: [word], ru: [word] })),
  ]);
  const glossary = buildGlossary([doc], ignore);

  it('are not paired when they differ, though they always occur together', () => {
    const paired = glossary.entries.some((e) => e.en?.term === 'Roa Hotel' && e.kk?.term === 'Roa Roa');
    expect(paired).toBe(false);
  });

  it('are paired when they are the same name', () => {
    const jaguar = glossary.entries.find((e) => e.en?.term === 'Jaguar Land Rover');
    expect(jaguar?.kk?.term).toBe('Jaguar Land Rover');
  });
});
