import type { Lang } from './lang.js';

/**
 * One aligned unit across languages. Per language, the 0-based indices of the sentences (units) in the bead,
 * in increasing order; an empty list means no counterpart in that language. Gold and system beads share
 * this shape for scoring.
 */
export type BeadIndices = Record<Lang, number[]>;

export interface Bead extends BeadIndices {
  /** Confidence in [0, 1]. */
  score: number;
  /** Stable kebab-case flags, e.g. `low-confidence`, `unpaired`. */
  flags: string[];
}
