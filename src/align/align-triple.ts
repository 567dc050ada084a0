import { bandAroundPath, type SpanBead } from './align-pair.js';
import { MAX_UNITS, perTypeList, type BeadType } from './bead-types.js';
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
 * @param tiled judge a pair's units in a 3-way bead where the third language has one unit as their cheapest tiling
 *   into pair beads (see `pairSlot`), not as one pair bead.
 */
export function alignTriple(
  scorers: readonly [PairScorer, PairScorer, PairScorer],
  types: readonly BeadType[],
  tube: Tube,
  loneDiscount?: (axis: number, unit: number) => number,
  tiled = false,
): SpanBead[] {
  const [s01, s02, s12] = scorers;
  const n0 = s01.sizeA;
  const n1 = s01.sizeB;
  const n2 = s02.sizeB;
  const { lo1, hi1, lo2, hi2 } = tube;
  const c01 = new PairCostCache(s01, lo1, hi1, 0);
  const c02 = new PairCostCache(s02, lo2, hi2, 1);
  // Axis 1 × axis 2 boundaries that occur together in some row of the tube.
  const lo12 = new Int32Array(n1 + 1).fill(n2 + 1);
  const hi12 = new Int32Array(n1 + 1).fill(-1);
  for (let i = 0; i <= n0; i++) {
    for (let j = lo1[i]; j <= hi1[i]; j++) {
      lo12[j] = Math.min(lo12[j], lo2[i]);
      hi12[j] = Math.max(hi12[j], hi2[i]);
    }
  }
  const c12 = new PairCostCache(s12, lo12, hi12, 2);

  // Flat DP arrays, row i (a boundary of axis 0) starting at offset[i], cell (j, k) at (j − lo1) · width2 + (k − lo2).
  const offset = new Int32Array(n0 + 2);
  for (let i = 0; i <= n0; i++) offset[i + 1] = offset[i] + (hi1[i] - lo1[i] + 1) * (hi2[i] - lo2[i] + 1);
  const cost = new Float64Array(offset[n0 + 1]).fill(Infinity);
  const back = new Int16Array(offset[n0 + 1]).fill(-1);
  cost[0] = 0;
  const { prior, X, Y, Z, T, S01, S02, S12, loneK } = (tiled ? tiledTripleShapes : tripleShapes)(types);
  // The fragment discount of every unit of each axis, read once instead of asked per cell and shape.
  const d0 = discountsOf(n0, 0, loneDiscount);
  const d1 = discountsOf(n1, 1, loneDiscount);
  const d2 = discountsOf(n2, 2, loneDiscount);
  // Pair costs are read straight from the memos' flat arrays (NaN until first needed): the block of the (i, j)
  // pair does not depend on k, the block of (i, k) not on j.
  const v01 = c01.values;
  const v02 = c02.values;
  const v12 = c12.values;
  // The cells (i, j, k) of one (i, j) are searched together, shape by shape over k (everything that depends on the
  // shape and not on k is read once): the best cost and shape found so far per k.
  let widest = 0;
  for (let i = 0; i <= n0; i++) widest = Math.max(widest, hi2[i] - lo2[i] + 1);
  const rowBest = new Float64Array(widest);
  const rowType = new Int32Array(widest);
  for (let i = 0; i <= n0; i++) {
    const lo2i = lo2[i];
    const hi2i = hi2[i];
    const w2 = hi2i - lo2i + 1;
    const base02 = c02.blockOf(i, lo2i);
    for (let j = lo1[i]; j <= hi1[i]; j++) {
      rowBest.fill(Infinity, 0, w2);
      rowType.fill(-1, 0, w2);
      const base01 = c01.blockOf(i, j);
      // (j, k) lies in the band of the (1, 2) memo for every k of the row.
      const base12 = c12.blockOf(j, lo2i);
      for (let n = 0; n < T.length; n++) {
        const x = X[n];
        const y = Y[n];
        const z = Z[n];
        const pi = i - x;
        if (pi < 0) continue;
        const pj = j - y;
        if (pj < lo1[pi] || pj > hi1[pi]) continue;
        const plo2 = lo2[pi];
        const phi2 = hi2[pi];
        // The k whose predecessor k − z lies in row pi's range.
        const kFrom = Math.max(lo2i, plo2 + z);
        const kTo = Math.min(hi2i, phi2 + z);
        if (kFrom > kTo) continue;
        const t = T[n];
        const shapePrior = prior[t];
        // Cost of (pi, pj, pk) at rowStart + pk.
        const rowStart = offset[pi] + (pj - lo1[pi]) * (phi2 - plo2 + 1) - plo2;
        // The predecessor lies in the tube, so every shape here starts at or after the first unit of each axis. A
        // pair with no unit in the shape adds nothing.
        const s01 = S01[n];
        const s02 = S02[n];
        const s12 = S12[n];
        const alone = x + y + z === 1;
        const fixedDiscount = x === 1 ? d0[pi] : y === 1 ? d1[pj] : 0;
        // The (0, 1) pair's bound does not depend on k: read, and if need be worked out, once per shape.
        let bound01 = 0;
        if (s01 >= 0 && v01[base01 + s01] !== v01[base01 + s01]) {
          if (v01[base01 + s01 + 1] !== v01[base01 + s01 + 1]) c01.fillBound(base01 + s01 + 1, i, j, s01 >> 1);
          bound01 = v01[base01 + s01 + 1];
        }
        for (let k = kFrom; k <= kTo; k++) {
          const pk = k - z;
          const previous = cost[rowStart + pk];
          if (previous === Infinity) continue;
          const slot = k - lo2i;
          const block02 = base02 + slot * BLOCK;
          const block12 = base12 + slot * BLOCK;
          const discount = alone ? (z === 1 ? d2[pk] : fixedDiscount) : -1;
          let cost01 = s01 >= 0 ? v01[base01 + s01] : 0;
          let cost02 = s02 >= 0 ? v02[block02 + s02] : 0;
          let cost12 = s12 >= 0 ? v12[block12 + s12] : 0;
          const best = rowBest[slot];
          if (cost01 !== cost01 || cost02 !== cost02 || cost12 !== cost12) {
            // Some pair cost is not known yet: first a bound without token matching (see
            // `PairScorer.costBound`), summed in the same order as the total, so it never exceeds it.
            // Bounds of tilings are worked out on first use (NaN until then).
            let bound = previous + shapePrior;
            if (s01 >= 0) {
              bound += cost01 === cost01 ? cost01 : bound01;
            }
            if (s02 >= 0) {
              if (cost02 === cost02) bound += cost02;
              else {
                if (v02[block02 + s02 + 1] !== v02[block02 + s02 + 1]) c02.fillBound(block02 + s02 + 1, i, k, s02 >> 1);
                bound += v02[block02 + s02 + 1];
              }
            }
            if (s12 >= 0) {
              if (cost12 === cost12) bound += cost12;
              else {
                if (v12[block12 + s12 + 1] !== v12[block12 + s12 + 1]) c12.fillBound(block12 + s12 + 1, j, k, s12 >> 1);
                bound += v12[block12 + s12 + 1];
              }
            }
            if (discount >= 0) bound -= discount;
            if (bound > best || (bound === best && t > rowType[slot])) continue;
            // Computed into the arrays and read back from them: a value returned by a call would make the
            // optimiser box every cost read in this loop.
            if (cost01 !== cost01) {
              c01.fill(base01 + s01, i, j, s01 >> 1);
              cost01 = v01[base01 + s01];
            }
            if (cost02 !== cost02) {
              c02.fill(block02 + s02, i, k, s02 >> 1);
              cost02 = v02[block02 + s02];
            }
            if (cost12 !== cost12) {
              c12.fill(block12 + s12, j, k, s12 >> 1);
              cost12 = v12[block12 + s12];
            }
          }
          let total = previous + shapePrior;
          if (s01 >= 0) total += cost01;
          if (s02 >= 0) total += cost02;
          if (s12 >= 0) total += cost12;
          if (discount >= 0) total -= discount;
          if (total < best || (total === best && t < rowType[slot])) {
            rowBest[slot] = total;
            rowType[slot] = t;
          }
        }
      }
      // The lone unit of axis 2 extends (i, j, k − 1), final by now; then the row's cells are final. Its pair costs
      // are one-sided, known from the start.
      const rowCell = offset[i] + (j - lo1[i]) * w2 - lo2i;
      for (let k = lo2i; k <= hi2i; k++) {
        if (i === 0 && j === 0 && k === 0) continue;
        const slot = k - lo2i;
        let best = rowBest[slot];
        let bestType = rowType[slot];
        if (loneK >= 0 && k > lo2i) {
          const previous = cost[rowCell + k - 1];
          if (previous !== Infinity) {
            let total = previous + prior[loneK];
            total += v02[base02 + slot * BLOCK + costAt(1)];
            total += v12[base12 + slot * BLOCK + costAt(1)];
            const discount = d2[k - 1];
            if (discount >= 0) total -= discount;
            if (total < best || (total === best && loneK < bestType)) {
              best = total;
              bestType = loneK;
            }
          }
        }
        cost[rowCell + k] = best;
        back[rowCell + k] = bestType;
      }
    }
  }
  const beads: SpanBead[] = [];
  let i = n0;
  let j = n1;
  let k = n2;
  while (i > 0 || j > 0 || k > 0) {
    const t = back[offset[i] + (j - lo1[i]) * (hi2[i] - lo2[i] + 1) + (k - lo2[i])];
    if (t < 0) throw new Error(`alignTriple: no path reaches (${i}, ${j}, ${k}); the tube must contain the end points.`);
    const [x, y, z] = types[t].counts;
    let beadCost = types[t].prior;
    if (loneDiscount && x + y + z === 1) beadCost -= loneDiscount(x === 1 ? 0 : y === 1 ? 1 : 2, x === 1 ? i - 1 : y === 1 ? j - 1 : k - 1);
    if (x + y > 0) beadCost += c01.get(i, j, pairSlot(x, y, z, tiled));
    if (x + z > 0) beadCost += c02.get(i, k, pairSlot(x, z, y, tiled));
    if (y + z > 0) beadCost += c12.get(j, k, pairSlot(y, z, x, tiled));
    beads.push({ starts: [i - x, j - y, k - z], ends: [i, j, k], cost: beadCost });
    i -= x;
    j -= y;
    k -= z;
  }
  return beads.reverse();
}

