import { bandAroundPath, type SpanBead } from './align-pair.js';
import type { BeadType } from './bead-types.js';
import type { PairScorer } from './score-pair.js';

/** Half-width of the band around the chosen path in which alternative paths are summed. */
const POSTERIOR_BAND = 4;

/**
 * Posterior probability of each bead of a two-language alignment: the share of all paths through the band (each
 * weighted by exp(−cost)) that contain the bead, from a forward and a backward pass over the same grid as the
 * search (log-sum-exp instead of min). A bead that many cheap alternatives cut differently gets a low posterior.
 *
 * @returns one probability in [0, 1] per bead of `path`.
 */
export function pairPosteriors(
  scorer: PairScorer,
  types: readonly BeadType[],
  path: readonly SpanBead[],
  loneDiscount?: (side: number, unit: number) => number,
): number[] {
  const nA = scorer.sizeA;
  const nB = scorer.sizeB;
  const [lo, hi] = bandAroundPath(path, nA, nB, POSTERIOR_BAND);
  const offset = new Int32Array(nA + 2);
  for (let i = 0; i <= nA; i++) offset[i + 1] = offset[i] + (hi[i] - lo[i] + 1);
  const inBand = (i: number, j: number): boolean => i >= 0 && i <= nA && j >= lo[i] && j <= hi[i];
  const X = Int32Array.from(types, (t) => t.counts[0]);
  const Y = Int32Array.from(types, (t) => t.counts[1]);
  const prior = Float64Array.from(types, (t) => t.prior);
  const discountA = Float64Array.from({ length: nA }, (_, unit) => loneDiscount?.(0, unit) ?? 0);
  const discountB = Float64Array.from({ length: nB }, (_, unit) => loneDiscount?.(1, unit) ?? 0);
  const beadScore = (t: number, i: number, j: number): number => {
    const x = X[t];
    const y = Y[t];
    let cost = prior[t] + scorer.cost(i - x, i, j - y, j);
    if (x + y === 1) cost -= x === 1 ? discountA[i - 1] : discountB[j - 1];
    return -cost;
  };
  // One buffer for the terms of every cell's log-sum-exp.
  const terms = new Float64Array(types.length);
  const forward = new Float64Array(offset[nA + 1]).fill(-Infinity);
  forward[0] = 0;
  for (let i = 0; i <= nA; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      let count = 0;
      for (let t = 0; t < types.length; t++) {
        if (!inBand(i - X[t], j - Y[t])) continue;
        const previous = forward[offset[i - X[t]] + j - Y[t] - lo[i - X[t]]];
        if (previous !== -Infinity) terms[count++] = previous + beadScore(t, i, j);
      }
      forward[offset[i] + j - lo[i]] = logSumExp(terms, count);
    }
  }
  const backward = new Float64Array(offset[nA + 1]).fill(-Infinity);
  backward[offset[nA] + nB - lo[nA]] = 0;
  for (let i = nA; i >= 0; i--) {
    for (let j = hi[i]; j >= lo[i]; j--) {
      if (i === nA && j === nB) continue;
      let count = 0;
      for (let t = 0; t < types.length; t++) {
        if (!inBand(i + X[t], j + Y[t])) continue;
        const next = backward[offset[i + X[t]] + j + Y[t] - lo[i + X[t]]];
        if (next !== -Infinity) terms[count++] = next + beadScore(t, i + X[t], j + Y[t]);
      }
      backward[offset[i] + j - lo[i]] = logSumExp(terms, count);
    }
  }
  const total = forward[offset[nA] + nB - lo[nA]];
  return path.map((bead) => {
    const [i0, j0] = bead.starts;
    const [i1, j1] = bead.ends;
    const t = types.findIndex((type) => type.counts[0] === i1 - i0 && type.counts[1] === j1 - j0);
    if (t < 0 || !inBand(i0, j0) || !inBand(i1, j1)) return 0;
    const through = forward[offset[i0] + j0 - lo[i0]] + beadScore(t, i1, j1) + backward[offset[i1] + j1 - lo[i1]];
    return Math.min(1, Math.exp(through - total));
  });
}

/** log Σ exp(terms[0..count)), computed around the largest term. */
function logSumExp(terms: Float64Array, count: number): number {
  if (count === 0) return -Infinity;
  let max = -Infinity;
  for (let t = 0; t < count; t++) if (terms[t] > max) max = terms[t];
  if (max === -Infinity) return max;
  let sum = 0;
  for (let t = 0; t < count; t++) sum += Math.exp(terms[t] - max);
  return max + Math.log(sum);
}
