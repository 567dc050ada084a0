import { describe, expect, it } from 'vitest';
import { scoreLexemeGrouping, type LemmaGoldRow } from '../../../../src/terms/morphology/kk/index.js';

const row = (form: string, lemma: string, count = 1): LemmaGoldRow => ({ form, lemma, upos: 'NOUN', count });

describe('scoreLexemeGrouping', () => {
  const rows = [row('билік', 'билік', 3), row('биліктің', 'билік'), row('билігі', 'билік'), row('би', 'би'), row('биі', 'би')];

  it('scores a perfect key 1 on every figure', () => {
    const gold = new Map(rows.map((r) => [r.form, r.lemma]));
    const score = scoreLexemeGrouping(rows, (form) => gold.get(form)!);
    expect(score).toMatchObject({ forms: 5, goldPairs: 4, systemPairs: 4, correctPairs: 4, precision: 1, recall: 1, f1: 1, lemmaAccuracy: 1 });
  });

  it('gives no-stemming perfect precision and zero recall', () => {
    const score = scoreLexemeGrouping(rows, (form) => form);
    expect(score.systemPairs).toBe(0);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(0);
    expect(score.f1).toBe(0);
    expect(score.lemmaAccuracy).toBeCloseTo(2 / 5);
  });

  it('counts over-merging against precision', () => {
    // A two-letter truncation merges би and билік: 10 system pairs, of which the 4 gold pairs.
    const score = scoreLexemeGrouping(rows, (form) => form.slice(0, 2));
    expect(score.systemPairs).toBe(10);
    expect(score.correctPairs).toBe(4);
    expect(score.precision).toBeCloseTo(0.4);
    expect(score.recall).toBe(1);
  });

  it('weights token accuracy by count and accepts any gold lemma of an ambiguous form', () => {
    const ambiguous = [row('жазды', 'жаз', 1), row('жазды', 'жазды', 1), row('жаз', 'жаз', 2)];
    const score = scoreLexemeGrouping(ambiguous, (form) => (form === 'жазды' ? 'жазды' : form));
    expect(score.forms).toBe(2);
    expect(score.lemmaAccuracy).toBe(1);
    expect(score.goldPairs).toBe(1);
    expect(score.tokenLemmaAccuracy).toBe(1);
  });
});