/**
 * The shapes of a list of 3-way bead types as the search reads them: per type its prior, and in the order they are
 * tried at each cell, their counts and type numbers. The usual 1-1-1 comes first, so that its cost bounds out most
 * other shapes before their token matching is done, then the others by counts. Ties go to the shape first in
 * `types` order, whatever the order of trying, as in a plain scan of `types`. The lone unit of axis 2 (0-0-1, type
 * `loneK`, −1 if absent) is tried apart: it extends a cell of the same row (i, j), which must be final first.
 */
interface TripleShapes {
  prior: Float64Array;
  X: Int32Array;
  Y: Int32Array;
  Z: Int32Array;
  T: Int32Array;
  /** Position in a memo block of each pair's cost (see `pairSlot`, `costAt`), −1 when the pair has no unit in the shape. */
  S01: Int32Array;
  S02: Int32Array;
  S12: Int32Array;
  loneK: number;
}

/**
 * The memo slot of a pair's cost in a 3-way bead where the pair has x and y units and the third language `other`:
 * x·`STRIDE` + y for the projection judged whole; with `tiled`, `SPLIT` + … for its cheapest tiling into pair beads
 * (see `PairCostCache.splitCost`) when the third language has exactly one unit and the pair two or more on each
 * side. −1 when the pair has no unit.
 *
 * Why only then: a 3-way bead is minimal, so no boundary is shared by all three languages. With one unit in the
 * third language any boundary the pair shares is a split of the pair; with none, a shared boundary would cut the
 * 3-way bead, so the pair cannot split; with two or more, splits in several pairs could meet at one boundary of all
 * three, and judging each pair's split apart would let two plain 1-1-1 beads pass as one cheap 2-2-2.
 */
