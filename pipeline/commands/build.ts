import type { ExitCode } from './types.js';
import { EXIT_FAILED } from './types.js';

export interface BuildCommandOptions {
  corpus: string;
  out: string;
  jobs: number;
  force: boolean;
  strict: boolean;
}

/** `tilmash build`: runs the staged pipeline over the corpus folder and writes the output folder. */
export async function buildCommand(_options: BuildCommandOptions): Promise<ExitCode> {
  process.stderr.write('tilmash build: not implemented yet\n');
  return EXIT_FAILED;
}
