// The ranking counts a term's own use: a term seen only inside longer terms ("leader" in "US leader", "Korean
// leader"…) is attested as an entry of its own by fewer beads than a term seen as often on its own.
import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../src/glossary/index.js';
import { recurrentOwnUse } from '../../src/glossary/render-entries.js';
import { scoreCValue } from '../../src/terms/score-c-value.js';
import type { GlossaryDocument } from '../../src/glossary/index.js';
import { makeDocument } from './make-documents.js';

const ignore = () => {};

/** The document with each candidate's termhood as the terms stage gives it (C-value), not the fixed 1. */
function withCValues(document: GlossaryDocument): GlossaryDocument {
  for (const lang of ['en', 'kk', 'ru'] as const) {
    const candidates = document.terms.candidates.filter((c) => c.lang === lang);
    const scores = scoreCValue(candidates.map((c) => ({ wordKeys: c.key.split(' '), frequency: c.frequency })));
    candidates.forEach((c, i) => (c.score = scores[i]));
  }
  return document;
}

describe('the ranking by own use', () => {
  const doc = withCValues(
    makeDocument('d1', [
      { en: ['US leader', 'leader'], kk: ['америкалық басшы', 'басшы'], ru: ['лидер США=лидер сша', 'лидер'] },
      { en: ['Korean leader=korean leader', 'leader'], kk: ['корей басшы', 'басшы'], ru: ['корейский лидер', 'лидер'] },
      { en: ['party leader', 'leader'], kk: ['партия басшы', 'басшы'], ru: ['лидер партии=лидер партия', 'лидер'] },
      { en: ['sanction'], kk: ['санкция'], ru: ['санкция'] },
      { en: ['sanction'], kk: ['санкция'], ru: ['санкция'] },
      { en: ['sanction'], kk: ['санкция'], ru: ['санкция'] },
    ]),
  );
  const glossary = buildGlossary([doc], ignore);
  const entry = (en: string) => glossary.entries.find((e) => e.en?.term === en);

  it('ranks a term used on its own above one as frequent that is always part of longer terms', () => {
    expect(entry('sanction')?.score).toBeCloseTo(0.75, 3);
    expect(entry('leader')).toBeDefined();
    expect(entry('leader')!.score).toBeLessThan(entry('sanction')!.score);
    expect(glossary.entries.indexOf(entry('sanction')!)).toBeLessThan(glossary.entries.indexOf(entry('leader')!));
  });
});

describe('the ranking by recurrence within documents', () => {
  it('counts a term met once in each of many documents as attested once, a term that recurs in one in full', () => {
    expect(recurrentOwnUse(7, 7)).toBe(1);
    expect(recurrentOwnUse(8, 1)).toBe(8);
    expect(recurrentOwnUse(22, 6)).toBe(17);
    expect(recurrentOwnUse(0.5, 3)).toBe(0.5);
  });

  it('ranks a term that recurs in one document above a term as frequent spread over four', () => {
    const documents = [1, 2, 3, 4].map((n) =>
      withCValues(
        makeDocument(`d${n}`, [
          { en: ['September'], kk: ['қыркүйек'], ru: ['сентябрь'] },
          ...(n === 1 ? Array.from({ length: 4 }, () => ({ en: ['sanction'], kk: ['санкция'], ru: ['санкция'] })) : []),
        ]),
      ),
    );
    const glossary = buildGlossary(documents, ignore);
    const rank = (en: string) => glossary.entries.findIndex((e) => e.en?.term === en);
    expect(rank('September')).toBeGreaterThan(-1);
    expect(rank('sanction')).toBeGreaterThan(-1);
    expect(rank('sanction')).toBeLessThan(rank('September'));
    expect(glossary.entries[rank('September')].score).toBeCloseTo(0.5, 3);
  });
});
