// A name's canonical form decided by the two Cyrillic texts together, on two real NTREX documents aligned by the
// real aligner and given terms by the real terms stage: the Russian texts write the indeclinable `Палу`, which the
// Russian morphology lemmatises as `пал`; the Kazakh texts inflect `Палу` (`Палуға`, `Палудағы`).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { presegDocument } from '../../pipeline/eval/glossary.js';
import { russianLemmaKey } from '../../src/terms/morphology/ru/index.js';
import { buildGlossary, type GlossaryDocument } from '../../src/glossary/index.js';
import type { Glossary } from '../../src/glossary/types.js';

const FIXTURES = path.resolve('test/fixtures/glossary/palu-two-documents');
const ignore = () => {};

function readDocument(id: string): GlossaryDocument {
  return presegDocument(path.join(FIXTURES, id), id);
}

let glossary: Glossary;

beforeAll(() => {
  const ids = readdirSync(FIXTURES).filter((name) => !name.endsWith('.md')).sort();
  expect(ids).toHaveLength(2);
  glossary = buildGlossary(ids.map(readDocument), ignore);
});

describe('names agreed between the Kazakh and Russian texts', () => {
  it('gives the Russian side the name both texts write, not the lemma the morphology guessed', () => {
    // The premise: alone, the Russian morphology takes Палу for a case form of пал.
    expect(russianLemmaKey('палу')).toBe('пал');
    const palu = glossary.entries.find((entry) => entry.en?.term === 'Palu');
    expect(palu?.kk?.term).toBe('Палу');
    expect(palu?.ru?.term).toBe('Палу');
    expect(palu?.documents).toEqual(['euronews-en.153797', 'nytimes.184837']);
  });

  it('keeps names the lemmatisers already got right', () => {
    const indonesia = glossary.entries.find((entry) => entry.en?.term === 'Indonesia');
    expect([indonesia?.kk?.term, indonesia?.ru?.term]).toEqual(['Индонезия', 'Индонезия']);
  });
});
