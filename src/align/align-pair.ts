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

/**
 * Aligns two sequences of units with a banded dynamic programme over the (nA + 1) × (nB + 1) grid of unit
 * boundaries. Row i keeps the columns `[lo[i], hi[i]]` around the diagonal j = i·nB/nA; a bead of shape x-y ends in
 * (i, j) and comes from (i − x, j − y). When the best path comes within two units of the band edge the band is
 * doubled and the search repeated (hunalign does the same), so the cost is O((nA + nB) · band · shapes).
 */
export function alignPair(scorer: PairScorer, types: readonly BeadType[]): SpanBead[] {
  const nA = scorer.sizeA;
  const nB = scorer.sizeB;
  let width = INITIAL_BAND;
  for (;;) {
    const lo = new Int32Array(nA + 1);
    const hi = new Int32Array(nA + 1);
    for (let i = 0; i <= nA; i++) {
      const centre = nA === 0 ? 0 : (i * nB) / nA;
      lo[i] = Math.max(0, Math.floor(centre) - width);
      hi[i] = Math.min(nB, Math.ceil(centre) + width);
    }
    lo[0] = 0;
    hi[nA] = nB;
    const beads = searchBand(scorer, types, lo, hi);
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
        const bead = types[t].prior + (x > 0 && y > 0 ? scorer.cost(pi, i, pj, j) : 0);
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

function touchesEdge(beads: readonly SpanBead[], lo: Int32Array, hi: Int32Array, nB: number): boolean {
  for (const bead of beads) {
    const i = bead.ends[0];
    const j = bead.ends[1];
    if ((lo[i] > 0 && j - lo[i] < 2) || (hi[i] < nB && hi[i] - j < 2)) return true;
  }
  return false;
}
