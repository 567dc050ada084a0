import { describe, expect, it } from 'vitest';
import { evaluateGrouping, parseGoldLemmaTable, type GoldLemmaRow } from '../../src/terms/evaluate-grouping.js';

// Six forms of three lexemes, one of them a homograph (стали: сталь and стать).
const rows: GoldLemmaRow[] = [
  { form: 'власть', lemma: 'власть', upos: 'NOUN', count: 3 },
  { form: 'власти', lemma: 'власть', upos: 'NOUN', count: 5 },
  { form: 'властью', lemma: 'власть', upos: 'NOUN', count: 1 },
  { form: 'сталь', lemma: 'сталь', upos: 'NOUN', count: 1 },
  { form: 'стали', lemma: 'сталь', upos: 'NOUN', count: 1 },
  { form: 'стали', lemma: 'стать', upos: 'VERB', count: 2 },
  { form: 'стать', lemma: 'стать', upos: 'VERB', count: 1 },
];

describe('evaluateGrouping', () => {
  it('scores a perfect lemmatiser as 1 everywhere', () => {
    const gold = new Map([['власть', 'власть'], ['власти', 'власть'], ['властью', 'власть'], ['сталь', 'сталь'], ['стали', 'сталь'], ['стать', 'стать']]);
    const score = evaluateGrouping(rows.filter((r) => r.upos === 'NOUN'), (form) => gold.get(form) ?? form);
    expect(score.forms).toBe(5);
    expect(score.goldPairs).toBe(4); // 3 pairs of власть forms + сталь/стали
    expect(score.pairwise).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(score.bcubed.f1).toBe(1);
    expect(score.lemmaAccuracy).toBe(1);
  });

  it('gives no-stemming full precision, zero recall and lemma accuracy on forms equal to their lemma', () => {
    const score = evaluateGrouping(rows.filter((r) => r.upos === 'NOUN'), (form) => form);
    expect(score.systemPairs).toBe(0);
    expect(score.pairwise.precision).toBe(1);
    expect(score.pairwise.recall).toBe(0);
    expect(score.pairwise.f1).toBe(0);
    expect(score.lemmaAccuracy).toBeCloseTo(2 / 5);
  });

  it('counts a homograph as a gold pair with the forms of each of its lemmas', () => {
    // Over all rows, стали pairs with сталь (lemma сталь) and with стать (lemma стать).
    const score = evaluateGrouping(rows, (form) => (form.startsWith('вла') ? 'власть' : 'ста'));
    expect(score.goldPairs).toBe(3 + 2);
    // System pairs among ста-forms: сталь/стали, сталь/стать, стали/стать; only сталь/стать is wrong.
    expect(score.systemPairs).toBe(3 + 3);
    expect(score.pairwise.precision).toBeCloseTo(5 / 6);
    expect(score.pairwise.recall).toBe(1);
  });

  it('computes B-cubed per form', () => {
    // Everything in one cluster: precision per form = |gold cluster| / 5 over the NOUN forms.
    const score = evaluateGrouping(rows.filter((r) => r.upos === 'NOUN'), () => 'x');
    expect(score.bcubed.precision).toBeCloseTo((3 * 3 + 2 * 2) / 5 / 5);
    expect(score.bcubed.recall).toBe(1);
  });

  it('folds lemmas before comparing when asked (ё → е)', () => {
    const yo: GoldLemmaRow[] = [{ form: 'ёлки', lemma: 'ёлка', upos: 'NOUN', count: 1 }];
    expect(evaluateGrouping(yo, () => 'елка').lemmaAccuracy).toBe(0);
    expect(evaluateGrouping(yo, () => 'елка', { foldLemma: (l) => l.replace(/ё/g, 'е') }).lemmaAccuracy).toBe(1);
  });
});

describe('parseGoldLemmaTable', () => {
  it('reads rows and reports malformed lines by number', () => {
    const { rows: parsed, bad } = parseGoldLemmaTable('власти\tвласть\tNOUN\t5\n\nбез табуляции\nстали\tсталь\tNOUN\tx\n');
    expect(parsed).toEqual([{ form: 'власти', lemma: 'власть', upos: 'NOUN', count: 5 }]);
    expect(bad).toEqual([3, 4]);
  });
});
