// Words that are no terms kept out of real glossaries: temporal expressions in English and Kazakh verbs in the
// conditional mood, on real NTREX dev documents (the hand-made gold fixtures of test/fixtures/glossary-gold/,
// CC BY-SA 4.0, README there), each document's glossary built alone as the eval builds it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { presegDocument } from '../../pipeline/eval/glossary.js';
import type { Lang } from '../../src/model/index.js';
import { buildGlossary } from '../../src/glossary/index.js';
import type { Glossary, GlossaryEntry } from '../../src/glossary/types.js';

const FIXTURES = path.resolve('test/fixtures/glossary-gold');

function glossaryOf(task: string): Glossary {
  return buildGlossary([presegDocument(path.join(FIXTURES, task), task)], () => {});
}

const term = (entry: GlossaryEntry, lang: Lang) => entry[lang]?.term.toLowerCase() ?? null;
const terms = (glossary: Glossary, lang: Lang) => glossary.entries.map((entry) => term(entry, lang)).filter((t) => t !== null);

describe('temporal expressions make no entry', () => {
  it('has no "March" or "end of March" in the Brexit article, whose subject terms stay', () => {
    const glossary = glossaryOf('ntrex-bbc.381680');
    const english = terms(glossary, 'en');
    expect(english).not.toContain('march');
    expect(english).not.toContain('end of march');
    expect(english).toEqual(expect.arrayContaining(['border', 'carmaker', 'plant']));
  });

  it('has no "month" in the North Korea article ("this month")', () => {
    expect(terms(glossaryOf('ntrex-reuters.218861'), 'en')).not.toContain('month');
  });
});

describe('Kazakh conditional verbs make no entry', () => {
  const glossary = glossaryOf('ntrex-reuters.218861');

  it('renders trust by сенім, not by the verb after it ("сенім болмаса", "if there is no trust")', () => {
    const trust = glossary.entries.filter((entry) => term(entry, 'en') === 'trust');
    expect(trust.map((entry) => [term(entry, 'kk'), term(entry, 'ru')])).toEqual([['сенім', 'доверие']]);
    expect(terms(glossary, 'kk').filter((t) => t.includes('болмаса'))).toEqual([]);
  });
});
