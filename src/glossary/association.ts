/**
 * Association measures on a 2×2 contingency table of bead counts: `both` beads hold a and b, `a` beads hold a,
 * `b` beads hold b, out of `total` beads that have both languages.
 */
export interface PairCounts {
  both: number;
  a: number;
  b: number;
  total: number;
}

function xlogx(x: number): number {
  return x > 0 ? x * Math.log(x) : 0;
}

/**
 * Dunning's log-likelihood ratio G². Reliable on the small counts of a journal corpus where χ² is not;
 * 0 when the pair co-occurs no more than chance predicts (negative association is not evidence of translation).
 */
export function logLikelihood({ both, a, b, total }: PairCounts): number {
  const k11 = both;
  const k12 = a - both;
  const k21 = b - both;
  const k22 = total - a - b + both;
  if (k12 < 0 || k21 < 0 || k22 < 0 || total <= 0) return 0;
  const expected = (a * b) / total;
  if (both <= expected) return 0;
  const g =
    2 *
    (xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22) -
      xlogx(k11 + k12) - xlogx(k21 + k22) - xlogx(k11 + k21) - xlogx(k12 + k22) + xlogx(total));
  return Math.max(0, g);
}

/** Dice coefficient 2·both / (a + b): the tie-breaker, and the strength used in entry scores. */
export function dice({ both, a, b }: Pick<PairCounts, 'both' | 'a' | 'b'>): number {
  return a + b === 0 ? 0 : (2 * both) / (a + b);
}

/**
 * A cautious Dice: the lower Wilson bound (z = 1, about 84% one-sided) of Dice read as a proportion over
 * (a + b) / 2 trials. Dice is 1 for a pair seen together once and for a pair seen together ten times out of ten;
 * the bound tells them apart (0.5 and 0.91), so rankings favour recurring evidence over lucky singletons.
 */
export function diceLowerBound({ both, a, b }: Pick<PairCounts, 'both' | 'a' | 'b'>): number {
  const n = (a + b) / 2;
  if (n <= 0) return 0;
  const p = Math.min(1, both / n);
  const z2 = 1;
  const centre = p + z2 / (2 * n);
  const margin = Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.max(0, (centre - margin) / (1 + z2 / n));
}
