import type { Lang } from '../model/index.js';
import { PAIR_TYPE_COUNTS, TRIPLE_TYPE_COUNTS } from './length-constants.js';

/** A bead shape: units per language, with its prior cost −log P(shape) in nats. */
export interface BeadType {
  counts: number[];
  prior: number;
}

/** Largest number of units one language contributes to a bead (4 occurs once in 615 dev beads). */
export const MAX_UNITS = 3;

/** Add-k smoothing of shape counts, so shapes unseen in dev stay possible. */
const SMOOTHING = 0.5;

/**
 * Pseudo-count of a unit alone (one language, no counterpart in the other two). The news dev data never has one,
 * but text extracted from PDF journals does: stray fragments such as seed 000's Russian `является формирова-ние.`
 * must not be glued to a neighbouring sentence.
 */
export const LONE_UNIT_PSEUDO_COUNT = 4;

/**
 * Extra cost of a 3-way shape with one language empty (1-1-0, 2-1-0…). Without it the joint search leaves a language
 * out too often (20 1-1-0 beads for 13 in the gold on ntrex-dev): the link gain the bead forgoes in two pairs is
 * smaller than the length costs a slightly uneven translation pays there. Tuned on ntrex-dev (0, 1, 1.5, 2, 2.5, 4
 * give 3-way F1 0.909, 0.915, 0.918, 0.920, 0.917, 0.914).
 */
export const TRIPLE_WEIGHTS = { emptySide: 2 };

/**
 * The shapes a two-language bead may take: 1-0, 0-1 and every m-n with 1 ≤ m, n ≤ 3. Priors come from the dev
 * counts of both directions averaged, because which language merges more is a property of a document, not of
 * the language pair.
 */
export function pairBeadTypes(a: Lang, b: Lang): BeadType[] {
  const counts = PAIR_TYPE_COUNTS[`${a}-${b}`] ?? PAIR_TYPE_COUNTS[`${b}-${a}`] ?? PAIR_TYPE_COUNTS['en-kk'];
  const shapes: number[][] = [[1, 0], [0, 1]];
  // 3-3 is left out: never seen in the dev pairs, and the most expensive shape to score.
  for (let x = 1; x <= MAX_UNITS; x++) for (let y = 1; y <= MAX_UNITS; y++) if (x + y < 2 * MAX_UNITS) shapes.push([x, y]);
  const symmetric = (x: number, y: number): number => ((counts[`${x}-${y}`] ?? 0) + (counts[`${y}-${x}`] ?? 0)) / 2;
  return withPriors(shapes, (shape) => symmetric(shape[0], shape[1]));
}

/**
 * The shapes a three-language bead may take: every shape with 1–3 units in each language; with one language
 * empty, 1–2 units in each of the other two; with two empty, one unit alone. Priors average the dev counts over
 * the permutations of the languages (for the same reason as in `pairBeadTypes`).
 */
export function tripleBeadTypes(): BeadType[] {
  const shapes: number[][] = [];
  for (let x = 0; x <= MAX_UNITS; x++) {
    for (let y = 0; y <= MAX_UNITS; y++) {
      for (let z = 0; z <= MAX_UNITS; z++) {
        const shape = [x, y, z];
        const zeros = shape.filter((n) => n === 0).length;
        if (zeros === 3) continue;
        if (zeros === 2 && x + y + z !== 1) continue;
        if (zeros === 1 && Math.max(x, y, z) > 2) continue;
        shapes.push(shape);
      }
    }
  }
  const types = withPriors(shapes, (shape) => {
    if (shape[0] + shape[1] + shape[2] === 1) return LONE_UNIT_PSEUDO_COUNT;
    const perms = permutations(shape);
    return perms.reduce((sum, p) => sum + (TRIPLE_TYPE_COUNTS[p.join('-')] ?? 0), 0) / perms.length;
  });
  for (const type of types) {
    const zeros = type.counts.filter((n) => n === 0).length;
    if (zeros === 1) type.prior += TRIPLE_WEIGHTS.emptySide;
  }
  return types;
}

function withPriors(shapes: number[][], count: (shape: number[]) => number): BeadType[] {
  const smoothed = shapes.map((shape) => count(shape) + SMOOTHING);
  const total = smoothed.reduce((s, x) => s + x, 0);
  return shapes.map((counts, i) => ({ counts, prior: -Math.log(smoothed[i] / total) }));
}

function permutations(shape: number[]): number[][] {
  const [x, y, z] = shape;
  const all = [[x, y, z], [x, z, y], [y, x, z], [y, z, x], [z, x, y], [z, y, x]];
  return all;
}

/**
 * `derive` remembered per type list: every search of a document asks for the same few lists, and the lists are
 * never changed, so what is worked out from one (shape tables, a filtered list) is worked out once.
 */
export function perTypeList<T>(derive: (types: readonly BeadType[]) => T): (types: readonly BeadType[]) => T {
  const known = new WeakMap<readonly BeadType[], T>();
  return (types) => {
    let value = known.get(types);
    if (value === undefined) known.set(types, (value = derive(types)));
    return value;
  };
}
