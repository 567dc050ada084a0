// The speed-ups of the searches rest on invariants that these tests pin down: the cost bound that lets a search
// skip token matching never exceeds the cost, the lexicon learned over token ids is the one learned over stems,
// and memoised transliteration gives what a fresh computation gives.
import { describe, expect, it } from 'vitest';
import { findCognates } from '../../src/align/find-cognates.js';
import { learnLexicon, learnLexiconIds, LEXICON_MIN_COUNT, LEXICON_MIN_DICE } from '../../src/align/learn-lexicon.js';
import { lengthModel } from '../../src/align/length-constants.js';
import { internTokens, lexicalMatchOf } from '../../src/align/lexical-match.js';
import { makePairScorer, PAIR_WEIGHTS, scalePairWeights } from '../../src/align/score-pair.js';
import { consonantSkeleton, romanize } from '../../src/align/transliterate.js';
import { unitFeatures } from '../../src/align/unit-features.js';
import { SENTENCES } from './parallel-sentences.js';

const en = SENTENCES.en.map((text) => unitFeatures(text, 'en'));
const kk = SENTENCES.kk.map((text) => unitFeatures(text, 'kk'));

/** The en–kk pair scorer of the fixture with every weight scaled by `scale`. */
function scorerAt(scale: number, links: ReturnType<typeof findCognates>) {
  const weights = scalePairWeights(PAIR_WEIGHTS, scale);
  return makePairScorer(
    en.map((f) => f.length),
    kk.map((f) => f.length),
    lengthModel('en', 'kk'),
    lexicalMatchOf(internTokens(en), internTokens(kk), links),
    weights,
  );
}

