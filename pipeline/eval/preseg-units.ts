// Reading the pre-segmented dev tasks (`ntrex-dev/preseg/<doc>/{en,kk,ru}.txt`): one unit per line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGS, type Lang } from '../../src/model/index.js';

/** Lines of a one-unit-per-line file (a final newline does not make an extra unit). */
export function readLines(file: string): string[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The units of one task folder, per language. */
export function readTaskUnits(dir: string): Record<Lang, string[]> {
  return Object.fromEntries(LANGS.map((lang) => [lang, readLines(path.join(dir, `${lang}.txt`))])) as Record<Lang, string[]>;
}
