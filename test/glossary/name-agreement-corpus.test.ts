// A name's canonical form decided by the two Cyrillic texts together, on two real NTREX documents aligned by the
// real aligner and given terms by the real terms stage: the Russian texts write the indeclinable `Палу`, which the
// Russian morphology lemmatises as `пал`; the Kazakh texts inflect `Палу` (`Палуға`, `Палудағы`).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/model/index.js';
import type { AlignedDocument } from '../../src/align/types.js';
import { alignUnits } from '../../src/align/index.js';
import { extractTerms } from '../../src/terms/index.js';
import { russianLemmaKey } from '../../src/terms/morphology/ru/index.js';
import { buildGlossary, type GlossaryDocument } from '../../src/glossary/index.js';
import type { Glossary } from '../../src/glossary/types.js';

const FIXTURES = path.resolve('test/fixtures/glossary/palu-two-documents');
const ignore = () => {};

function readDocument(id: string): GlossaryDocument {
  const units = Object.fromEntries(
    LANGS.map((lang) => [lang, readFileSync(path.join(FIXTURES, id, `${lang}.txt`), 'utf8').split('\n').filter((line) => line.trim())]),
  ) as Record<Lang, string[]>;
  const aligned: AlignedDocument = {
    kind: 'aligned-document',
    schemaVersion: 1,
    id,
    file: `${id}.txt`,
    languages: [...LANGS],
    sections: [
      {
        kind: 'abstract',
        sentences: Object.fromEntries(
          LANGS.map((lang) => [lang, units[lang].map((text) => ({ text, range: { start: 0, end: text.length }, paragraph: 0 }))]),
        ) as AlignedDocument['sections'][number]['sentences'],
        beads: alignUnits(units),
      },
    ],
  };
  return { aligned, terms: extractTerms(aligned, ignore) };
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