function pairSlot(x: number, y: number, other: number, tiled: boolean): number {
  if (x + y === 0) return -1;
  if (tiled && x >= 2 && y >= 2 && other === 1) return SPLIT + (x - 2) * (STRIDE - 2) + (y - 2);
  return x * STRIDE + y;
}

const tripleShapes = perTypeList((types) => shapesOf(types, false));
const tiledTripleShapes = perTypeList((types) => shapesOf(types, true));

function shapesOf(types: readonly BeadType[], tiled: boolean): TripleShapes {
  const prior = new Float64Array(types.length);
  const shapeAt = new Int32Array(STRIDE ** 3).fill(-1);
  types.forEach((type, t) => {
    const [x, y, z] = type.counts;
    if (Math.max(x, y, z) > MAX_SIDE) throw new Error(`alignTriple: shape ${type.counts.join('-')} has more than ${MAX_SIDE} units a side.`);
    shapeAt[(x * STRIDE + y) * STRIDE + z] = t;
    prior[t] = type.prior;
  });
  const probe = shapeAt[(1 * STRIDE + 1) * STRIDE + 1];
  const loneK = shapeAt[1];
  const order = [probe, ...shapeAt].filter((t, n) => t >= 0 && t !== loneK && (n === 0 || t !== probe));
  const shapes: TripleShapes = {
    prior,
    X: new Int32Array(order.length),
    Y: new Int32Array(order.length),
    Z: new Int32Array(order.length),
    T: new Int32Array(order),
    S01: new Int32Array(order.length),
    S02: new Int32Array(order.length),
    S12: new Int32Array(order.length),
    loneK,
  };
  order.forEach((t, n) => {
    const [x, y, z] = types[t].counts;
    [shapes.X[n], shapes.Y[n], shapes.Z[n]] = [x, y, z];
    shapes.S01[n] = costAt(pairSlot(x, y, z, tiled));
    shapes.S02[n] = costAt(pairSlot(x, z, y, tiled));
    shapes.S12[n] = costAt(pairSlot(y, z, x, tiled));
  });
  return shapes;
}

