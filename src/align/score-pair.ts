import type { LexicalMatch } from './lexical-match.js';
import type { LengthModel } from './length-constants.js';

/**
 * Weights of the evidence in a pair cost (in nats). Tuned on ntrex-dev with `npm run eval -- --only align`
 * (a coarse grid over these three values; the figures change little within ±25 % of them).
 */
export const PAIR_WEIGHTS = {
  /** Multiplies the Gale–Church length cost. */
  length: 1,
  /** Gain per unit of matched token weight (tokens of one side that find their partner on the other). */
  lexical: 1,
  /** Cost per unit of token weight that has a partner somewhere in the other document but not in this bead. */
  unmatched: 0.5,
  /**
   * Gain of every pair of non-empty groups linked (per bead, not per unit: counted per unit, merging would cost
   * nothing and the search over-merges; measured 0.73 against 0.91 3-way F1 on ntrex-dev).
   */
  link: 4,
  /**
   * Cost per sentence boundary inside a group's units left without a counterpart: a unit holding two sentences
   * (a boundary inside it) paired with a single one-sentence unit has half of it untranslated, however well
   * lengths fit. Counted only up to the boundaries the group holds, so translators' own merges (two sentences made
   * one, with no boundary left) cost nothing.
   */
  breaks: 1,
};

/** Every weight of `weights` multiplied by `scale` (a pair's share in a 3-way search, see `TRIPLE_PAIR_SCALE`). */
export function scalePairWeights(weights: typeof PAIR_WEIGHTS, scale: number): typeof PAIR_WEIGHTS {
  return Object.fromEntries(Object.entries(weights).map(([name, weight]) => [name, weight * scale])) as typeof PAIR_WEIGHTS;
}

/**
 * Cost of pairing group A = units [i0, i1) with group B = units [j0, j1) of one language pair, lower is better.
 * With both groups non-empty: weighted Gale–Church length cost, minus the gain of the matched tokens, plus the cost
 * of linkable tokens left unmatched, minus the link gain. With one group empty: the cost of its linkable tokens,
 * all unmatched. Token evidence is additive (not a ratio per bead), so cutting a bead in two neither creates nor
 * hides evidence, and leaving a unit unpaired is not a way to escape the evidence against a pairing.
 */
export interface PairScorer {
  readonly sizeA: number;
  readonly sizeB: number;
  /** Length of unit i of side A (0) or B (1). */
  unitLength(side: 0 | 1, i: number): number;
  /** Prefix sums of the unit lengths of each side (`[0]` = 0) and the length model: `lengthCost` is
   * `galeChurchCost(prefixA[i1] − prefixA[i0], prefixB[j1] − prefixB[j0], model)`. */
  readonly lengthPrefix: readonly [Float64Array, Float64Array];
  readonly model: LengthModel;
  cost(i0: number, i1: number, j0: number, j1: number): number;
  /**
   * A lower bound of `cost` that needs no token matching: the cost as if every linkable token of the smaller side
   * matched (the exact cost when it is known or cheap). A search skips a bead whose bound already loses.
   */
  costBound?(i0: number, i1: number, j0: number, j1: number): number;
  /** `cost` and `costBound` stored at `out[index]`: a number returned by a call the optimiser does not inline is
   * allocated on the heap, and the searches' memos ask for hundreds of thousands per document. */
  costInto?(out: Float64Array, index: number, i0: number, i1: number, j0: number, j1: number): void;
  costBoundInto?(out: Float64Array, index: number, i0: number, i1: number, j0: number, j1: number): void;
  /**
   * With `io` = [previous, prior, best], stores at `io[0]` the `cost` of groups with units on both sides, or NaN when
   * `previous + (prior + costBound(…)) >= best`: a search's test that the bead cannot win a cell, and the cost when
   * it can, with the length cost worked out once for both (numbers passed in an array for the reason of
   * `costInto`: arguments are allocated as returns are).
   */
  costUnlessBeaten?(io: Float64Array, i0: number, i1: number, j0: number, j1: number): void;
  /**
   * A lower bound, needing no token matching or length, of the cheapest tiling of groups [i0, i1) and [j0, j1)
   * into 2 to `maxParts` consecutive beads with units on both sides, each after the first costing `extraPart`
   * more: as if every linkable token matched, every length fitted and every part earned the link gain.
   */
  tilingBound?(i0: number, i1: number, j0: number, j1: number, maxParts: number, extraPart: number): number;
  /** Lexical similarity in [0, 1]: 2·matched ÷ (linkable A + linkable B + 1) (for confidence, not for search). */
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
  breaksA?: readonly number[],
  breaksB?: readonly number[],
): PairScorer {
  return new LengthAndTokenScorer(lengthsA, lengthsB, model, match, weights, breaksA, breaksB);
}

