import type { Lang } from '../model/index.js';

/**
 * Constants of the alignment model, measured on the ntrex-dev pre-segmented gold (49 news documents, 615 3-way
 * beads) with `node dist/pipeline/eval/align-constants.js` (source: `pipeline/eval/align-constants.ts`).
 * Lengths are counted by `unitLength` (code points, white-space runs as one).
 */

/** Gale–Church parameters of one ordered language pair (a → b): lb ≈ ratio·la, (lb − ratio·la)² ≈ variance·la. */
export interface LengthModel {
  ratio: number;
  variance: number;
}

/**
 * Per-pair length ratio (Σ lb ÷ Σ la over gold beads with both sides non-empty) and variance (mean of
 * (lb − ratio·la)² ÷ la). Russian runs about 10 % longer than English, Kazakh about 4 %; the Kazakh–Russian
 * variance is the largest (two translations of the English, each with its own freedom).
 */
export const LENGTH_MODELS: Record<string, LengthModel> = {
  'en-kk': { ratio: 1.0367, variance: 4.921 },
  'en-ru': { ratio: 1.0993, variance: 4.984 },
  'kk-ru': { ratio: 1.0577, variance: 6.17 },
};

/** The length model of the ordered pair (a, b), inverting the stored direction when needed. */
export function lengthModel(a: Lang, b: Lang): LengthModel {
  const direct = LENGTH_MODELS[`${a}-${b}`];
  if (direct) return direct;
  const inverse = LENGTH_MODELS[`${b}-${a}`];
  if (inverse) return { ratio: 1 / inverse.ratio, variance: inverse.variance / inverse.ratio };
  // Same language on both sides (never in tilmash, but keep the function total).
  return { ratio: 1, variance: 5 };
}

/**
 * Gold 3-way bead-type counts (units en-kk-ru) on ntrex-dev. 24 % of beads are not 1-1-1 because each language
 * independently merged about 8 % of line boundaries and dropped about 2 % of lines.
 */
export const TRIPLE_TYPE_COUNTS: Record<string, number> = {
  '1-1-1': 470, '2-2-1': 28, '2-1-2': 26, '1-1-0': 13, '1-2-2': 13, '0-1-1': 10, '1-0-1': 10, '2-1-1': 7,
  '1-1-2': 5, '1-2-1': 4, '3-2-2': 4, '1-3-3': 4, '2-2-2': 3, '2-3-2': 3, '3-3-1': 2, '2-1-3': 1, '2-3-1': 1,
  '3-1-2': 1, '2-2-3': 1, '1-3-2': 1, '2-3-3': 1, '1-3-1': 1, '3-2-1': 1,
};

/** Gold pair bead-type counts (units a-b) on ntrex-dev, per pair. */
export const PAIR_TYPE_COUNTS: Record<string, Record<string, number>> = {
  'en-kk': { '1-1': 567, '2-1': 40, '1-2': 20, '0-1': 14, '1-0': 12, '1-3': 7, '2-2': 2, '3-1': 2, '2-3': 1, '3-2': 1 },
  'en-ru': { '1-1': 557, '2-1': 40, '1-2': 21, '1-0': 15, '0-1': 11, '1-3': 6, '2-2': 4, '3-1': 4, '2-3': 1 },
  'kk-ru': { '1-1': 543, '2-1': 36, '1-2': 31, '1-0': 15, '0-1': 13, '2-2': 8, '3-1': 4, '1-3': 2, '2-3': 1 },
};
