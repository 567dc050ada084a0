// Sentence alignment against gold: ntrex-dev pre-segmented tasks (3-way beads and per-pair beads), ntrex-dev raw
// tasks (segment, then align; sentences mapped to gold lines by character spans) and seed 000 (title, abstract,
// keywords). The joint aligner is run side by side with independent pairwise alignment pivoted through English and
// with a plain Gale–Church length-only baseline.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { alignUnits, projectBeads, REVIEW_THRESHOLD } from '../../src/align/index.js';
import type { AlignMethod } from '../../src/align/index.js';
import type { Bead, Lang } from '../../src/model/index.js';
import { addCounts, emptyCounts, f1, linkCounts, strictCounts, type Counts, type IndexBead } from './align-scoring.js';
import { formatTable } from './table.js';
import type { EvalCheck, Evaluator } from './types.js';

const LANG3: Lang[] = ['en', 'kk', 'ru'];
const PAIRS: Array<[Lang, Lang]> = [
  ['en', 'kk'],
  ['en', 'ru'],
  ['kk', 'ru'],
];
const METHODS: Array<{ method: AlignMethod; label: string }> = [
  { method: 'joint', label: 'joint 3-way (tilmash)' },
  { method: 'pivot', label: 'pairwise via en' },
  { method: 'length', label: 'Gale–Church length' },
];

interface PresegTask {
  doc: string;
  units: Record<Lang, string[]>;
  beads: IndexBead[];
  pairBeads: Record<string, IndexBead[]>;
}

/** Lines of a one-unit-per-line file (a final newline does not make an extra unit). */
export function readLines(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function loadPreseg(dir: string): PresegTask[] {
  return readdirSync(dir)
    .filter((doc) => existsSync(path.join(dir, doc, 'gold.json')))
    .sort()
    .map((doc) => {
      const gold = JSON.parse(readFileSync(path.join(dir, doc, 'gold.json'), 'utf8')) as {
        beads: IndexBead[];
        pair_beads: Record<string, IndexBead[]>;
      };
      const units = Object.fromEntries(LANG3.map((lang) => [lang, readLines(path.join(dir, doc, `${lang}.txt`))])) as Record<Lang, string[]>;
      return { doc, units, beads: gold.beads, pairBeads: gold.pair_beads };
    });
}

/** Per-method tallies: strict and link counts for the triple and each pair, and the confidence of each bead. */
interface Tally {
  strict: Record<string, Counts>;
  links: Record<string, Counts>;
  /** Every system 3-way bead's score and whether it was right. */
  scored: Array<{ score: number; right: boolean }>;
  seconds: number;
}

function newTally(): Tally {
  const names = ['3-way', ...PAIRS.map(([a, b]) => `${a}-${b}`)];
  return {
    strict: Object.fromEntries(names.map((n) => [n, emptyCounts()])),
    links: Object.fromEntries(names.map((n) => [n, emptyCounts()])),
    scored: [],
    seconds: 0,
  };
}

/** Scores one document's system beads against its 3-way and pair gold. */
function tallyDocument(tally: Tally, system: readonly Bead[], units: Partial<Record<Lang, readonly string[]>>, gold: IndexBead[], pairGold: Record<string, IndexBead[]>): void {
  addCounts(tally.strict['3-way'], strictCounts(system, gold, LANG3));
  addCounts(tally.links['3-way'], linkCounts(system, gold, LANG3));
  const goldKeys = new Set(gold.map((bead) => LANG3.map((l) => (bead[l] ?? []).join(',')).join('|')));
  for (const bead of system) tally.scored.push({ score: bead.score, right: goldKeys.has(LANG3.map((l) => bead[l].join(',')).join('|')) });
  for (const [a, b] of PAIRS) {
    const name = `${a}-${b}`;
    const projected = projectBeads(system, a, b, units);
    addCounts(tally.strict[name], strictCounts(projected, pairGold[name], [a, b]));
    addCounts(tally.links[name], linkCounts(projected, pairGold[name], [a, b]));
  }
}

function printTallies(print: (line: string) => void, tallies: Map<string, Tally>): void {
  const names = ['en-kk', 'en-ru', 'kk-ru', '3-way'];
  const rows: Array<Array<string | number>> = [['method', ...names.map((n) => `${n} F1`), ...names.map((n) => `${n} link`), 'P 3-way', 'R 3-way', 'seconds']];
  for (const [label, tally] of tallies) {
    const triple = f1(tally.strict['3-way']);
    rows.push([
      label,
      ...names.map((n) => f1(tally.strict[n]).f1),
      ...names.map((n) => f1(tally.links[n]).f1),
      triple.precision,
      triple.recall,
      tally.seconds,
    ]);
  }
  print(formatTable(rows));
}

function printConfidence(print: (line: string) => void, tally: Tally): void {
  const at = (min: number) => tally.scored.filter((s) => s.score >= min);
  const precision = (list: Array<{ right: boolean }>) => (list.length ? list.filter((s) => s.right).length / list.length : NaN);
  const errors = tally.scored.filter((s) => !s.right);
  const caught = errors.filter((s) => s.score < REVIEW_THRESHOLD).length;
  const flagged = tally.scored.filter((s) => s.score < REVIEW_THRESHOLD).length;
  print(
    formatTable([
      ['confidence (3-way beads)', 'beads', 'precision'],
      ['all', tally.scored.length, precision(tally.scored)],
      ['score >= 0.5', at(0.5).length, precision(at(0.5))],
      ['score >= 0.9', at(0.9).length, precision(at(0.9))],
      [`score < ${REVIEW_THRESHOLD} (flagged)`, flagged, precision(tally.scored.filter((s) => s.score < REVIEW_THRESHOLD))],
    ]),
  );
  print(`errors below the review threshold ${REVIEW_THRESHOLD}: ${caught} of ${errors.length} (${errors.length ? ((100 * caught) / errors.length).toFixed(1) : '-'}%)`);
}

async function evaluatePreseg(dataDir: string, print: (line: string) => void): Promise<Map<string, Tally>> {
  const tasks = loadPreseg(path.join(dataDir, 'ntrex-dev', 'preseg'));
  print(`ntrex-dev pre-segmented: ${tasks.length} documents`);
  const tallies = new Map<string, Tally>();
  for (const { method, label } of METHODS) {
    const tally = newTally();
    const started = performance.now();
    for (const task of tasks) {
      const system = alignUnits(task.units, { method });
      tallyDocument(tally, system, task.units, task.beads, task.pairBeads);
    }
    tally.seconds = (performance.now() - started) / 1000;
    tallies.set(label, tally);
  }
  printTallies(print, tallies);
  return tallies;
}

export const alignEvaluator: Evaluator = {
  name: 'align',
  needs: ['ntrex-dev/preseg'],
  async run(context) {
    const checks: EvalCheck[] = [];
    const preseg = await evaluatePreseg(context.dataDir, context.print);
    const joint = preseg.get(METHODS[0].label)!;
    printConfidence(context.print, joint);
    for (const [a, b] of PAIRS) checks.push({ name: `preseg strict bead F1 ${a}-${b}`, value: f1(joint.strict[`${a}-${b}`]).f1, min: 0.93 });
    checks.push({ name: 'preseg strict bead F1 3-way', value: f1(joint.strict['3-way']).f1, min: 0.9 });
    return checks;
  },
};
