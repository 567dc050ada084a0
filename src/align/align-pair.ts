import { perTypeList, type BeadType } from './bead-types.js';
import { galeChurchCost, LENGTH_COST_FLOOR, type PairScorer } from './score-pair.js';

/** A bead found by a search: per axis (language) the half-open unit range `[start, end)`, and its cost. */
export interface SpanBead {
  starts: number[];
  ends: number[];
  /** Cost of the bead in nats (prior + evidence), lower is better. */
  cost: number;
}

/** Half-width of the first search band around the diagonal, in units; doubled while the best path touches it. */
const INITIAL_BAND = 8;
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
  // Without a guide, a length-only search in a wide band finds the neighbourhood of the path cheaply (no token
  // matching, simple shapes); the full search then runs in a narrow band around it.
  let centre: readonly SpanBead[] = guide ?? lengthOnlyPath(scorer, types);
  for (let attempt = 1; ; attempt++) {
    const [lo, hi] = bandAroundPath(centre, nA, nB, width);
    const beads = searchBand(scorer, types, lo, hi, loneDiscount);
    const full = lo.every((v) => v === 0) && hi.every((v) => v === nB);
    if (full || !touchesEdge(beads, lo, hi, nB)) return beads;
    // The path hugs the band edge where the true path runs outside: centre the band on the path found, which moves
    // it toward the true path only where needed; widen it only when that keeps failing.
    centre = beads;
    if (attempt % RECENTRE_ATTEMPTS === 0) width *= 2;
  }
}

/** Re-centred searches at one width before the band is widened. */
const RECENTRE_ATTEMPTS = 3;

/** Half-width of the first, length-only search around the length diagonal. */
const COARSE_BAND = 32;

/** A length-only alignment (shapes up to 2 units a side) in a wide band around the length diagonal, doubling the
 * band while the path touches its edge. */
function lengthOnlyPath(scorer: PairScorer, types: readonly BeadType[]): SpanBead[] {
  const nA = scorer.sizeA;
  const nB = scorer.sizeB;
  const simple = simpleTypes(types);
  const centres = lengthDiagonal(scorer);
  for (let width = COARSE_BAND; ; width *= 2) {
    const lo = new Int32Array(nA + 1);
    const hi = new Int32Array(nA + 1);
    for (let i = 0; i <= nA; i++) {
      lo[i] = Math.max(0, Math.floor(centres[i]) - width);
      hi[i] = Math.min(nB, Math.ceil(centres[i]) + width);
    }
    lo[0] = 0;
    hi[nA] = nB;
    for (let i = nA - 1; i >= 0; i--) lo[i] = Math.min(lo[i], lo[i + 1]);
    const beads = searchLengthBand(scorer, simple, lo, hi);
    const full = lo.every((v) => v === 0) && hi.every((v) => v === nB);
    if (full || !touchesEdge(beads, lo, hi, nB)) return beads;
  }
}

/**
 * The tables of a banded search: one flat array per quantity, row i starting at offset[i] (the band is allocated
 * once, not row by row), with the start cell at cost 0; and the best cost, shape and bead cost found so far per
 * column of the row being searched. The bead shapes come from `pairShapes`.
 *
 * A row is searched shape by shape over its columns (what depends only on the shape is read once), and a cell's
 * best shape is the first in `types` order among the cheapest, as in a plain scan of `types` per cell. Shapes
 * with no unit of A (from index `ownRow`) extend a cell of the same row, which must be final first:
 * they are tried last, column by column.
 */
function bandTables(lo: Int32Array, hi: Int32Array, nA: number) {
  const offset = new Int32Array(nA + 2);
  let widest = 0;
  for (let i = 0; i <= nA; i++) {
    offset[i + 1] = offset[i] + Math.max(0, hi[i] - lo[i] + 1);
    widest = Math.max(widest, hi[i] - lo[i] + 1);
  }
  const cost = new Float64Array(offset[nA + 1]).fill(Infinity);
  const back = new Int16Array(offset[nA + 1]).fill(-1);
  const beadCost = new Float64Array(offset[nA + 1]);
  if (hi[0] >= 0) cost[0] = 0;
  return {
    offset,
    cost,
    back,
    beadCost,
    rowBest: new Float64Array(Math.max(0, widest)),
    rowType: new Int32Array(Math.max(0, widest)),
    rowBead: new Float64Array(Math.max(0, widest)),
  };
}

/**
 * The shapes of a list of pair bead types in the order a banded search tries them: those with units of A first,
 * then the others (from index `ownRow`, −1 if none), each group in `types` order; their type numbers, counts and
 * priors as parallel arrays.
 */
interface PairShapes {
  shapeCount: number;
  ownRow: number;
  T: Int32Array;
  X: Int32Array;
  Y: Int32Array;
  prior: Float64Array;
}

