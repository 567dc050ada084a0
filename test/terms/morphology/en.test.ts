import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lemmaKey } from '../../../src/terms/morphology/index.js';

const sampleForms = readFileSync(new URL('../../fixtures/terms/ud-sample/en.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\t')[0]);

describe('lemmaKey (en)', () => {
  it.each([
    ['power', 'power'],
    ['Powers', 'power'],
    ['societies', 'society'],
    ['relations', 'relation'],
    ['branches', 'branch'],
    ['women', 'woman'],
    ['criteria', 'criterion'],
    ['leaves', 'leaf'],
    // Mass nouns stay as a terminologist writes them.
    ['data', 'data'],
    // Plurals that are words of their own keep their form (not mean, good, arm, specie).
    ['means', 'means'],
    ['goods', 'goods'],
    ['arms', 'arms'],
    ['species', 'species'],
    // -ing nouns read as nouns; participles used as adjectives keep their form.
    ['building', 'building'],
    ['learning', 'learning'],
    ['applied', 'applied'],
    // Unknown regular plurals are singularised.
    ['audiobooks', 'audiobook'],
    ['nanoparticles', 'nanoparticle'],
    // Comparatives go to the positive degree.
    ['better', 'good'],
    ['earlier', 'early'],
    // British spellings are kept.
    ['organisations', 'organisation'],
    ['neighbourhoods', 'neighbourhood'],
    // Verbs in finite forms: the base form.
    ['was', 'be'],
    ['bought', 'buy'],
  ])('%s → %s', (form, key) => {
    expect(lemmaKey(form, 'en')).toBe(key);
  });

  it('is idempotent on its own keys', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sampleForms), (form) => {
        const key = lemmaKey(form, 'en');
        return lemmaKey(key, 'en') === key;
      }),
      { numRuns: 300 },
    );
  });
});