/**
 * The pair scorer as a class: the searches call its methods millions of times, and methods shared by every
 * instance keep those call sites monomorphic (closures per scorer made the optimiser give up on the searches).
 */
class LengthAndTokenScorer implements PairScorer {
  readonly sizeA: number;
  readonly sizeB: number;
  readonly lengthPrefix: readonly [Float64Array, Float64Array];
  private readonly prefixA: Float64Array;
  private readonly prefixB: Float64Array;
  private readonly linkA: Float64Array;
  private readonly linkB: Float64Array;
  /** Prefix sums of the sentence boundaries inside the units (see `PAIR_WEIGHTS.breaks`). */
  private readonly breaksA: Float64Array;
  private readonly breaksB: Float64Array;

  constructor(
    private readonly lengthsA: readonly number[],
    private readonly lengthsB: readonly number[],
    readonly model: LengthModel,
    private readonly match: LexicalMatch,
    private readonly weights: typeof PAIR_WEIGHTS,
    breaksA: readonly number[] = [],
    breaksB: readonly number[] = [],
  ) {
    this.sizeA = lengthsA.length;
    this.sizeB = lengthsB.length;
    this.prefixA = prefixSums(lengthsA);
    this.prefixB = prefixSums(lengthsB);
    this.lengthPrefix = [this.prefixA, this.prefixB];
    this.linkA = prefixSums(lengthsA.map((_, i) => match.linkable(0, i)));
    this.linkB = prefixSums(lengthsB.map((_, j) => match.linkable(1, j)));
    this.breaksA = prefixSums(lengthsA.map((_, i) => breaksA[i] ?? 0));
    this.breaksB = prefixSums(lengthsB.map((_, j) => breaksB[j] ?? 0));
  }

  /**
   * Weighted sentence boundaries inside one group that the other cannot answer: the groups' sentence counts (units
   * plus inner boundaries) differ, and the larger holds inner boundaries to account for it.
   */
  private breakCost(i0: number, i1: number, j0: number, j1: number): number {
    const innerA = this.breaksA[i1] - this.breaksA[i0];
    const innerB = this.breaksB[j1] - this.breaksB[j0];
    if (innerA === 0 && innerB === 0) return 0;
    const difference = i1 - i0 + innerA - (j1 - j0 + innerB);
    return this.weights.breaks * (difference > 0 ? Math.min(difference, innerA) : Math.min(-difference, innerB));
  }

  unitLength(side: 0 | 1, i: number): number {
    return side === 0 ? this.lengthsA[i] : this.lengthsB[i];
  }

  lexical(i0: number, i1: number, j0: number, j1: number): number {
    const { linkA, linkB } = this;
    return (2 * this.match.matched(i0, i1, j0, j1)) / (linkA[i1] - linkA[i0] + linkB[j1] - linkB[j0] + 1);
  }

  lengthCost(i0: number, i1: number, j0: number, j1: number): number {
    return galeChurchCost(this.prefixA[i1] - this.prefixA[i0], this.prefixB[j1] - this.prefixB[j0], this.model);
  }

  costBound(i0: number, i1: number, j0: number, j1: number): number {
    if (i1 === i0 || j1 === j0) return this.cost(i0, i1, j0, j1);
    const { linkA, linkB, weights } = this;
    const linkable = linkA[i1] - linkA[i0] + linkB[j1] - linkB[j0];
    const lengthOnly = weights.length * this.lengthCost(i0, i1, j0, j1);
    if (lengthOnly >= HOPELESS_LENGTH_COST) return lengthOnly + weights.unmatched * linkable - weights.link;
    const length = lengthOnly + this.breakCost(i0, i1, j0, j1);
    // The cost formula below with the matched weight at its largest possible value (every term of it falls as the
    // matched weight grows, and floating-point rounding keeps that order, so this never exceeds the cost).
    const most = Math.min(linkA[i1] - linkA[i0], linkB[j1] - linkB[j0]);
    return length - weights.lexical * most + weights.unmatched * Math.max(0, linkable - 2 * most) - weights.link;
  }

  costInto(out: Float64Array, index: number, i0: number, i1: number, j0: number, j1: number): void {
    out[index] = this.cost(i0, i1, j0, j1);
  }

  costBoundInto(out: Float64Array, index: number, i0: number, i1: number, j0: number, j1: number): void {
    out[index] = this.costBound(i0, i1, j0, j1);
  }

