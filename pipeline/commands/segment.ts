import type { ExitCode } from './types.js';
import { EXIT_FAILED } from './types.js';

export interface SegmentCommandOptions {
  lang: string;
  file?: string;
}

/** `tilmash segment --lang en|kk|ru [FILE]`: one sentence per line, a blank line between paragraphs. */
export async function segmentCommand(_options: SegmentCommandOptions): Promise<ExitCode> {
  process.stderr.write('tilmash segment: not implemented yet\n');
  return EXIT_FAILED;
}
