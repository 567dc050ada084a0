import type { BeadIndices, Lang } from '../model/index.js';
import { searchBand } from './align-pair.js';
import { pairBeadTypes } from './bead-types.js';
import { findCognates } from './find-cognates.js';
import { lengthModel } from './length-constants.js';
import { buildLexicalMatch } from './lexical-match.js';
import { makePairScorer } from './score-pair.js';
import { unitFeatures } from './unit-features.js';

/** A bead of one language pair: unit indices of each of the two languages. */
export type PairBead = Partial<Record<Lang, number[]>>;

/**
 * Projects 3-way beads onto the language pair (a, b): keeps the two languages, drops beads empty in both, and splits
 * a projection with units on both sides and three or more in all into the smallest pair beads the pair's own
 * evidence supports: a 2-2-1 bead where Russian merged two sentences is two 1-1 beads between English and Kazakh,
 * and a 2-3-1 bead where English lacks a line that Kazakh has and Russian merged with its neighbours is 1-1, 1-1
 * and 0-1 between English and Kazakh. The split is a dynamic programme inside the projection over every pair shape
 * (a unit of one language alone included), scored by length and cognates with the pair's shape priors.
 */
export function projectBeads(
  beads: readonly BeadIndices[],
  a: Lang,
  b: Lang,
  units: Partial<Record<Lang, readonly string[]>>,
): PairBead[] {
  const out: PairBead[] = [];
  const unitsA = units[a] ?? [];
  const unitsB = units[b] ?? [];
  const types = pairBeadTypes(a, b);
  for (const bead of beads) {
    const ia = bead[a];
    const ib = bead[b];
    if (ia.length === 0 && ib.length === 0) continue;
    // A projection of two units, or with one side empty, is a pair bead as it stands.
    if (ia.length + ib.length < 3 || ia.length === 0 || ib.length === 0) {
      out.push({ [a]: [...ia], [b]: [...ib] });
      continue;
    }
    const fa = ia.map((i) => unitFeatures(unitsA[i] ?? '', a));
    const fb = ib.map((j) => unitFeatures(unitsB[j] ?? '', b));
    const scorer = makePairScorer(
      fa.map((f) => f.length),
      fb.map((f) => f.length),
      lengthModel(a, b),
      buildLexicalMatch(fa, fb, findCognates(fa, fb)),
    );
    const lo = new Int32Array(ia.length + 1);
    const hi = new Int32Array(ia.length + 1).fill(ib.length);
    let parts;
    try {
      parts = searchBand(scorer, types, lo, hi);
    } catch {
      // Shapes that cannot tile the projection (4-1 and wider) leave it whole.
      parts = [{ starts: [0, 0], ends: [ia.length, ib.length], cost: 0 }];
    }
    for (const part of parts) {
      out.push({ [a]: ia.slice(part.starts[0], part.ends[0]), [b]: ib.slice(part.starts[1], part.ends[1]) });
    }
  }
  return out;
}
