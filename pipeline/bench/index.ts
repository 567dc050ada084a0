// `npm run bench -- [--docs N] [--jobs N] [--scaling] [--speedup] [--data DIR]`: build speed and memory on a
// generated corpus (cold, warm, one document changed, one review decision changed), alignment throughput, and optionally linear growth
// (1,000 / 3,000 / 10,000 articles) and the worker-pool speed-up. Figures come from here, never from tests.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBenchCorpus } from './generate-corpus.js';
import { benchAlignment } from './align.js';
import { LANGS, type Lang } from '../../src/model/index.js';
import type { Glossary } from '../../src/glossary/types.js';
import type { DecisionsFile } from '../../src/review/types.js';
import { DECISIONS_FILE } from '../corpus-files.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.resolve(here, '..', '..', '..');

interface BuildFigures {
  totalMs: number;
  documentPhaseMs: number;
  timings: Record<string, number>;
  documents: number;
  failed: number;
  reprocessed: number;
  glossaryEntries: number | null;
  upToDate: boolean;
  maxRssKiB: number;
}

function parseArgs(argv: string[]) {
  const options = {
    docs: 1000,
    jobs: Math.max(1, os.availableParallelism()),
    scaling: false,
    speedup: false,
    alignOnly: false,
    dataDir: process.env.TILMASH_DATA ?? path.resolve(repoDir, '..', 'shared', 'data'),
    workDir: path.join(os.tmpdir(), 'tilmash-bench'),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? '';
    if (arg === '--docs') options.docs = Number(value());
    else if (arg === '--jobs') options.jobs = Number(value());
    else if (arg === '--scaling') options.scaling = true;
    else if (arg === '--speedup') options.speedup = true;
    else if (arg === '--align-only') options.alignOnly = true;
    else if (arg === '--data') options.dataDir = path.resolve(value());
    else if (arg === '--work') options.workDir = path.resolve(value());
    else {
      process.stderr.write(
        `bench: unknown argument \`${arg}\`. Usage: npm run bench -- [--docs N] [--jobs N] [--scaling] [--speedup] [--align-only] [--data DIR] [--work DIR]\n`,
      );
      process.exit(2);
    }
  }
  if (!Number.isInteger(options.docs) || options.docs < 1) throw new Error(`Expected --docs to be a whole number ≥ 1, found ${options.docs}.`);
  return options;
}

