import type { ExitCode } from './types.js';
import { EXIT_FAILED } from './types.js';

export interface ReviewImportOptions {
  workbook: string;
  corpus: string;
}

/** `tilmash review import FILE.xlsx`: merges a reviewer's decisions into the corpus decisions file. */
export async function reviewImportCommand(_options: ReviewImportOptions): Promise<ExitCode> {
  process.stderr.write('tilmash review import: not implemented yet\n');
  return EXIT_FAILED;
}