/** The fragment discount of every unit of an axis (0 without a discount function). */
function discountsOf(size: number, axis: number, loneDiscount?: (axis: number, unit: number) => number): Float64Array {
  const out = new Float64Array(size);
  if (loneDiscount) for (let unit = 0; unit < size; unit++) out[unit] = loneDiscount(axis, unit);
  return out;
}

/** Most units a side of a bead the search takes, and the stride of shape indices. */
const MAX_SIDE = MAX_UNITS;
const STRIDE = MAX_SIDE + 1;

/**
 * Slots of a pair-cost memo's (a, b) block: projections judged whole (x·`STRIDE` + y), then their cheapest tilings
 * (`SPLIT` + (x − 2)·(`STRIDE` − 2) + (y − 2), x, y ≥ 2); two doubles per slot, its cost and a bound (see `costAt`).
 */
const SPLIT = STRIDE * STRIDE;
const SLOTS = SPLIT + (STRIDE - 2) ** 2;
const BLOCK = 2 * SLOTS;

/**
 * Position of a slot's cost in its memo block (−1 for none); its bound follows at the next position. Side by side,
 * a cost and its bound share a cache line: the search reads the bound exactly when the cost is not known yet.
 */
function costAt(slot: number): number {
  return slot < 0 ? -1 : 2 * slot;
}

