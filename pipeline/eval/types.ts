/** One acceptance figure: printed in the closing summary of `npm run eval` with its threshold. */
export interface EvalCheck {
  name: string;
  value: number;
  /** The figure must be at least this (or at most, when `atMost` is set). */
  min?: number;
  atMost?: number;
}

import type { DatasetKind, Datasets } from './datasets.js';

export interface EvalContext {
  /** The data folder (`../shared/data` by default): dev datasets and any held-out ones of the same layouts. */
  dataDir: string;
  /** The datasets found in `dataDir` (see datasets.ts); each part measures every one of its kinds. */
  datasets: Datasets;
  /** The repository root (for test/fixtures and corpus/). */
  repoDir: string;
  print(line: string): void;
}

/** An evaluation part: prints its tables and returns its acceptance figures. */
export interface Evaluator {
  name: string;
  /** The kinds of dataset it measures; when the data folder holds none of them, the part reports itself skipped. */
  needs: DatasetKind[];
  run(context: EvalContext): Promise<EvalCheck[]>;
}
