// Alignment throughput: every ntrex-dev pre-segmented document on its own, and all of them concatenated into one
// long document (about 700 units per language), plus a synthetic 2,000-unit document made by repeating the
// concatenation, which is the size the issue bounds (≤ 0.5 s for three languages).
// Runnable alone: `node dist/pipeline/bench/align.js [DATA_DIR]`.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignUnits } from '../../src/align/index.js';
import { clearWordMemo } from '../../src/align/unit-features.js';
import { readTaskUnits } from '../eval/preseg-units.js';
import type { Lang } from '../../src/model/index.js';

const LANGS: Lang[] = ['en', 'kk', 'ru'];

function unitCount(units: Record<Lang, string[]>): number {
  return LANGS.reduce((sum, lang) => sum + units[lang].length, 0);
}

/** Median wall time in ms of `runs` alignments of one document (after one warm-up run). */
function timeAlignment(units: Record<Lang, string[]>, runs: number): number {
  alignUnits(units);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    alignUnits(units);
    times.push(performance.now() - started);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)];
}

/** Prints alignment throughput (units of all languages per second) on the ntrex-dev tasks. */
export async function benchAlignment(print: (line: string) => void, dataDir: string): Promise<void> {
  const presegDir = path.join(dataDir, 'ntrex-dev', 'preseg');
  const concatDir = path.join(dataDir, 'ntrex-dev', 'preseg_concat');
  if (!existsSync(presegDir)) {
    print(`alignment: skipped, \`${presegDir}\` does not exist (pass --data DIR).`);
    return;
  }
  const docs = readdirSync(presegDir).filter((doc) => existsSync(path.join(presegDir, doc, 'en.txt'))).sort();
  const tasks = docs.map((doc) => readTaskUnits(path.join(presegDir, doc)));
  for (const task of tasks) alignUnits(task);
  let units = 0;
  const started = performance.now();
  for (const task of tasks) {
    alignUnits(task);
    units += unitCount(task);
  }
  const seconds = (performance.now() - started) / 1000;
  print(`alignment, ${docs.length} documents one by one: ${units} units in ${seconds.toFixed(2)} s = ${Math.round(units / seconds)} units/s`);
  if (existsSync(concatDir)) {
    const concat = readTaskUnits(concatDir);
    const ms = timeAlignment(concat, 3);
    print(`alignment, all documents as one (${concat.en.length} en units): ${ms.toFixed(0)} ms = ${Math.round(unitCount(concat) / (ms / 1000))} units/s`);
    // Three copies of the concatenation: a parallel document of about 2,000 units per language.
    const large = Object.fromEntries(LANGS.map((lang) => [lang, [...concat[lang], ...concat[lang], ...concat[lang]]])) as Record<Lang, string[]>;
    const sizes = LANGS.map((lang) => `${large[lang].length} ${lang}`).join(' / ');
    clearWordMemo();
    const coldStarted = performance.now();
    alignUnits(large);
    const coldMs = performance.now() - coldStarted;
    // Seven timed runs: with three, one pause of the collector moved the median by 10% from run to run.
    const largeMs = timeAlignment(large, 7);
    print(
      `alignment, ${sizes} units: first run ${coldMs.toFixed(0)} ms, then median ${largeMs.toFixed(0)} ms = ` +
        `${Math.round(unitCount(large) / (largeMs / 1000))} units/s (issue bound for 2,000 per language: 500 ms)`,
    );
    const single = Object.fromEntries(LANGS.map((lang) => [lang, large[lang]])) as Record<Lang, string[]>;
    const onePassMs = (() => {
      const started = performance.now();
      alignUnits(single, { lexiconPass: false });
      return performance.now() - started;
    })();
    print(`alignment, same document without the lexicon pass: ${onePassMs.toFixed(0)} ms`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const dataDir = process.argv[2] ?? process.env.TILMASH_DATA ?? path.resolve(repoDir, '..', 'shared', 'data');
  await benchAlignment((line) => process.stdout.write(line + '\n'), dataDir);
}