/** The shape x-y of a memo slot (whole or tiled), one side at a time: the memos ask for shapes hundreds of thousands
 * of times per document, and a pair returned as an array would be allocated each time. */
function slotX(slot: number): number {
  return slot < SPLIT ? Math.floor(slot / STRIDE) : 2 + Math.floor((slot - SPLIT) / (STRIDE - 2));
}

function slotY(slot: number): number {
  return slot < SPLIT ? slot % STRIDE : 2 + ((slot - SPLIT) % (STRIDE - 2));
}

/**
 * Memo of pair costs by end boundary (a, b) and shape (x, y), 0 ≤ x, y ≤ 3, stored flat in the band lo[a]..hi[a]:
 * the block of (a, b) starts at `blockOf(a, b)`, the projection x-y whole sits at slot x·`STRIDE` + y and its
 * cheapest tiling at the slot `pairSlot` gives; NaN until computed.
 */
class PairCostCache {
  private readonly offsets: Int32Array;
  /** Per block and slot: the cost, then a lower bound of it for shapes with units on both sides (see
   * `PairScorer.costBound`), both NaN until first use (see `costAt`). */
  readonly values: Float64Array;
  constructor(
    private readonly scorer: PairScorer,
    private readonly lo: Int32Array,
    private readonly hi: Int32Array,
    memo: number,
  ) {
    this.offsets = new Int32Array(lo.length + 1);
    for (let a = 0; a < lo.length; a++) this.offsets[a + 1] = this.offsets[a] + Math.max(0, hi[a] - lo[a] + 1) * BLOCK;
    this.values = memoArray(memo, this.offsets[lo.length]);
    fillBlocks(scorer, lo, hi, this.offsets, this.values);
  }

  /** Start of the block of (a, b), which must lie in the band. */
  blockOf(a: number, b: number): number {
    return this.offsets[a] + (b - this.lo[a]) * BLOCK;
  }

  /** Computes and stores the cost at `index` = block of (a, b) + `costAt(slot)` (see `pairSlot`). */
  fill(index: number, a: number, b: number, slot: number): void {
    const x = slotX(slot);
    const y = slotY(slot);
    if (slot >= SPLIT) this.values[index] = this.splitCost(a, b, x, y);
    else if (this.scorer.costInto) this.scorer.costInto(this.values, index, a - x, a, b - y, b);
    else this.values[index] = this.scorer.cost(a - x, a, b - y, b);
  }

  /** The cost of memo slot `slot` (see `pairSlot`) ending at (a, b). */
  get(a: number, b: number, slot: number): number {
    const offset = b - this.lo[a];
    if (offset < 0 || b > this.hi[a]) {
      const x = slotX(slot);
      const y = slotY(slot);
      return slot >= SPLIT ? this.splitCost(a, b, x, y) : this.scorer.cost(a - x, a, b - y, b);
    }
    const index = this.offsets[a] + offset * BLOCK + costAt(slot);
    if (this.values[index] !== this.values[index]) this.fill(index, a, b, slot);
    return this.values[index];
  }

  /**
   * The pair cost of a projection with units on both sides, ending at (a, b) with shape x-y, both ≥ 2: the
   * cheapest tiling of it into consecutive pair beads with units on both sides (the projection whole is one of
   * them), each part after the first costing `SPLIT_WEIGHTS.extraPart` more. A 3-way bead is minimal over three
   * languages; a merge in the third language makes it span several beads of this pair (a 2-2-1 bead where Russian
   * joined two sentences is two 1-1 beads between English and Kazakh), and each of those earns its own link gain,
   * as it does when the pair is aligned alone. Judged as one 2-2 bead, the pair would lose a link gain and the
   * search would rather break the 3-way bead, leaving a language out of one part of it (1-1-1 then 1-1-0).
   */
  private splitCost(a: number, b: number, x: number, y: number): number {
    const best = this.tile(a, b, x, y);
    // The projection whole, unless its bound already loses to a tiling (its token matching is then skipped).
    if (this.wholeBound(a, b, x, y) >= best) return best;
    return Math.min(best, this.get(a, b, x * STRIDE + y));
  }

