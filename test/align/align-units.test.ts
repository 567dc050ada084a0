import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignUnits } from '../../src/align/index.js';
import type { Bead, Lang } from '../../src/model/index.js';
import { drop, insert, merge, SENTENCES } from './parallel-sentences.js';

const { en, kk, ru } = SENTENCES;

/** Beads as `en|kk|ru` index strings, for readable expectations. */
function shapes(beads: readonly Bead[]): string[] {
  return beads.map((bead) => [bead.en, bead.kk, bead.ru].map((side) => side.join(',')).join('|'));
}

function diagonal(from: number, to: number, shift: Partial<Record<Lang, number>> = {}): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) out.push([i + (shift.en ?? 0), i + (shift.kk ?? 0), i + (shift.ru ?? 0)].join('|'));
  return out;
}

describe('alignUnits: bead shapes', () => {
  it('pairs parallel sentences one to one (1-1-1)', () => {
    const beads = alignUnits({ en, kk, ru });
    expect(shapes(beads)).toEqual(diagonal(0, 8));
    for (const bead of beads) {
      expect(bead.score).toBeGreaterThanOrEqual(0.5);
      expect(bead.flags).toEqual([]);
    }
  });

  it('puts two English sentences against one merged Kazakh unit (2-1-2 seen from Kazakh: 1-2-1 reversed)', () => {
    const beads = alignUnits({ en, kk: merge(kk, 4), ru });
    expect(shapes(beads)).toEqual([...diagonal(0, 4), '4,5|4|4,5', ...diagonal(6, 8, { kk: -1 })]);
  });

  it('pulls the other languages into a bead when one language merges (1-2-1 and 2-1-1)', () => {
    expect(shapes(alignUnits({ en: merge(en, 2), kk, ru }))).toEqual([...diagonal(0, 2), '2|2,3|2,3', ...diagonal(4, 8, { en: -1 })]);
    expect(shapes(alignUnits({ en, kk: merge(kk, 2), ru: merge(ru, 2) }))).toEqual([
      ...diagonal(0, 2),
      '2,3|2|2',
      ...diagonal(4, 8, { kk: -1, ru: -1 }),
    ]);
  });

  it('leaves a missing Russian sentence empty on that side (1-1-0) and flags nothing else', () => {
    const beads = alignUnits({ en, kk, ru: drop(ru, 3) });
    expect(shapes(beads)).toEqual([...diagonal(0, 3), '3|3|', ...diagonal(4, 8, { ru: -1 })]);
  });

  it('leaves a missing English sentence empty on that side (0-1-1)', () => {
    const beads = alignUnits({ en: drop(en, 6), kk, ru });
    expect(shapes(beads)).toEqual([...diagonal(0, 6), '|6|6', ...diagonal(7, 8, { en: -1 })]);
  });

  it('keeps a stray fragment in its own bead (0-0-1), flagged unpaired', () => {
    const beads = alignUnits({ en, kk, ru: insert(ru, 3, 'является формирова-ние.') });
    expect(shapes(beads)).toEqual([...diagonal(0, 3), '||3', ...diagonal(3, 8, { ru: 1 })]);
    const fragment = beads[3];
    expect(fragment.flags).toContain('unpaired');
  });

  it('keeps an English-only sentence in its own bead (1-0-0)', () => {
    const extra = 'The photograph shows the building at night.';
    const beads = alignUnits({ en: insert(en, 5, extra), kk, ru });
    expect(shapes(beads)).toContain('5||');
    expect(beads.find((bead) => bead.en.includes(5))!.flags).toContain('unpaired');
  });

  it('handles two merges in different languages at once (2-2-1 and 1-2-2)', () => {
    const beads = alignUnits({ en, kk: merge(kk, 0), ru: merge(ru, 6) });
    expect(shapes(beads)).toEqual(['0,1|0|0,1', ...diagonal(2, 6, { kk: -1 }), '6,7|5,6|6']);
  });
});

describe('alignUnits: languages present', () => {
  it('aligns two languages when only two are given', () => {
    const beads = alignUnits({ en: drop(en, 1), ru });
    expect(beads.map((bead) => [bead.en.join(','), bead.ru.join(',')].join('|'))).toEqual([
      '0|0',
      '|1',
      '1|2',
      '2|3',
      '3|4',
      '4|5',
      '5|6',
      '6|7',
    ]);
    for (const bead of beads) expect(bead.kk).toEqual([]);
  });

  it('scores clean two-language beads high and flags an unpaired unit (posterior-based confidence)', () => {
    const beads = alignUnits({ en: drop(en, 1), ru });
    for (const bead of beads.filter((b) => b.en.length > 0)) expect(bead.score).toBeGreaterThanOrEqual(0.9);
    const lone = beads.find((bead) => bead.en.length === 0)!;
    expect(lone.flags).toContain('unpaired');
  });

  it('aligns Kazakh with Russian without English', () => {
    const beads = alignUnits({ kk: merge(kk, 4), ru });
    expect(beads.map((bead) => [bead.kk.join(','), bead.ru.join(',')].join('|'))).toContain('4|4,5');
  });

  it('passes one language through, a bead per unit', () => {
    const beads = alignUnits({ kk });
    expect(beads).toHaveLength(8);
    beads.forEach((bead, i) => expect([bead.en, bead.kk, bead.ru]).toEqual([[], [i], []]));
  });

  it('treats an empty section as absent', () => {
    expect(alignUnits({})).toEqual([]);
    expect(alignUnits({ en: [], kk: [], ru: [] })).toEqual([]);
    const beads = alignUnits({ en, kk: [], ru });
    expect(shapes(beads)).toEqual(diagonal(0, 8, { kk: NaN }).map((s) => s.replace('|NaN|', '||')));
  });
});

describe('alignUnits: invariants', () => {
  const unit = fc
    .array(fc.constantFrom('власть', 'билік', 'power', 'state', '1995', 'Астана', 'қала', 'city', 'and', 'және', 'и', '.', '«', '»'), {
      minLength: 0,
      maxLength: 12,
    })
    .map((words) => words.join(' '));
  const side = fc.array(unit, { minLength: 0, maxLength: 25 });

  it('puts every unit of every language in exactly one bead, in order', () => {
    fc.assert(
      fc.property(side, side, side, fc.boolean(), (enUnits, kkUnits, ruUnits, withSeeds) => {
        const input = { en: enUnits, kk: kkUnits, ru: ruUnits };
        const beads = alignUnits(input, withSeeds ? { seedPairs: [{ en: 'power', kk: 'билік', ru: 'власть' }] } : {});
        for (const lang of ['en', 'kk', 'ru'] as const) {
          const seen = beads.flatMap((bead) => bead[lang]);
          expect(seen).toEqual(input[lang].map((_, i) => i));
        }
        for (const bead of beads) {
          expect(bead.en.length + bead.kk.length + bead.ru.length).toBeGreaterThan(0);
          expect(bead.score).toBeGreaterThanOrEqual(0);
          expect(bead.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('does the same for the pivot and length-only baselines', () => {
    fc.assert(
      fc.property(side, side, side, fc.constantFrom('pivot' as const, 'length' as const), (enUnits, kkUnits, ruUnits, method) => {
        const input = { en: enUnits, kk: kkUnits, ru: ruUnits };
        const beads = alignUnits(input, { method });
        for (const lang of ['en', 'kk', 'ru'] as const) expect(beads.flatMap((bead) => bead[lang])).toEqual(input[lang].map((_, i) => i));
      }),
      { numRuns: 100 },
    );
  });
});