const pairShapes = perTypeList((types): PairShapes => {
  const order = types.map((_, t) => t).sort((s, t) => Number(types[s].counts[0] === 0) - Number(types[t].counts[0] === 0) || s - t);
  const shapes: PairShapes = {
    shapeCount: types.length,
    ownRow: order.findIndex((t) => types[t].counts[0] === 0),
    T: new Int32Array(order),
    X: new Int32Array(order.length),
    Y: new Int32Array(order.length),
    prior: new Float64Array(order.length),
  };
  order.forEach((t, n) => {
    shapes.X[n] = types[t].counts[0];
    shapes.Y[n] = types[t].counts[1];
    shapes.prior[n] = types[t].prior;
  });
  return shapes;
});

/** The shapes of a type list with at most two units a side (for the length-only search), one list per list. */
const simpleTypes = perTypeList((types) => types.filter((t) => t.counts[0] <= 2 && t.counts[1] <= 2));

/** The least `galeChurchCost − 4` of the length-only search, as that search computes it. */
const LINKED_FLOOR = LENGTH_COST_FLOOR - 4;

/**
 * `searchBand` with the coarse length-only bead cost: 0 for a unit alone, else the Gale–Church length cost − 4
 * (a link gain, so pairing beats leaving units alone). Written out, because this search visits the widest band
 * of all and the cost is a few arithmetic operations.
 */
