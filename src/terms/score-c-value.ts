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
 *
 * @param indexOfKey each candidate's index by its key, when the caller has it already (keys are distinct)
 */
export function scoreCValue(candidates: readonly CValueInput[], indexOfKey?: ReadonlyMap<string, number>): number[] {
  let indexByKey = indexOfKey;
  if (indexByKey === undefined) {
    const built = new Map<string, number>();
    candidates.forEach((c, i) => built.set(c.key ?? c.wordKeys.join(' '), i));
    indexByKey = built;
  }
  const nestedSum = new Array<number>(candidates.length).fill(0);
  const nestedCount = new Array<number>(candidates.length).fill(0);
  // Offsets of the words in a key (at most MAX_TERM_WORDS words in practice), reused for every candidate.
  const starts: number[] = [];
  const seen: number[] = [];
  candidates.forEach((longer) => {
    const keys = longer.wordKeys;
    // A single word contains no shorter candidate.
    if (keys.length < 2) return;
    // The key of a run of words is the part of the whole key between their offsets: no array or join per run.
    const key = longer.key ?? keys.join(' ');
    starts.length = 0;
    for (let k = 0, at = 0; k < keys.length; k++) {
      starts.push(at);
      at += keys[k].length + 1;
    }
    seen.length = 0;
    for (let from = 0; from < keys.length; from++) {
      for (let to = from + 1; to <= keys.length; to++) {
        if (to - from === keys.length) continue;
        // A single word's key is the word key itself (no slice to make and hash).
        const part = to - from === 1 ? keys[from] : key.slice(starts[from], starts[to - 1] + keys[to - 1].length);
        const inner = indexByKey.get(part);
        if (inner === undefined || seen.includes(inner)) continue;
        seen.push(inner);
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
