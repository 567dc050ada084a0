import type { LexicalMatch } from './lexical-match.js';
import type { LengthModel } from './length-constants.js';

/**
 * Weights of the evidence in a pair cost (in nats). Tuned on ntrex-dev with `npm run eval -- --only align`
 * (a coarse grid over these three values; the figures change little within ±25 % of them).
 */
export const PAIR_WEIGHTS = {
  /** Multiplies the Gale–Church length cost. */
  length: 1,
  /** Multiplies the lexical similarity (in [0, 1]). */
  lexical: 6,
  /** Subtracted for every linked pair of groups: the gain of explaining two groups as translations. */
  link: 1,
};

/**
 * Cost of pairing group A = units [i0, i1) with group B = units [j0, j1) of one language pair (both non-empty),
 * lower is better: weighted Gale–Church length cost minus weighted lexical similarity minus the link gain.
 */
export interface PairScorer {
  readonly sizeA: number;
  readonly sizeB: number;
  cost(i0: number, i1: number, j0: number, j1: number): number;
  /** Lexical similarity in [0, 1]: 2·matched ÷ (linkable A + linkable B + 1). */
  lexical(i0: number, i1: number, j0: number, j1: number): number;
  /** Gale–Church length cost (−log of the two-sided tail probability of the length difference). */
  lengthCost(i0: number, i1: number, j0: number, j1: number): number;
}

/** Builds the scorer of a language pair from unit lengths, the pair's length model and its lexical matcher. */
export function makePairScorer(
  lengthsA: readonly number[],
  lengthsB: readonly number[],
  model: LengthModel,
  match: LexicalMatch,
  weights = PAIR_WEIGHTS,
): PairScorer {
  const prefixA = prefixSums(lengthsA);
  const prefixB = prefixSums(lengthsB);
  const linkA = prefixSums(lengthsA.map((_, i) => match.linkable(0, i)));
  const linkB = prefixSums(lengthsB.map((_, j) => match.linkable(1, j)));
  const lexical = (i0: number, i1: number, j0: number, j1: number): number => {
    let matched = 0;
    for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) matched += match.cell(i, j);
    return (2 * matched) / (linkA[i1] - linkA[i0] + linkB[j1] - linkB[j0] + 1);
  };
  const lengthCost = (i0: number, i1: number, j0: number, j1: number): number =>
    galeChurchCost(prefixA[i1] - prefixA[i0], prefixB[j1] - prefixB[j0], model);
  return {
    sizeA: lengthsA.length,
    sizeB: lengthsB.length,
    lexical,
    lengthCost,
    cost: (i0, i1, j0, j1) =>
      weights.length * lengthCost(i0, i1, j0, j1) - weights.lexical * lexical(i0, i1, j0, j1) - weights.link,
  };
}

function prefixSums(values: readonly number[]): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) out[i + 1] = out[i] + values[i];
  return out;
}

/** Upper bound of a length cost: beyond it the two groups are simply not translations by length. */
const MAX_LENGTH_COST = 25;

/**
 * Gale–Church (1993) length cost of pairing la characters with lb characters: δ = (lb − c·la) ÷ √(s²·m) with
 * m the mean of la and lb ÷ c (symmetric in the two sides), cost = −log 2·(1 − Φ(|δ|)).
 */
export function galeChurchCost(la: number, lb: number, model: LengthModel): number {
  const mean = (la + lb / model.ratio) / 2;
  if (mean <= 0) return 0;
  const delta = (lb - model.ratio * la) / Math.sqrt(model.variance * mean);
  const tail = erfc(Math.abs(delta) / Math.SQRT2);
  return tail <= 0 ? MAX_LENGTH_COST : Math.min(MAX_LENGTH_COST, -Math.log(tail));
}

/** Complementary error function (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
          t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}
