import type { SpanBead } from './align-pair.js';
import type { AlignInput } from './align-units.js';
import type { PairScorer } from './score-pair.js';

/**
 * Beads scoring below this are flagged `low-confidence` and sent to review. Measured on ntrex-dev (joint method,
 * `node dist/pipeline/eval/align-constants.js`): below 0.5 are 5 % of beads holding 23 of 53 errors; below 0.7,
 * 9 % of beads holding 36 of 53 errors; below 0.9, 17 % holding 45. 0.7 puts most errors in a review list a
 * reviewer can get through.
 */
export const REVIEW_THRESHOLD = 0.7;

/**
 * Logistic model of P(bead is right) over `beadEvidence` features, fitted on ntrex-dev by
 * `node dist/pipeline/eval/align-constants.js` (Newton's method with a small ridge, all 49 pre-segmented dev tasks,
 * joint method). Measured then: beads ≥ 0.5 precision 0.949, ≥ 0.9 precision 0.985; fitted on half of the
 * documents and scored on the other half, 0.938–0.966 and 0.983–0.987. Agreement with the independent pairwise
 * alignments is the strongest evidence, then whether the bead is one unit per language and whether its neighbours
 * are agreed on.
 */
export const CONFIDENCE_MODEL = {
  intercept: -4.895,
  /** Share of the bead's language pairs where the independent pairwise alignment agrees with it. */
  agreement: 6.794,
  /** Mean lexical similarity of the bead's language pairs. */
  lexical: -0.566,
  /** Mean pair cost per linked pair (lower is better). */
  cost: -0.113,
  /** 1 when the bead is not one unit per language. */
  complex: -2.071,
  /** 1 when only one language has units. */
  unpaired: -0.054,
  /** The lower agreement of the two neighbouring beads: errors come in runs around a misplaced unit. */
  neighbours: 2.168,
  /** Mean Gale–Church length cost of the bead's language pairs. */
  length: -0.155,
};

/**
 * The same model for two-language alignments, where `agreement` is the bead's posterior probability under the pair
 * model (there is no independent alignment to agree with); fitted the same way on the ntrex-dev pairs aligned on
 * their own.
 */
export const PAIR_CONFIDENCE_MODEL: typeof CONFIDENCE_MODEL = {
  intercept: -5.905,
  agreement: 9.176,
  lexical: 2.875,
  cost: 0.029,
  complex: -1.709,
  unpaired: 0.694,
  neighbours: 0,
  length: -0.596,
};

/**
 * Review threshold of two-language alignments. Measured on the ntrex-dev pairs aligned on their own: beads ≥ 0.5
 * precision 0.967, ≥ 0.9 precision 0.985; below 0.7 are 3 % of beads holding 33 of 88 errors, below 0.9 8 % holding
 * 61 of 88, so the pair threshold sits at 0.9 to put most errors in review.
 */
export const PAIR_REVIEW_THRESHOLD = 0.9;

/** The features of one bead the confidence model reads (see `CONFIDENCE_MODEL`). */
export interface BeadEvidence {
  agreement: number;
  lexical: number;
  cost: number;
  complex: number;
  unpaired: number;
  neighbours: number;
  length: number;
}

/**
 * Evidence about each bead: how far the independent pairwise alignments agree with it (a pair agrees when the
 * pairwise beads it overlaps lie inside the bead's projection), its lexical similarity and its cost.
 */
export function beadEvidence(
  beads: readonly SpanBead[],
  pairwise: ReadonlyMap<string, readonly SpanBead[]>,
  input: AlignInput,
  scorers: ReadonlyMap<string, PairScorer>,
): BeadEvidence[] {
  const pairKeys = pairsOfAxes(input.langs.length);
  const agreement = beadAgreement(beads, pairwise, input.langs.length);
  const own = beads.map((bead, index) => {
    let pairs = 0;
    let lexical = 0;
    let length = 0;
    pairKeys.forEach(([a, b]) => {
      if (bead.ends[a] === bead.starts[a] || bead.ends[b] === bead.starts[b]) return;
      pairs++;
      const scorer = scorers.get(`${a},${b}`)!;
      lexical += scorer.lexical(bead.starts[a], bead.ends[a], bead.starts[b], bead.ends[b]);
      length += scorer.lengthCost(bead.starts[a], bead.ends[a], bead.starts[b], bead.ends[b]);
    });
    const nonEmpty = bead.starts.filter((s, axis) => bead.ends[axis] > s).length;
    const complex = bead.starts.some((s, axis) => bead.ends[axis] - s !== 1) ? 1 : 0;
    if (pairs === 0) {
      return { agreement: agreement[index], lexical: 0, cost: bead.cost, complex, unpaired: nonEmpty === 1 ? 1 : 0, neighbours: 1, length: 0 };
    }
    return { agreement: agreement[index], lexical: lexical / pairs, cost: bead.cost / pairs, complex, unpaired: 0, neighbours: 1, length: length / pairs };
  });
  own.forEach((evidence, index) => {
    evidence.neighbours = Math.min(own[index - 1]?.agreement ?? 1, own[index + 1]?.agreement ?? 1);
  });
  return own;
}