  /** The cheapest tiling of the projection x-y ending at (a, b) into two or more parts with units on both sides. */
  private tile(a: number, b: number, x: number, y: number): number {
    const best = splitTable;
    // best[p·STRIDE + q]: the cheapest tiling of the first p units of A and q units of B of the projection.
    best.fill(Infinity);
    best[0] = 0;
    const a0 = a - x;
    const b0 = b - y;
    const extra = SPLIT_WEIGHTS.extraPart;
    for (let p = 1; p <= x; p++) {
      for (let q = 1; q <= y; q++) {
        let low = Infinity;
        for (let dp = 1; dp <= p; dp++) {
          for (let dq = 1; dq <= q; dq++) {
            if (dp === x && dq === y) continue;
            const before = best[(p - dp) * STRIDE + (q - dq)];
            if (before === Infinity) continue;
            const i1 = a0 + p;
            const j1 = b0 + q;
            // Every part is a memo slot of its own (the search often has its cost already).
            const part = this.get(i1, j1, dp * STRIDE + dq);
            const total = before + part + (p === dp && q === dq ? 0 : extra);
            if (total < low) low = total;
          }
        }
        best[p * STRIDE + q] = low;
      }
    }
    return best[x * STRIDE + y];
  }

  /** The bound of the whole projection x-y ending at (a, b): from the memo in the band, else asked. */
  private wholeBound(a: number, b: number, x: number, y: number): number {
    const offset = b - this.lo[a];
    if (offset >= 0 && b <= this.hi[a]) {
      const index = this.offsets[a] + offset * BLOCK + costAt(x * STRIDE + y) + 1;
      if (this.values[index] !== this.values[index]) this.fillBound(index, a, b, x * STRIDE + y);
      return this.values[index];
    }
    return this.scorer.costBound ? this.scorer.costBound(a - x, a, b - y, b) : -Infinity;
  }

  /**
   * Computes and stores the bound at `index` = block of (a, b) + `costAt(slot)` + 1: for a tiling, the lesser of the
   * whole projection's bound and `PairScorer.tilingBound`.
   */
  fillBound(index: number, a: number, b: number, slot: number): void {
    const x = slotX(slot);
    const y = slotY(slot);
    if (slot < SPLIT) {
      if (this.scorer.costBoundInto) this.scorer.costBoundInto(this.values, index, a - x, a, b - y, b);
      else this.values[index] = this.scorer.costBound ? this.scorer.costBound(a - x, a, b - y, b) : -Infinity;
      return;
    }
    const tiled = this.scorer.tilingBound ? this.scorer.tilingBound(a - x, a, b - y, b, Math.min(x, y), SPLIT_WEIGHTS.extraPart) : -Infinity;
    this.values[index] = Math.min(tiled, this.wholeBound(a, b, x, y));
  }
}

/**
 * The memos' arrays, kept from one search to the next (one per pair of axes, as a search uses three at once): a
 * long document's memos take tens of megabytes, and fresh memory costs several times more to get than to refill.
 */
const memoArrays: Float64Array[] = [];

/** Memo array `memo` (0–2) with `size` values, all NaN. */
function memoArray(memo: number, size: number): Float64Array {
  let array = memoArrays[memo];
  if (!array || array.length < size) memoArrays[memo] = array = new Float64Array(Math.max(size, Math.ceil((array?.length ?? 0) * 1.5)));
  return array.subarray(0, size).fill(NaN);
}

/** Scratch table of `splitCost`, (p, q) at p·`STRIDE` + q. */
const splitTable = new Float64Array(STRIDE * STRIDE);