describe('PairScorer.costBound', () => {
  it('never exceeds the cost of any bead of up to three units a side, at any weights', () => {
    const links = findCognates(en, kk);
    for (const scale of [1, 1.2, 0.7]) {
      const scorer = scorerAt(scale, links);
      let checked = 0;
      for (let i1 = 0; i1 <= en.length; i1++) {
        for (let j1 = 0; j1 <= kk.length; j1++) {
          for (let x = 0; x <= Math.min(3, i1); x++) {
            for (let y = 0; y <= Math.min(3, j1); y++) {
              if (x + y === 0) continue;
              const bound = scorer.costBound!(i1 - x, i1, j1 - y, j1);
              const cost = scorer.cost(i1 - x, i1, j1 - y, j1);
              expect(bound).toBeLessThanOrEqual(cost);
              // With one side empty there is nothing to match: the bound is the cost.
              if (x === 0 || y === 0) expect(bound).toBe(cost);
              checked++;
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(500);
    }
  });
});

describe('PairScorer.costUnlessBeaten', () => {
  it('gives the cost exactly when the bound test passes, and NaN when it fails, as costBound and cost apart do', () => {
    const links = findCognates(en, kk);
    const scorer = scorerAt(1, links);
    const io = new Float64Array(3);
    const into = new Float64Array(2);
    let passed = 0;
    let failed = 0;
    for (let i1 = 1; i1 <= en.length; i1++) {
      for (let j1 = 1; j1 <= kk.length; j1++) {
        for (let x = 1; x <= Math.min(3, i1); x++) {
          for (let y = 1; y <= Math.min(3, j1); y++) {
            const bound = scorer.costBound!(i1 - x, i1, j1 - y, j1);
            const cost = scorer.cost(i1 - x, i1, j1 - y, j1);
            scorer.costInto!(into, 0, i1 - x, i1, j1 - y, j1);
            scorer.costBoundInto!(into, 1, i1 - x, i1, j1 - y, j1);
            expect([into[0], into[1]]).toEqual([cost, bound]);
            // A best just above, at and below the bound of the bead after a previous cost of 3 and a prior of 1.
            for (const best of [3 + (1 + bound) + 0.5, 3 + (1 + bound), 3 + (1 + bound) - 0.5]) {
              io.set([3, 1, best]);
              scorer.costUnlessBeaten!(io, i1 - x, i1, j1 - y, j1);
              if (3 + (1 + bound) >= best) {
                expect(io[0]).toBeNaN();
                failed++;
              } else {
                expect(io[0]).toBe(cost);
                passed++;
              }
            }
          }
        }
      }
    }
    expect(passed).toBeGreaterThan(100);
    expect(failed).toBeGreaterThan(100);
  });
});

describe('LexicalMatch.matched', () => {
  it('counts a group as a matcher that sees the group for the first time does (memoised cells and their sums)', () => {
    const links = findCognates(en, kk);
    const tableA = internTokens(en);
    const tableB = internTokens(kk);
    const shared = lexicalMatchOf(tableA, tableB, links);
    let matching = 0;
    for (let i1 = 1; i1 <= en.length; i1++) {
      for (let j1 = 1; j1 <= kk.length; j1++) {
        for (let x = 1; x <= Math.min(3, i1); x++) {
          for (let y = 1; y <= Math.min(3, j1); y++) {
            const fresh = lexicalMatchOf(tableA, tableB, links).matched(i1 - x, i1, j1 - y, j1);
            expect(shared.matched(i1 - x, i1, j1 - y, j1)).toBe(fresh);
            if (fresh > 0) matching++;
          }
        }
      }
    }
    expect(matching).toBeGreaterThan(50);
  });
});

describe('PairScorer.tilingBound', () => {
  it('never exceeds the cost of any tiling of up to three units a side into two or more both-sided parts', () => {
    const links = findCognates(en, kk);
    type Part = [number, number, number, number];
    /** Every tiling of units [i0, i1) × [j0, j1) into consecutive parts with units on both sides. */
    const tilings = (i0: number, i1: number, j0: number, j1: number): Part[][] => {
      if (i0 === i1 && j0 === j1) return [[]];
      const out: Part[][] = [];
      for (let p = i0 + 1; p <= i1; p++) {
        for (let q = j0 + 1; q <= j1; q++) {
          // A part ending on one side's last unit must end on the other's too.
          if ((p === i1) !== (q === j1)) continue;
          for (const rest of tilings(p, i1, q, j1)) out.push([[i0, p, j0, q], ...rest]);
        }
      }
      return out;
    };
    for (const [scale, extra] of [[1, 2], [1.2, 2], [1, 0], [0.7, 3]]) {
      const scorer = scorerAt(scale, links);
      let checked = 0;
      for (let i1 = 2; i1 <= en.length; i1++) {
        for (let j1 = 2; j1 <= kk.length; j1++) {
          for (let x = 2; x <= Math.min(3, i1); x++) {
            for (let y = 2; y <= Math.min(3, j1); y++) {
              const bound = scorer.tilingBound!(i1 - x, i1, j1 - y, j1, Math.min(x, y), extra);
              for (const parts of tilings(i1 - x, i1, j1 - y, j1)) {
                if (parts.length < 2) continue;
                const cost = parts.reduce((sum, [a0, a1, b0, b1]) => sum + scorer.cost(a0, a1, b0, b1), extra * (parts.length - 1));
                expect(bound).toBeLessThanOrEqual(cost);
                checked++;
              }
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(100);
    }
  });
});

describe('learnLexiconIds', () => {
  it('learns over ids what learnLexicon learns over stems', () => {
    // Groups where "parliament" co-occurs with its Kazakh stem in every group, and noise words once.
    const evidence = [0, 1, 4, 6].map((i) => ({ a: [en[i]], b: [kk[i]] }));
    evidence.push({ a: [unitFeatures('The parliament met.', 'en')], b: [unitFeatures('Парламент жиналды.', 'kk')] });
    evidence.push({ a: [unitFeatures('The parliament voted.', 'en')], b: [unitFeatures('Парламент дауыс берді.', 'kk')] });
    const byStem = learnLexicon(evidence);
    expect(byStem.map(([a, b]) => `${a}=${b}`)).toContain('parliament=парламент');
    const idsA = new Map<string, number>();
    const idsB = new Map<string, number>();
    const ids = (units: typeof en, vocabulary: Map<string, number>): Int32Array =>
      Int32Array.from(
        new Set(
          units.flatMap((unit) =>
            unit.words.filter((w) => w.stem.length >= 3).map((w) => vocabulary.get(w.stem) ?? vocabulary.set(w.stem, vocabulary.size).get(w.stem)!),
          ),
        ),
      );
    const groups = evidence.map((group) => [ids(group.a, idsA), ids(group.b, idsB)] as const);
    const stemsA = [...idsA.keys()];
    const stemsB = [...idsB.keys()];
    const byId = learnLexiconIds(groups, idsA.size, idsB.size).map(([a, b]) => `${stemsA[a]}=${stemsB[b]}`);
    expect(byId.sort()).toEqual(byStem.map(([a, b]) => `${a}=${b}`).sort());
  });

  it('keeps exactly the pairs that reach the minimum count and Dice coefficient', () => {
    // Stem 0 of A occurs in groups 0–4; stems of B with various co-occurrence counts and frequencies.
    const groups: Array<readonly [Int32Array, Int32Array]> = [];
    const b = [[0, 1, 2], [0, 1], [0, 1], [0, 3], [0, 3], [2], [2], [2], [2], [3]];
    b.forEach((ids, g) => groups.push([Int32Array.from(g < 5 ? [0] : [1]), Int32Array.from(ids)]));
    const links = learnLexiconIds(groups, 2, 4);
    const expected: string[] = [];
    const frequencyA = [5, 5];
    const frequencyB = [0, 0, 0, 0].map((_, id) => b.filter((ids) => ids.includes(id)).length);
    for (let idA = 0; idA < 2; idA++) {
      for (let idB = 0; idB < 4; idB++) {
        const count = b.filter((ids, g) => (g < 5 ? 0 : 1) === idA && ids.includes(idB)).length;
        const dice = (2 * count) / (frequencyA[idA] + frequencyB[idB]);
        if (count >= LEXICON_MIN_COUNT && dice >= LEXICON_MIN_DICE) expected.push(`${idA}-${idB}`);
      }
    }
    expect(links.map(([x, y]) => `${x}-${y}`).sort()).toEqual(expected.sort());
    expect(expected).toContain('0-0');
  });
});

describe('memoised transliteration', () => {
  it('gives the same romanisation and skeleton on a second call, and decomposes й and ё as a whole word would', () => {
    for (const word of ['Қазақстанның', 'Дейли', 'йогурт', 'ёлка', 'Kazakhstan', 'Éire']) {
      const first = consonantSkeleton(romanize(word));
      expect(consonantSkeleton(romanize(word))).toBe(first);
      let fresh = '';
      for (const ch of word.toLowerCase().normalize('NFD')) {
        const mapped = romanize(ch);
        fresh += mapped;
      }
      expect(romanize(word)).toBe(fresh);
    }
    expect(romanize('йогурт')).toBe('iogurt');
    expect(romanize('ёлка')).toBe('elka');
  });
});