/**
 * The `agreement` of `beadEvidence` alone: per bead, the share of its language pairs (with units on both sides)
 * where the independent pairwise alignment agrees with it; for an unpaired unit, 1 when every pairwise alignment
 * also leaves it unpaired, else 0. A pair without its own alignment (the first pass aligns only the pairs with the
 * first language) neither agrees nor disagrees: it counts as agreeing.
 */
export function beadAgreement(beads: readonly SpanBead[], pairwise: ReadonlyMap<string, readonly SpanBead[]>, axes: number): number[] {
  const pairKeys = pairsOfAxes(axes);
  const inside = pairKeys.map(([a, b]) => {
    const pairBeads = pairwise.get(`${a},${b}`);
    return pairBeads ? consistency(beads, pairBeads, a, b) : beads.map(() => true);
  });
  return beads.map((bead, index) => {
    let pairs = 0;
    let agreeing = 0;
    pairKeys.forEach(([a, b], p) => {
      if (bead.ends[a] === bead.starts[a] || bead.ends[b] === bead.starts[b]) return;
      pairs++;
      if (inside[p][index]) agreeing++;
    });
    // An unpaired unit: the pairwise alignments agree when they also leave it unpaired.
    if (pairs === 0) return pairKeys.every((_, p) => inside[p][index]) ? 1 : 0;
    return agreeing / pairs;
  });
}

/** The pairs of axes (a < b) of an alignment of `axes` languages. */
function pairsOfAxes(axes: number): Array<[number, number]> {
  const pairKeys: Array<[number, number]> = [];
  for (let a = 0; a < axes; a++) for (let b = a + 1; b < axes; b++) pairKeys.push([a, b]);
  return pairKeys;
}

/** Confidence in [0, 1] of each bead (the logistic model over `beadEvidence`). */
export function scoreBeads(
  beads: readonly SpanBead[],
  pairwise: ReadonlyMap<string, readonly SpanBead[]>,
  input: AlignInput,
  scorers: ReadonlyMap<string, PairScorer>,
): number[] {
  return beadEvidence(beads, pairwise, input, scorers).map((evidence) => confidence(evidence));
}

/** Applies `CONFIDENCE_MODEL` to one bead's evidence. */
export function confidence(evidence: BeadEvidence, model = CONFIDENCE_MODEL): number {
  const z =
    model.intercept +
    model.agreement * evidence.agreement +
    model.lexical * evidence.lexical +
    model.cost * evidence.cost +
    model.complex * evidence.complex +
    model.unpaired * evidence.unpaired +
    model.neighbours * evidence.neighbours +
    model.length * evidence.length;
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}

/**
 * For each 3-way bead, whether its projection on axes (a, b) is a union of whole pairwise beads: every pairwise
 * bead overlapping the projection lies inside it. Empty projections are consistent when the pairwise beads
 * leave the same units unpaired.
 */
function consistency(beads: readonly SpanBead[], pairBeads: readonly SpanBead[], a: number, b: number): boolean[] {
  // Map every unit of axis a and of axis b to its pairwise bead.
  const ofA: number[] = [];
  const ofB: number[] = [];
  pairBeads.forEach((bead, index) => {
    for (let i = bead.starts[0]; i < bead.ends[0]; i++) ofA[i] = index;
    for (let j = bead.starts[1]; j < bead.ends[1]; j++) ofB[j] = index;
  });
  // A pairwise bead met twice is simply checked twice: no set of the members is needed.
  const within = (pb: SpanBead, bead: SpanBead): boolean =>
    pb.starts[0] >= bead.starts[a] && pb.ends[0] <= bead.ends[a] && pb.starts[1] >= bead.starts[b] && pb.ends[1] <= bead.ends[b];
  return beads.map((bead) => {
    for (let i = bead.starts[a]; i < bead.ends[a]; i++) if (!within(pairBeads[ofA[i]], bead)) return false;
    for (let j = bead.starts[b]; j < bead.ends[b]; j++) if (!within(pairBeads[ofB[j]], bead)) return false;
    return true;
  });
}
