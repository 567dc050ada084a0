import type { ExitCode } from './types.js';
import { EXIT_FAILED } from './types.js';

export interface AlignCommandOptions {
  en?: string;
  kk?: string;
  ru?: string;
  format: string;
}

/** `tilmash align --en A --kk B --ru C [--format json|tsv]`: aligns pre-split text (one unit per line). */
export async function alignCommand(_options: AlignCommandOptions): Promise<ExitCode> {
  process.stderr.write('tilmash align: not implemented yet\n');
  return EXIT_FAILED;
}
