import { alignUnits } from '../../src/align/index.js';
import type { Bead, Lang } from '../../src/model/index.js';
import { readTextInput } from './io.js';
import type { ExitCode } from './types.js';
import { EXIT_OK, UsageError } from './types.js';

export interface AlignCommandOptions {
  en?: string;
  kk?: string;
  ru?: string;
  format: string;
}

const LANGS: Lang[] = ['en', 'kk', 'ru'];

/** One unit per line; a final line break does not make an extra unit, and CR LF counts as one break. */
function splitUnits(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * `tilmash align --en A --kk B --ru C [--format json|tsv]`: aligns pre-split text (one unit per line) in two or
 * three languages and prints the beads with 0-based line numbers. JSON: `{ "beads": [ { "en": [0], "kk": [0, 1],
 * "score": 0.97 } ] }` with only the given languages; TSV: one bead per line, a column per given language (comma-
 * separated line numbers, empty when none) and the score. A file given as `-` is read from standard input.
 */
export async function alignCommand(options: AlignCommandOptions): Promise<ExitCode> {
  const given = LANGS.filter((lang) => options[lang] !== undefined);
  if (given.length < 2) {
    throw new UsageError(`Expected at least two of --en, --kk, --ru, found ${given.length === 0 ? 'none' : `only --${given[0]}`}.`);
  }
  if (given.filter((lang) => options[lang] === '-').length > 1) {
    throw new UsageError('Expected at most one language read from standard input (`-`), found several.');
  }
  if (options.format !== 'json' && options.format !== 'tsv') {
    throw new UsageError(`Expected --format json or tsv, found \`${options.format}\`.`);
  }
  const units: Partial<Record<Lang, string[]>> = {};
  for (const lang of given) units[lang] = splitUnits(await readTextInput(options[lang]));
  const beads = alignUnits(units);
  process.stdout.write(options.format === 'json' ? formatJson(beads, given) : formatTsv(beads, given));
  return EXIT_OK;
}

function formatJson(beads: readonly Bead[], langs: readonly Lang[]): string {
  const out = beads.map((bead) => {
    const record: Record<string, number[] | number> = {};
    for (const lang of langs) record[lang] = bead[lang];
    record.score = bead.score;
    return record;
  });
  return JSON.stringify({ beads: out }) + '\n';
}

function formatTsv(beads: readonly Bead[], langs: readonly Lang[]): string {
  return beads.map((bead) => [...langs.map((lang) => bead[lang].join(',')), String(bead.score)].join('\t') + '\n').join('');
}
