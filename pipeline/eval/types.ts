/** One acceptance figure: printed in the closing summary of `npm run eval` with its threshold. */
export interface EvalCheck {
  name: string;
  value: number;
  /** The figure must be at least this (or at most, when `atMost` is set). */
  min?: number;
  atMost?: number;
}

export interface EvalContext {
  /** The dev data folder (`../shared/data` by default). */
  dataDir: string;
  /** The repository root (for test/fixtures and corpus/). */
  repoDir: string;
  print(line: string): void;
}

/** An evaluation part: prints its tables and returns its acceptance figures. */
export interface Evaluator {
  name: string;
  /** Data sub-folders it reads; missing ones make the part report itself skipped. */
  needs: string[];
  run(context: EvalContext): Promise<EvalCheck[]>;
}