  costUnlessBeaten(io: Float64Array, i0: number, i1: number, j0: number, j1: number): void {
    // `costBound` and `cost` in one: the same expressions, so the same values.
    const { linkA, linkB, weights } = this;
    const previous = io[0];
    const prior = io[1];
    const best = io[2];
    const linkable = linkA[i1] - linkA[i0] + linkB[j1] - linkB[j0];
    const lengthOnly = weights.length * this.lengthCost(i0, i1, j0, j1);
    if (lengthOnly >= HOPELESS_LENGTH_COST) {
      const hopeless = lengthOnly + weights.unmatched * linkable - weights.link;
      io[0] = previous + (prior + hopeless) >= best ? NaN : hopeless;
      return;
    }
    const length = lengthOnly + this.breakCost(i0, i1, j0, j1);
    const most = Math.min(linkA[i1] - linkA[i0], linkB[j1] - linkB[j0]);
    const bound = length - weights.lexical * most + weights.unmatched * Math.max(0, linkable - 2 * most) - weights.link;
    if (previous + (prior + bound) >= best) {
      io[0] = NaN;
      return;
    }
    const matched = this.match.matched(i0, i1, j0, j1);
    io[0] = length - weights.lexical * matched + weights.unmatched * Math.max(0, linkable - 2 * matched) - weights.link;
  }

  tilingBound(i0: number, i1: number, j0: number, j1: number, maxParts: number, extraPart: number): number {
    const { linkA, linkB, weights } = this;
    const sideA = linkA[i1] - linkA[i0];
    const sideB = linkB[j1] - linkB[j0];
    const most = Math.min(sideA, sideB);
    // The parts' matched weights sum to at most `most`, and each term falls as they grow; lengths cost at least
    // the floor; the link gains less the extra costs are largest with the fewest or the most parts.
    const parts = Math.min(partsFloor(2, weights, extraPart), partsFloor(maxParts, weights, extraPart));
    return -weights.lexical * most + weights.unmatched * (sideA + sideB - 2 * most) + parts;
  }

  cost(i0: number, i1: number, j0: number, j1: number): number {
    const { linkA, linkB, weights } = this;
    const linkable = linkA[i1] - linkA[i0] + linkB[j1] - linkB[j0];
    if (i1 === i0 || j1 === j0) return weights.unmatched * linkable;
    const lengthOnly = weights.length * this.lengthCost(i0, i1, j0, j1);
    // Lengths this far apart lose whatever the words say; skip the token matching (half the searches' cost).
    if (lengthOnly >= HOPELESS_LENGTH_COST) return lengthOnly + weights.unmatched * linkable - weights.link;
    const length = lengthOnly + this.breakCost(i0, i1, j0, j1);
    const matched = this.match.matched(i0, i1, j0, j1);
    return (
      length -
      weights.lexical * matched +
      weights.unmatched * Math.max(0, linkable - 2 * matched) -
      weights.link
    );
  }
}

/** The least length costs less link gains plus extra costs of a tiling into `count` parts (see `tilingBound`). */
function partsFloor(count: number, weights: typeof PAIR_WEIGHTS, extraPart: number): number {
  return count * (weights.length * LENGTH_COST_FLOOR - weights.link) + (count - 1) * extraPart;
}

/** A weighted length cost from which no bead in the dev data recovers (the cap is 25). */
const HOPELESS_LENGTH_COST = 16;

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
  const delta = Math.abs(lb - model.ratio * la) / Math.sqrt(model.variance * mean);
  // The searches ask for millions of costs: read −log 2(1 − Φ(δ)) from a table with linear interpolation.
  const position = delta * TABLE_STEPS_PER_UNIT;
  const index = Math.floor(position);
  if (index >= TAIL_COST_TABLE.length - 1) return MAX_LENGTH_COST;
  const fraction = position - index;
  return TAIL_COST_TABLE[index] * (1 - fraction) + TAIL_COST_TABLE[index + 1] * fraction;
}

/** Exact two-sided tail cost −log 2(1 − Φ(δ)) = −log erfc(δ / √2), capped at `MAX_LENGTH_COST`. */
export function tailCost(delta: number): number {
  const tail = erfc(Math.abs(delta) / Math.SQRT2);
  return tail <= 0 ? MAX_LENGTH_COST : Math.min(MAX_LENGTH_COST, -Math.log(tail));
}

const TABLE_STEPS_PER_UNIT = 100;
/** `tailCost` at δ = 0, 0.01, … 8 (beyond 7.1 the cost exceeds the cap anyway). */
const TAIL_COST_TABLE = Float64Array.from({ length: 8 * TABLE_STEPS_PER_UNIT + 1 }, (_, k) => tailCost(k / TABLE_STEPS_PER_UNIT));

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

/**
 * A floor under every `galeChurchCost`: the least table value (the erfc fit makes the cost at δ = 0 a hair below
 * 0), less a margin for the rounding of the interpolation. Searches use it to skip beads that cannot win.
 */
export const LENGTH_COST_FLOOR = Math.min(0, ...TAIL_COST_TABLE) - 1e-9;
