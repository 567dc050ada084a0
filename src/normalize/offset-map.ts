import type { OffsetMap } from './types.js';

/**
 * Source offset of normalized offset `n` (0 ≤ n ≤ text length). Binary search over the runs, so resolving
 * every sentence boundary of a long body stays cheap.
 */
export function toSourceOffset(map: OffsetMap, n: number): number {
  const { runs } = map;
  if (runs.length === 0) return n;
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid][0] <= n) lo = mid;
    else hi = mid - 1;
  }
  const [n0, s0] = runs[lo];
  return s0 + (n - n0);
}

/** Identity map for text that normalize left unchanged, starting at source offset `sourceStart`. */
export function identityMap(sourceStart: number): OffsetMap {
  return { runs: [[0, sourceStart]] };
}