function searchLengthBand(scorer: PairScorer, types: readonly BeadType[], lo: Int32Array, hi: Int32Array): SpanBead[] {
  const nA = scorer.sizeA;
  const nB = scorer.sizeB;
  const [prefixA, prefixB] = scorer.lengthPrefix;
  const model = scorer.model;
  const { shapeCount, ownRow, T, X, Y, prior } = pairShapes(types);
  const { offset, cost, back, beadCost, rowBest, rowType, rowBead } = bandTables(lo, hi, nA);
  const split = ownRow < 0 ? shapeCount : ownRow;
  for (let i = 0; i <= nA; i++) {
    const loi = lo[i];
    const hii = hi[i];
    if (hii < loi) continue;
    rowBest.fill(Infinity, 0, hii - loi + 1);
    rowType.fill(-1, 0, hii - loi + 1);
    rowBead.fill(0, 0, hii - loi + 1);
    for (let n = 0; n < split; n++) {
      const x = X[n];
      const y = Y[n];
      const pi = i - x;
      if (pi < 0) continue;
      // Columns j whose predecessor j − y lies in row pi's band.
      const from = Math.max(loi, lo[pi] + y, y);
      const to = Math.min(hii, hi[pi] + y);
      const t = T[n];
      const shapePrior = prior[n];
      const rowStart = offset[pi] - lo[pi];
      const lengthA = prefixA[i] - prefixA[pi];
      for (let j = from; j <= to; j++) {
        const pj = j - y;
        const previous = cost[rowStart + pj];
        if (previous === Infinity) continue;
        const slot = j - loi;
        const best = rowBest[slot];
        // A linked bead costs at least its prior + the length cost's floor − 4 (summed as below, and floating-point
        // addition is monotone): when that already loses to the best so far, the length cost is not computed.
        if (y > 0 && previous + (shapePrior + LINKED_FLOOR) >= best) continue;
        const bead = shapePrior + (y === 0 ? 0 : galeChurchCost(lengthA, prefixB[j] - prefixB[pj], model) - 4);
        if (previous + bead < best || (previous + bead === best && t < rowType[slot])) {
          rowBest[slot] = previous + bead;
          rowType[slot] = t;
          rowBead[slot] = bead;
        }
      }
    }
    const rowCell = offset[i] - loi;
    for (let j = loi; j <= hii; j++) {
      if (i === 0 && j === 0) continue;
      const slot = j - loi;
      let best = rowBest[slot];
      let bestType = rowType[slot];
      let bestBead = rowBead[slot];
      for (let n = split; n < shapeCount; n++) {
        const pj = j - Y[n];
        if (pj < loi) continue;
        const previous = cost[rowCell + pj];
        if (previous === Infinity) continue;
        const t = T[n];
        const bead = prior[n];
        if (previous + bead < best || (previous + bead === best && t < bestType)) {
          best = previous + bead;
          bestType = t;
          bestBead = bead;
        }
      }
      cost[rowCell + j] = best;
      back[rowCell + j] = bestType;
      beadCost[rowCell + j] = bestBead;
    }
  }
  return backtrack(types, offset, lo, back, beadCost, nA, nB);
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
  const { shapeCount, ownRow, T, X, Y, prior } = pairShapes(types);
  const { offset, cost, back, beadCost, rowBest, rowType, rowBead } = bandTables(lo, hi, nA);
  const split = ownRow < 0 ? shapeCount : ownRow;
  // The fragment discount of every unit, read once.
  const discountA = new Float64Array(nA);
  const discountB = new Float64Array(nB);
  if (loneDiscount) {
    for (let unit = 0; unit < nA; unit++) discountA[unit] = loneDiscount(0, unit);
    for (let unit = 0; unit < nB; unit++) discountB[unit] = loneDiscount(1, unit);
  }
  const bounded = scorer.costUnlessBeaten !== undefined;
  const linkedCost = new Float64Array(3);
  for (let i = 0; i <= nA; i++) {
    const loi = lo[i];
    const hii = hi[i];
    if (hii < loi) continue;
    rowBest.fill(Infinity, 0, hii - loi + 1);
    rowType.fill(-1, 0, hii - loi + 1);
    rowBead.fill(0, 0, hii - loi + 1);
    for (let n = 0; n < split; n++) {
      const x = X[n];
      const y = Y[n];
      const pi = i - x;
      if (pi < 0) continue;
      // Columns j whose predecessor j − y lies in row pi's band.
      const from = Math.max(loi, lo[pi] + y, y);
      const to = Math.min(hii, hi[pi] + y);
      const t = T[n];
      const shapePrior = prior[n];
      const rowStart = offset[pi] - lo[pi];
      const alone = x + y === 1 ? discountA[pi] : 0;
      for (let j = from; j <= to; j++) {
        const pj = j - y;
        const previous = cost[rowStart + pj];
        if (previous === Infinity) continue;
        const slot = j - loi;
        const best = rowBest[slot];
        // A bead whose cost bound already loses to the best so far cannot win (the shapes tried before it come
        // first in `types` order, so a tie loses too).
        let bead: number;
        if (bounded && y > 0) {
          linkedCost[0] = previous;
          linkedCost[1] = shapePrior;
          linkedCost[2] = best;
          scorer.costUnlessBeaten!(linkedCost, pi, i, pj, j);
          const linked = linkedCost[0];
          if (linked !== linked) continue;
          bead = shapePrior + linked;
        } else bead = shapePrior + scorer.cost(pi, i, pj, j);
        if (x + y === 1) bead -= alone;
        if (previous + bead < best || (previous + bead === best && t < rowType[slot])) {
          rowBest[slot] = previous + bead;
          rowType[slot] = t;
          rowBead[slot] = bead;
        }
      }
    }
    const rowCell = offset[i] - loi;
    for (let j = loi; j <= hii; j++) {
      if (i === 0 && j === 0) continue;
      const slot = j - loi;
      let best = rowBest[slot];
      let bestType = rowType[slot];
      let bestBead = rowBead[slot];
      for (let n = split; n < shapeCount; n++) {
        const y = Y[n];
        const pj = j - y;
        if (pj < loi) continue;
        const previous = cost[rowCell + pj];
        if (previous === Infinity) continue;
        const t = T[n];
        let bead = prior[n] + scorer.cost(i, i, pj, j);
        if (y === 1) bead -= discountB[pj];
        if (previous + bead < best || (previous + bead === best && t < bestType)) {
          best = previous + bead;
          bestType = t;
          bestBead = bead;
        }
      }
      cost[rowCell + j] = best;
      back[rowCell + j] = bestType;
      beadCost[rowCell + j] = bestBead;
    }
  }
  return backtrack(types, offset, lo, back, beadCost, nA, nB);
}

/** The beads of the best path of a banded pair search, read back from (nA, nB). */
function backtrack(
  types: readonly BeadType[],
  offset: Int32Array,
  lo: Int32Array,
  back: Int16Array,
  beadCost: Float64Array,
  nA: number,
  nB: number,
): SpanBead[] {
  const beads: SpanBead[] = [];
  let i = nA;
  let j = nB;
  while (i > 0 || j > 0) {
    const t = back[offset[i] + j - lo[i]];
    if (t < 0) throw new Error(`alignPair: no path reaches (${i}, ${j}); the band must contain the end points.`);
    const [x, y] = types[t].counts;
    beads.push({ starts: [i - x, j - y], ends: [i, j], cost: beadCost[offset[i] + j - lo[i]] });
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
 * beads covering i reach, widened by `halfWidth` (one value, or one per row) and made monotone, so every shape's
 * predecessor can be inside.
 */
export function bandAroundPath(
  path: readonly SpanBead[],
  nA: number,
  nB: number,
  halfWidth: number | Int32Array,
  axes: [number, number] = [0, 1],
): [Int32Array, Int32Array] {
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
    const width = typeof halfWidth === 'number' ? halfWidth : halfWidth[i];
    lo[i] = Math.max(0, lo[i] - width);
    hi[i] = Math.min(nB, hi[i] + width);
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
