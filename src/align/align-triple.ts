import { bandAroundPath, type SpanBead } from './align-pair.js';
import type { BeadType } from './bead-types.js';
import type { PairScorer } from './score-pair.js';

/**
 * Rows of a search tube: for every boundary i of axis 0 (0 ≤ i ≤ n0), the inclusive ranges of boundaries of axes 1
 * and 2 that the search may visit.
 */
export interface Tube {
  lo1: Int32Array;
  hi1: Int32Array;
  lo2: Int32Array;
  hi2: Int32Array;
}

/**
 * Joint three-language alignment: one dynamic programme over the (n0 + 1) × (n1 + 1) × (n2 + 1) grid of unit
 * boundaries, restricted to a tube. A bead of shape x-y-z ends in (i, j, k) and comes from (i − x, j − y, k − z); its
 * cost is the shape's prior plus the pair costs of the three projections that have units on both sides, so every
 * bead is judged by all three language pairs at once and a merge in one language pulls the units of the other two
 * into the same bead. Cost O(n0 · tube area · shapes); with tube half-widths of a few units it is linear in the
 * document length.
 *
 * Why a joint search rather than reconciling three pairwise alignments: reconciliation must choose between
 * contradicting pairwise beads after the fact, with no score for the 3-way bead it builds; the joint programme
 * scores exactly the beads it outputs. The tube comes from pairwise alignments, so the pairwise evidence still
 * bounds the search (`pipeline/eval/align.ts` measures the joint search against pairwise alignment pivoted
 * through English).
 *
 * @param scorers pair scorers for axes (0, 1), (0, 2) and (1, 2).
 */
export function alignTriple(
  scorers: readonly [PairScorer, PairScorer, PairScorer],
  types: readonly BeadType[],
  tube: Tube,
  loneDiscount?: (axis: number, unit: number) => number,
): SpanBead[] {
  const [s01, s02, s12] = scorers;
  const n0 = s01.sizeA;
  const n1 = s01.sizeB;
  const n2 = s02.sizeB;
  const { lo1, hi1, lo2, hi2 } = tube;
  const c01 = new PairCostCache(s01, lo1, hi1);
  const c02 = new PairCostCache(s02, lo2, hi2);
  // Axis 1 × axis 2 boundaries that occur together in some row of the tube.
  const lo12 = new Int32Array(n1 + 1).fill(n2 + 1);
  const hi12 = new Int32Array(n1 + 1).fill(-1);
  for (let i = 0; i <= n0; i++) {
    for (let j = lo1[i]; j <= hi1[i]; j++) {
      lo12[j] = Math.min(lo12[j], lo2[i]);
      hi12[j] = Math.max(hi12[j], hi2[i]);
    }
  }
  const c12 = new PairCostCache(s12, lo12, hi12);

  const cost: Float64Array[] = [];
  const back: Int16Array[] = [];
  for (let i = 0; i <= n0; i++) {
    const size = (hi1[i] - lo1[i] + 1) * (hi2[i] - lo2[i] + 1);
    cost.push(new Float64Array(size).fill(Infinity));
    back.push(new Int16Array(size).fill(-1));
  }
  cost[0][0] = 0;
  const shapes = types.map((t) => t.counts);
  for (let i = 0; i <= n0; i++) {
    const w2 = hi2[i] - lo2[i] + 1;
    for (let j = lo1[i]; j <= hi1[i]; j++) {
      for (let k = lo2[i]; k <= hi2[i]; k++) {
        if (i === 0 && j === 0 && k === 0) continue;
        let best = Infinity;
        let bestType = -1;
        for (let t = 0; t < shapes.length; t++) {
          const [x, y, z] = shapes[t];
          const pi = i - x;
          const pj = j - y;
          const pk = k - z;
          if (pi < 0 || pj < lo1[pi] || pj > hi1[pi] || pk < lo2[pi] || pk > hi2[pi]) continue;
          const previous = cost[pi][(pj - lo1[pi]) * (hi2[pi] - lo2[pi] + 1) + (pk - lo2[pi])];
          if (previous === Infinity) continue;
          let total = previous + types[t].prior;
          if (loneDiscount && x + y + z === 1) total -= loneDiscount(x === 1 ? 0 : y === 1 ? 1 : 2, x === 1 ? pi : y === 1 ? pj : pk);
          if (x + y > 0) total += c01.get(i, j, x, y);
          if (x + z > 0) total += c02.get(i, k, x, z);
          if (y + z > 0) total += c12.get(j, k, y, z);
          if (total < best) {
            best = total;
            bestType = t;
          }
        }
        const cell = (j - lo1[i]) * w2 + (k - lo2[i]);
        cost[i][cell] = best;
        back[i][cell] = bestType;
      }
    }
  }
  const beads: SpanBead[] = [];
  let i = n0;
  let j = n1;
  let k = n2;
  while (i > 0 || j > 0 || k > 0) {
    const t = back[i][(j - lo1[i]) * (hi2[i] - lo2[i] + 1) + (k - lo2[i])];
    if (t < 0) throw new Error(`alignTriple: no path reaches (${i}, ${j}, ${k}); the tube must contain the end points.`);
    const [x, y, z] = shapes[t];
    let beadCost = types[t].prior;
    if (loneDiscount && x + y + z === 1) beadCost -= loneDiscount(x === 1 ? 0 : y === 1 ? 1 : 2, x === 1 ? i - 1 : y === 1 ? j - 1 : k - 1);
    if (x + y > 0) beadCost += c01.get(i, j, x, y);
    if (x + z > 0) beadCost += c02.get(i, k, x, z);
    if (y + z > 0) beadCost += c12.get(j, k, y, z);
    beads.push({ starts: [i - x, j - y, k - z], ends: [i, j, k], cost: beadCost });
    i -= x;
    j -= y;
    k -= z;
  }
  return beads.reverse();
}

/** Memo of pair costs by end boundary (a, b) and shape (x, y), stored flat in the band lo[a]..hi[a]. */
class PairCostCache {
  private readonly offsets: Int32Array;
  private readonly values: Float64Array;
  constructor(
    private readonly scorer: PairScorer,
    private readonly lo: Int32Array,
    private readonly hi: Int32Array,
  ) {
    this.offsets = new Int32Array(lo.length + 1);
    for (let a = 0; a < lo.length; a++) this.offsets[a + 1] = this.offsets[a] + Math.max(0, hi[a] - lo[a] + 1) * 16;
    this.values = new Float64Array(this.offsets[lo.length]).fill(NaN);
  }

  get(a: number, b: number, x: number, y: number): number {
    const offset = b - this.lo[a];
    if (offset < 0 || b > this.hi[a]) return this.scorer.cost(a - x, a, b - y, b);
    const index = this.offsets[a] + offset * 16 + x * 4 + y;
    let value = this.values[index];
    if (Number.isNaN(value)) value = this.values[index] = this.scorer.cost(a - x, a, b - y, b);
    return value;
  }
}

/**
 * The tube around two pairwise alignments of axis 0 with axes 1 and 2: in row i, the boundaries the pairwise
 * beads covering i reach, widened by `halfWidth` (see `bandAroundPath`).
 */
export function tubeFromPairs(
  path01: readonly SpanBead[],
  path02: readonly SpanBead[],
  sizes: readonly [number, number, number],
  halfWidth: number,
): Tube {
  const [lo1, hi1] = bandAroundPath(path01, sizes[0], sizes[1], halfWidth);
  const [lo2, hi2] = bandAroundPath(path02, sizes[0], sizes[2], halfWidth);
  return { lo1, hi1, lo2, hi2 };
}