function runBuild(corpusDir: string, outDir: string, jobs: number, force = false): BuildFigures {
  const output = execFileSync(process.execPath, [path.join(here, 'run-build.js'), corpusDir, outDir, String(jobs), force ? 'force' : ''], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output.trim().split('\n').pop()!) as BuildFigures;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function describe(label: string, figures: BuildFigures): string {
  const stages = Object.entries(figures.timings)
    .map(([stage, ms]) => `${stage} ${seconds(ms)}`)
    .join(', ');
  return [
    `${label}: ${seconds(figures.totalMs)} wall, ${(figures.documents / (figures.totalMs / 1000)).toFixed(0)} documents/s, ` +
      `peak RSS ${(figures.maxRssKiB / 1024).toFixed(0)} MiB, ${figures.reprocessed} reprocessed, ${figures.failed} failed` +
      (figures.upToDate ? ', output up to date' : `, ${figures.glossaryEntries} glossary entries`),
    `  per-document phase ${seconds(figures.documentPhaseMs)} wall; stage time (summed over documents and threads): ${stages}`,
  ].join('\n');
}

async function corpusOf(options: ReturnType<typeof parseArgs>, docs: number) {
  const seeds = await readFile(path.join(repoDir, 'corpus', '000_9b0e67f1d2ff5f5f.txt'), 'utf8');
  const references = seeds
    .split('\n')
    .filter((line) => /^\d+\.\s/.test(line))
    .map((line) => line.replace(/^\d+\.\s*/, ''));
  return generateBenchCorpus(path.join(options.workDir, `corpus-${docs}`), docs, path.join(options.dataDir, 'ntrex-dev'), references);
}

/**
 * A reviewer's decision as `tilmash review import` records it: the first glossary entry approved (the rebuild
 * after a review, where no document changed).
 */
async function approveFirstEntry(corpusDir: string, outDir: string): Promise<void> {
  const glossary = JSON.parse(await readFile(path.join(outDir, 'glossary.json'), 'utf8')) as Glossary;
  const [entry] = glossary.entries;
  const terms = Object.fromEntries(LANGS.map((lang) => [lang, entry[lang]?.term ?? null])) as Record<Lang, string | null>;
  const decisions: DecisionsFile = { version: 1, decisions: [{ id: entry.id, appliesTo: terms, status: 'approved', when: new Date().toISOString() }] };
  await writeFile(path.join(corpusDir, DECISIONS_FILE), JSON.stringify(decisions, null, 1));
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(path.join(options.dataDir, 'ntrex-dev'))) {
    process.stderr.write(`bench: the dev data \`${path.join(options.dataDir, 'ntrex-dev')}\` is absent; pass --data DIR (the benchmark corpus is made from it).\n`);
    return 2;
  }
  const print = (line: string) => process.stdout.write(line + '\n');
  print(`tilmash bench on ${os.availableParallelism()} core(s), Node ${process.version}`);

  print('\n=== alignment throughput ===');
  await benchAlignment(print, options.dataDir);
  if (options.alignOnly) return 0;

  const corpus = await corpusOf(options, options.docs);
  const outDir = path.join(options.workDir, `out-${options.docs}`);
  print(`\n=== build, ${options.docs} articles, --jobs ${options.jobs} ===`);
  await rm(outDir, { recursive: true, force: true });
  print(describe('cold', runBuild(corpus.dir, outDir, options.jobs)));
  print(describe('warm, nothing changed', runBuild(corpus.dir, outDir, options.jobs)));
  const changed = path.join(corpus.dir, corpus.files[Math.floor(corpus.files.length / 2)]);
  await appendFile(changed, `\nAn added paragraph about state power, written at ${Date.now()}.\n`);
  print(describe('one document changed', runBuild(corpus.dir, outDir, options.jobs)));
  await approveFirstEntry(corpus.dir, outDir);
  print(describe('one review decision changed', runBuild(corpus.dir, outDir, options.jobs)));
  await rm(path.join(corpus.dir, DECISIONS_FILE), { force: true });

  if (options.speedup) {
    print(`\n=== worker pool speed-up, ${options.docs} articles ===`);
    const single = runBuild(corpus.dir, outDir, 1, true);
    const pooled = runBuild(corpus.dir, outDir, options.jobs, true);
    print(describe('--jobs 1 (this thread)', single));
    print(describe(`--jobs ${options.jobs} (worker pool)`, pooled));
    print(`speed-up of the per-document (CPU-bound) phase: ${(single.documentPhaseMs / pooled.documentPhaseMs).toFixed(2)}×; whole build ${(single.totalMs / pooled.totalMs).toFixed(2)}×`);
  }

  if (options.scaling) {
    print('\n=== linear growth (cold builds) ===');
    const sizes = [1000, 3000, 10000];
    const results: Array<[number, BuildFigures]> = [];
    for (const size of sizes) {
      const sized = await corpusOf(options, size);
      const out = path.join(options.workDir, `out-${size}`);
      await rm(out, { recursive: true, force: true });
      const figures = runBuild(sized.dir, out, options.jobs);
      results.push([size, figures]);
      print(describe(`${size} articles`, figures));
    }
    const [base] = results;
    for (const [size, figures] of results) {
      print(
        `  ${size}: ${seconds(figures.totalMs)}, ${(figures.totalMs / size).toFixed(2)} ms/article, ` +
          `${(figures.totalMs / base[1].totalMs).toFixed(2)}× the time for ${(size / base[0]).toFixed(1)}× the articles`,
      );
    }
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
