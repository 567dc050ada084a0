/** What C-value needs of a candidate: its words' keys and its frequency. */
export interface CValueInput {
  wordKeys: readonly string[];
  frequency: number;
  /** The word keys joined by a space, when the caller has it already. */
  key?: string;
}

/**
 * C-value (Frantzi, Ananiadou & Mima 2000) of each candidate, nestedness-aware: a candidate that mostly occurs
 * inside longer candidates ("state" inside "state power") loses the frequency those explain:
 *
 *   C(a) = w(a) · (f(a) − Σ_{b ∈ T(a)} f(b) / |T(a)|)   when a is nested in the candidates T(a),
 *   C(a) = w(a) · f(a)                                  otherwise,
 *
 * with w(a) = log2(|a| + 1) so that single words (log2 1 = 0 in the original) still rank by frequency.
 * Nesting is contiguous containment of the word keys. Returns scores in the order of `candidates`.
 */
export function scoreCValue(candidates: readonly CValueInput[]): number[] {
  const indexByKey = new Map<string, number>();
  candidates.forEach((c, i) => indexByKey.set(c.key ?? c.wordKeys.join(' '), i));
  const nestedSum = new Array<number>(candidates.length).fill(0);
  const nestedCount = new Array<number>(candidates.length).fill(0);
  candidates.forEach((longer) => {
    const keys = longer.wordKeys;
    // A single word contains no shorter candidate.
    if (keys.length < 2) return;
    const seen = new Set<number>();
    for (let from = 0; from < keys.length; from++) {
      for (let to = from + 1; to <= keys.length; to++) {
        if (to - from === keys.length) continue;
        const inner = indexByKey.get(keys.slice(from, to).join(' '));
        if (inner === undefined || seen.has(inner)) continue;
        seen.add(inner);
        nestedSum[inner] += longer.frequency;
        nestedCount[inner] += 1;
      }
    }
  });
  return candidates.map((c, i) => {
    const weight = Math.log2(c.wordKeys.length + 1);
    const own = nestedCount[i] > 0 ? c.frequency - nestedSum[i] / nestedCount[i] : c.frequency;
    return weight * own;
  });
}
