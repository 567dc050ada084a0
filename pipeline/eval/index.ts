// `npm run eval [-- --data DIR] [--only part,part]`: quality figures of every stage against gold data.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatNumber } from './table.js';
import { DATASET_KIND_LABEL, datasetsOfKind, findDatasets, type DatasetKind } from './datasets.js';
import type { EvalCheck, Evaluator } from './types.js';
import { lidEvaluator } from './lid.js';
import { segmentEvaluator } from './segment.js';
import { alignEvaluator } from './align.js';
import { lemmaEvaluator } from './lemma.js';
import { glossaryEvaluator } from './glossary.js';
import { decodeEvaluator } from './decode.js';
import { ingestEvaluator } from './ingest.js';
import { hyphensEvaluator } from './hyphens.js';
import { homoglyphsEvaluator } from './homoglyphs.js';

const evaluators: Evaluator[] = [decodeEvaluator, lidEvaluator, ingestEvaluator, hyphensEvaluator, homoglyphsEvaluator, segmentEvaluator, alignEvaluator, lemmaEvaluator, glossaryEvaluator];

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function parseArgs(argv: string[]): { dataDir: string; only: Set<string> | null } {
  let dataDir = process.env.TILMASH_DATA ?? path.resolve(repoDir, '..', 'shared', 'data');
  let only: Set<string> | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data') dataDir = path.resolve(argv[++i] ?? '');
    else if (arg === '--only') only = new Set((argv[++i] ?? '').split(','));
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('Usage: npm run eval -- [--data DIR] [--only ' + evaluators.map((e) => e.name).join(',') + ']\n');
      process.exit(0);
    } else {
      process.stderr.write(`eval: unknown argument \`${arg}\`; see --help.\n`);
      process.exit(2);
    }
  }
  return { dataDir, only };
}

function passes(check: EvalCheck): boolean {
  if (check.min !== undefined && !(check.value >= check.min)) return false;
  if (check.atMost !== undefined && !(check.value <= check.atMost)) return false;
  return true;
}

async function main(): Promise<number> {
  const { dataDir, only } = parseArgs(process.argv.slice(2));
  if (!existsSync(dataDir)) {
    process.stderr.write(
      `eval: the data folder \`${dataDir}\` does not exist. Put the shared data beside the repository ` +
        '(../shared/data) or pass --data DIR (or set TILMASH_DATA).\n',
    );
    return 2;
  }
  // Every dataset of a known layout is measured, not only the dev folders: held-out data of the same kinds
  // (another ntrex-*, ud-kk-*, … folder, another seed's gold) is picked up by its layout.
  const datasets = findDatasets(dataDir, repoDir);
  process.stdout.write(`datasets in ${dataDir}:\n`);
  for (const kind of Object.keys(DATASET_KIND_LABEL) as DatasetKind[]) {
    const names = datasetsOfKind(datasets, kind);
    process.stdout.write(`  ${DATASET_KIND_LABEL[kind]}: ${names.length > 0 ? names.join(', ') : '-'}\n`);
  }
  const checks: Array<EvalCheck & { part: string }> = [];
  let ran = 0;
  for (const evaluator of evaluators) {
    if (only && !only.has(evaluator.name)) continue;
    process.stdout.write(`\n=== ${evaluator.name} ===\n`);
    for (const note of datasets.notes) {
      if (note.kinds.some((kind) => evaluator.needs.includes(kind))) process.stdout.write(`note: ${note.text}\n`);
    }
    const missing = evaluator.needs.filter((kind) => datasetsOfKind(datasets, kind).length === 0);
    const noDataset = (kind: DatasetKind) => `no ${DATASET_KIND_LABEL[kind]} dataset in ${dataDir}`;
    if (missing.length === evaluator.needs.length) {
      process.stdout.write(`skipped: ${missing.map(noDataset).join('; ')}\n`);
      continue;
    }
    for (const kind of missing) process.stdout.write(`not measured: ${noDataset(kind)}\n`);
    ran++;
    const started = performance.now();
    const partChecks = await evaluator.run({ dataDir, datasets, repoDir, print: (line) => process.stdout.write(line + '\n') });
    process.stdout.write(`(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    checks.push(...partChecks.map((check) => ({ ...check, part: evaluator.name })));
  }
  if (ran === 0) {
    const why = (Object.keys(DATASET_KIND_LABEL) as DatasetKind[]).some((kind) => datasetsOfKind(datasets, kind).length > 0)
      ? 'the parts run have no dataset of their kinds'
      : `no dataset of a known kind (${Object.values(DATASET_KIND_LABEL).join(', ')})`;
    process.stdout.write(`\neval: nothing measured: ${why} in ${dataDir}\n`);
    return 2;
  }
  process.stdout.write('\n=== acceptance summary ===\n');
  let failed = 0;
  for (const check of checks) {
    const ok = passes(check);
    if (!ok) failed++;
    // Both bounds when a check has both (a unit count within a range), so a failure says which one it broke.
    const bound = [check.min !== undefined ? `>= ${check.min}` : '', check.atMost !== undefined ? `<= ${check.atMost}` : ''].filter(Boolean).join(', ');
    process.stdout.write(`${ok ? 'PASS' : 'FAIL'}  ${check.part}: ${check.name} = ${formatNumber(check.value)} ${bound}\n`);
  }
  process.stdout.write(`${checks.length - failed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`eval: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
