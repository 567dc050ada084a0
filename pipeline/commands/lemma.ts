import type { ExitCode } from './types.js';
import { EXIT_FAILED } from './types.js';

export interface LemmaCommandOptions {
  lang: string;
  file?: string;
}

/** `tilmash lemma --lang en|kk|ru [FILE]`: one word per line in, `word<TAB>key` out. */
export async function lemmaCommand(_options: LemmaCommandOptions): Promise<ExitCode> {
  process.stderr.write('tilmash lemma: not implemented yet\n');
  return EXIT_FAILED;
}