/**
 * Cost in nats of each pair bead after the first that a projection is tiled into (see `PairCostCache.splitCost`):
 * without it a tiling takes every link gain a pair can find in a merged bead, and the search then merges a
 * language's dropped line into its neighbour's bead. On ntrex-dev pre-segmented, 0 / 1 / 2 / 3 give 3-way F1
 * 0.920 / 0.927 / 0.927 / 0.921, and on its documents as one 0.921 / 0.927 / 0.927 / 0.921 (kk-ru best at 2).
 */
export const SPLIT_WEIGHTS = { extraPart: 2 };

/**
 * Fills a pair-cost memo up front for the whole band with the exact cost of shapes with one side empty, so the
 * search reads them from arrays; bounds and token matching stay lazy. A one-sided
 * bead's cost depends only on its own units, so it is asked once per end boundary, not once per cell.
 */
function fillBlocks(
  scorer: PairScorer,
  lo: Int32Array,
  hi: Int32Array,
  offsets: Int32Array,
  values: Float64Array,
): void {
  const rows = lo.length;
  let columns = 0;
  for (let a = 0; a < rows; a++) columns = Math.max(columns, hi[a] + 1);
  // aloneB[b · STRIDE + y]: the cost of units [b − y, b) of B alone.
  const aloneB = new Float64Array(columns * STRIDE);
  for (let b = 0; b < columns; b++) for (let y = 1; y <= Math.min(MAX_SIDE, b); y++) aloneB[b * STRIDE + y] = scorer.cost(0, 0, b - y, b);
  const aloneA = new Float64Array(STRIDE);
  for (let a = 0; a < rows; a++) {
    const xs = Math.min(MAX_SIDE, a);
    for (let x = 1; x <= xs; x++) aloneA[x] = scorer.cost(a - x, a, 0, 0);
    let block = offsets[a];
    for (let b = lo[a]; b <= hi[a]; b++, block += BLOCK) {
      const ys = Math.min(MAX_SIDE, b);
      for (let x = 1; x <= xs; x++) values[block + costAt(x * STRIDE)] = aloneA[x];
      for (let y = 1; y <= ys; y++) values[block + costAt(y)] = aloneB[b * STRIDE + y];
      // Bounds are left to first use (see `PairCostCache.fillBound`): the search reads one only where a cost is
      // not known yet, a small share of the band's blocks.
    }
  }
}

/**
 * The tube around two pairwise alignments of axis 0 with axes 1 and 2: in row i, the boundaries the pairwise
 * beads covering i reach, widened by `halfWidth` (see `bandAroundPath`). With `settledOnly`, rows where both
 * pairwise alignments have only 1-1 beads within `SETTLED_REACH` rows are not widened: both pairs agree on a plain
 * run of sentences there, and the joint search spends its states where a merge or a gap needs deciding.
 */
export function tubeFromPairs(
  path01: readonly SpanBead[],
  path02: readonly SpanBead[],
  sizes: readonly [number, number, number],
  halfWidth: number,
  settledOnly = false,
): Tube {
  const widths = settledOnly ? rowWidths(path01, path02, sizes[0], halfWidth) : halfWidth;
  const [lo1, hi1] = bandAroundPath(path01, sizes[0], sizes[1], widths);
  const [lo2, hi2] = bandAroundPath(path02, sizes[0], sizes[2], widths);
  return { lo1, hi1, lo2, hi2 };
}

/** Rows this close to a bead other than 1-1 (in either pairwise alignment) keep the full tube width. */
const SETTLED_REACH = 1;

function rowWidths(path01: readonly SpanBead[], path02: readonly SpanBead[], n0: number, halfWidth: number): Int32Array {
  const widths = new Int32Array(n0 + 1);
  for (const path of [path01, path02]) {
    for (const bead of path) {
      if (bead.ends[0] - bead.starts[0] === 1 && bead.ends[1] - bead.starts[1] === 1) continue;
      const from = Math.max(0, bead.starts[0] - SETTLED_REACH);
      const to = Math.min(n0, bead.ends[0] + SETTLED_REACH);
      for (let i = from; i <= to; i++) widths[i] = halfWidth;
    }
  }
  return widths;
}
