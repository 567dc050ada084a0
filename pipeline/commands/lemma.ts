import { isLang } from '../../src/model/index.js';
import { lemmaKey, loadMorphology } from '../../src/terms/morphology/index.js';
import { readTextInput } from './io.js';
import type { ExitCode } from './types.js';
import { EXIT_OK, UsageError } from './types.js';

export interface LemmaCommandOptions {
  lang: string;
  file?: string;
}

/**
 * Renders the `lemma` output for a list of lines: `word<TAB>key` per word. A blank input line stays a blank
 * output line, so the output lines up with the input line for line.
 */
export function formatLemmaLines(lines: string[], key: (word: string) => string): string {
  let out = '';
  for (const line of lines) {
    const word = line.trim();
    out += word === '' ? '\n' : `${word}\t${key(word)}\n`;
  }
  return out;
}

/** `tilmash lemma --lang en|kk|ru [FILE]`: one word per line in, `word<TAB>key` out. */
export async function lemmaCommand(options: LemmaCommandOptions): Promise<ExitCode> {
  const lang = options.lang;
  if (!isLang(lang)) throw new UsageError(`Expected --lang to be en, kk or ru, found \`${lang}\`.`);
  const text = await readTextInput(options.file);
  await loadMorphology([lang]);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  // A final newline ends the last line rather than starting an empty one.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  process.stdout.write(formatLemmaLines(lines, (word) => lemmaKey(word, lang)));
  return EXIT_OK;
}
