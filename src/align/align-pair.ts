import type { BeadType } from './bead-types.js';
import type { PairScorer } from './score-pair.js';

/** A bead found by a search: per axis (language) the half-open unit range `[start, end)`, and its cost. */
export interface SpanBead {
  starts: number[];
  ends: number[];
  /** Cost of the bead in nats (prior + evidence), lower is better. */
  cost: number;
}

/** Half-width of the first search band around the diagonal, in units; doubled while the best path touches it. */
const INITIAL_BAND = 10;
/** Half-width of the band around a previous path (the second pass moves beads by a unit or two, rarely more). */
const GUIDED_BAND = 4;

/**
 * Aligns two sequences of units with a banded dynamic programme over the (nA + 1) × (nB + 1) grid of unit
 * boundaries. Row i keeps the columns `[lo[i], hi[i]]` around the diagonal j = i·nB/nA; a bead of shape x-y ends in
 * (i, j) and comes from (i − x, j − y). When the best path comes within two units of the band edge the band is
 * doubled and the search repeated (hunalign does the same), so the cost is O((nA + nB) · band · shapes).
 */
export function alignPair(
  scorer: PairScorer,
  types: readonly BeadType[],
  guide?: readonly SpanBead[],
  loneDiscount?: (side: number, unit: number) => number,
): SpanBead[] {
  const nA = scorer.sizeA;
  const nB = scorer.sizeB;
  let width = guide ? GUIDED_BAND : INITIAL_BAND;
  for (;;) {
    let lo: Int32Array;
    let hi: Int32Array;
    if (guide) [lo, hi] = bandAroundPath(guide, nA, nB, width);
    else {
      lo = new Int32Array(nA + 1);
      hi = new Int32Array(nA + 1);
      const centres = lengthDiagonal(scorer);
      for (let i = 0; i <= nA; i++) {
        const centre = centres[i];
        lo[i] = Math.max(0, Math.floor(centre) - width);
        hi[i] = Math.min(nB, Math.ceil(centre) + width);
      }
      lo[0] = 0;
      hi[nA] = nB;
    }
    const beads = searchBand(scorer, types, lo, hi, loneDiscount);
    const full = lo.every((v) => v === 0) && hi.every((v) => v === nB);
    if (full || !touchesEdge(beads, lo, hi, nB)) return beads;
    width *= 2;
  }
}

/**
 * Dynamic programme over an explicit band: row i (0 ≤ i ≤ nA) keeps columns lo[i]..hi[i] (inclusive).
 * Exported for callers that know a better band (anchors, a previous pass).
 */
export function searchBand(
  scorer: PairScorer,
  types: readonly BeadType[],
  lo: Int32Array,
  hi: Int32Array,
  loneDiscount?: (side: number, unit: number) => number,
): SpanBead[] {
  const nA = scorer.sizeA;
  const nB = scorer.sizeB;
  const cost: Float64Array[] = [];
  const back: Int16Array[] = [];
  const beadCost: Float64Array[] = [];
  for (let i = 0; i <= nA; i++) {
    const width = hi[i] - lo[i] + 1;
    cost.push(new Float64Array(Math.max(0, width)).fill(Infinity));
    back.push(new Int16Array(Math.max(0, width)).fill(-1));
    beadCost.push(new Float64Array(Math.max(0, width)));
  }
  if (hi[0] >= 0) cost[0][0] = 0;
  for (let i = 0; i <= nA; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestType = -1;
      let bestBead = 0;
      for (let t = 0; t < types.length; t++) {
        const [x, y] = types[t].counts;
        const pi = i - x;
        const pj = j - y;
        if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi]) continue;
        const previous = cost[pi][pj - lo[pi]];
        if (previous === Infinity) continue;
        let bead = types[t].prior + scorer.cost(pi, i, pj, j);
        if (loneDiscount && x + y === 1) bead -= loneDiscount(x === 1 ? 0 : 1, x === 1 ? pi : pj);
        if (previous + bead < best) {
          best = previous + bead;
          bestType = t;
          bestBead = bead;
        }
      }
      cost[i][j - lo[i]] = best;
      back[i][j - lo[i]] = bestType;
      beadCost[i][j - lo[i]] = bestBead;
    }
  }
  const beads: SpanBead[] = [];
  let i = nA;
  let j = nB;
  while (i > 0 || j > 0) {
    const t = back[i][j - lo[i]];
    if (t < 0) throw new Error(`alignPair: no path reaches (${i}, ${j}); the band must contain the end points.`);
    const [x, y] = types[t].counts;
    beads.push({ starts: [i - x, j - y], ends: [i, j], cost: beadCost[i][j - lo[i]] });
    i -= x;
    j -= y;
  }
  return beads.reverse();
}

/**
 * For each boundary i of side A, the boundary of side B at the same share of the text length: merges and drops
 * change unit counts but hardly lengths, so this diagonal stays closer to the true path than i·nB/nA.
 */
function lengthDiagonal(scorer: PairScorer): Float64Array {
  const nA = scorer.sizeA;
  const nB = scorer.sizeB;
  const lengthsA = Array.from({ length: nA }, (_, i) => Math.max(1, scorer.unitLength(0, i)));
  const lengthsB = Array.from({ length: nB }, (_, j) => Math.max(1, scorer.unitLength(1, j)));
  const totalA = lengthsA.reduce((s, x) => s + x, 0);
  const totalB = lengthsB.reduce((s, x) => s + x, 0);
  const centres = new Float64Array(nA + 1);
  let j = 0;
  let cumulativeB = 0;
  let cumulativeA = 0;
  for (let i = 0; i <= nA; i++) {
    const share = nA === 0 ? 0 : cumulativeA / totalA;
    while (j < nB && (cumulativeB + lengthsB[j] / 2) / totalB < share) cumulativeB += lengthsB[j++];
    centres[i] = j;
    if (i < nA) cumulativeA += lengthsA[i];
  }
  return centres;
}

/**
 * The band of a grid (rows 0..nA, columns 0..nB) around a path of beads over axes 0 and 1: in row i, the columns the
 * beads covering i reach, widened by `halfWidth` and made monotone, so every shape's predecessor can be inside.
 */
export function bandAroundPath(path: readonly SpanBead[], nA: number, nB: number, halfWidth: number, axes: [number, number] = [0, 1]): [Int32Array, Int32Array] {
  const [x, y] = axes;
  const lo = new Int32Array(nA + 1).fill(nB);
  const hi = new Int32Array(nA + 1).fill(0);
  for (const bead of path) {
    for (let i = bead.starts[x]; i <= bead.ends[x]; i++) {
      lo[i] = Math.min(lo[i], bead.starts[y]);
      hi[i] = Math.max(hi[i], bead.ends[y]);
    }
  }
  for (let i = 0; i <= nA; i++) {
    lo[i] = Math.max(0, lo[i] - halfWidth);
    hi[i] = Math.min(nB, hi[i] + halfWidth);
  }
  lo[0] = 0;
  hi[nA] = nB;
  for (let i = nA - 1; i >= 0; i--) lo[i] = Math.min(lo[i], lo[i + 1]);
  for (let i = 1; i <= nA; i++) hi[i] = Math.max(hi[i], hi[i - 1]);
  return [lo, hi];
}

function touchesEdge(beads: readonly SpanBead[], lo: Int32Array, hi: Int32Array, nB: number): boolean {
  for (const bead of beads) {
    const i = bead.ends[0];
    const j = bead.ends[1];
    if ((lo[i] > 0 && j - lo[i] < 2) || (hi[i] < nB && hi[i] - j < 2)) return true;
  }
  return false;
}
