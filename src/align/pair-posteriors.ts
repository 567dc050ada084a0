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
  const beadScore = (t: number, i: number, j: number): number => {
    const [x, y] = types[t].counts;
    let cost = types[t].prior + scorer.cost(i - x, i, j - y, j);
    if (loneDiscount && x + y === 1) cost -= loneDiscount(x === 1 ? 0 : 1, x === 1 ? i - 1 : j - 1);
    return -cost;
  };
  const forward = new Float64Array(offset[nA + 1]).fill(-Infinity);
  forward[0] = 0;
  for (let i = 0; i <= nA; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      const terms: number[] = [];
      for (let t = 0; t < types.length; t++) {
        const [x, y] = types[t].counts;
        if (!inBand(i - x, j - y)) continue;
        const previous = forward[offset[i - x] + j - y - lo[i - x]];
        if (previous !== -Infinity) terms.push(previous + beadScore(t, i, j));
      }
      forward[offset[i] + j - lo[i]] = logSumExp(terms);
    }
  }
  const backward = new Float64Array(offset[nA + 1]).fill(-Infinity);
  backward[offset[nA] + nB - lo[nA]] = 0;
  for (let i = nA; i >= 0; i--) {
    for (let j = hi[i]; j >= lo[i]; j--) {
      if (i === nA && j === nB) continue;
      const terms: number[] = [];
      for (let t = 0; t < types.length; t++) {
        const [x, y] = types[t].counts;
        if (!inBand(i + x, j + y)) continue;
        const next = backward[offset[i + x] + j + y - lo[i + x]];
        if (next !== -Infinity) terms.push(next + beadScore(t, i + x, j + y));
      }
      backward[offset[i] + j - lo[i]] = logSumExp(terms);
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

function logSumExp(terms: readonly number[]): number {
  if (terms.length === 0) return -Infinity;
  let max = -Infinity;
  for (const term of terms) if (term > max) max = term;
  if (max === -Infinity) return max;
  let sum = 0;
  for (const term of terms) sum += Math.exp(term - max);
  return max + Math.log(sum);
}
