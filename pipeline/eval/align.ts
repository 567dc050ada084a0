// Sentence alignment against gold: the pre-segmented tasks of every ntrex dataset (3-way beads and per-pair beads),
// its raw tasks (segment, then align; sentences mapped to gold lines by character spans) and every seed alignment
// gold (title, abstract, keywords). The joint aligner is run side by side with independent pairwise alignment pivoted through English and
// with a plain Gale–Church length-only baseline.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { alignUnits, PAIR_REVIEW_THRESHOLD, projectBeads, REVIEW_THRESHOLD } from '../../src/align/index.js';
import type { SeedPair } from '../../src/align/index.js';
import { segmentText } from '../../src/segment/index.js';
import type { AlignMethod } from '../../src/align/index.js';
import type { Bead, Lang } from '../../src/model/index.js';
import { addCounts, emptyCounts, f1, linkCounts, strictCounts, type Counts, type IndexBead } from './align-scoring.js';
import { formatTable } from './table.js';
import { readTaskUnits } from './preseg-units.js';
import type { EvalCheck, Evaluator } from './types.js';
import type { SeedGoldDataset } from './datasets.js';

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

function loadPreseg(dir: string): PresegTask[] {
  return readdirSync(dir)
    .filter((doc) => existsSync(path.join(dir, doc, 'gold.json')))
    .sort()
    .map((doc) => {
      const gold = JSON.parse(readFileSync(path.join(dir, doc, 'gold.json'), 'utf8')) as {
        beads: IndexBead[];
        pair_beads: Record<string, IndexBead[]>;
      };
      const units = readTaskUnits(path.join(dir, doc));
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

function evaluatePreseg(name: string, tasks: PresegTask[], print: (line: string) => void): Map<string, Tally> {
  print(`${name} pre-segmented: ${tasks.length} documents`);
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

/**
 * Two-language mode (what `tilmash align` does with two files): each pair aligned on its own, scored against the
 * pair gold, with the confidence of its beads (posterior-based, review threshold `PAIR_REVIEW_THRESHOLD`).
 */
function evaluatePairsAlone(name: string, tasks: PresegTask[], print: (line: string) => void): void {
  const rows: Array<Array<string | number>> = [
    ['pair aligned alone', 'F1', 'link F1', 'P >= 0.5', 'P >= 0.9', `flagged < ${PAIR_REVIEW_THRESHOLD}`, 'errors flagged'],
  ];
  for (const [a, b] of PAIRS) {
    const strict = emptyCounts();
    const links = emptyCounts();
    const scored: Array<{ score: number; right: boolean }> = [];
    for (const task of tasks) {
      const system = alignUnits({ [a]: task.units[a], [b]: task.units[b] });
      const gold = task.pairBeads[`${a}-${b}`];
      addCounts(strict, strictCounts(system, gold, [a, b]));
      addCounts(links, linkCounts(system, gold, [a, b]));
      const goldKeys = new Set(gold.map((bead) => `${(bead[a] ?? []).join(',')}|${(bead[b] ?? []).join(',')}`));
      for (const bead of system) scored.push({ score: bead.score, right: goldKeys.has(`${bead[a].join(',')}|${bead[b].join(',')}`) });
    }
    const precision = (min: number) => {
      const kept = scored.filter((s) => s.score >= min);
      return kept.length ? kept.filter((s) => s.right).length / kept.length : NaN;
    };
    const errors = scored.filter((s) => !s.right);
    rows.push([
      `${a}-${b}`,
      f1(strict).f1,
      f1(links).f1,
      precision(0.5),
      precision(0.9),
      scored.filter((s) => s.score < PAIR_REVIEW_THRESHOLD).length,
      `${errors.filter((s) => s.score < PAIR_REVIEW_THRESHOLD).length} of ${errors.length}`,
    ]);
  }
  print(`\ntwo-language mode on ${name} pre-segmented (each pair aligned on its own):`);
  print(formatTable(rows));
}

/**
 * All pre-segmented documents as one long document: the learned lexicon sees the whole corpus here, so this is
 * where the lexicon pass shows (joint with and without it, beside the baselines).
 */
function evaluateConcat(name: string, dir: string, print: (line: string) => void): void {
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { beads: IndexBead[]; pair_beads: Record<string, IndexBead[]> };
  const units = readTaskUnits(dir);
  print(`\n${name} pre-segmented, all documents as one (${units.en.length} en units):`);
  const tallies = new Map<string, Tally>();
  const runs: Array<{ label: string; options: Parameters<typeof alignUnits>[1] }> = [
    { label: METHODS[0].label, options: {} },
    { label: 'joint, no lexicon pass', options: { lexiconPass: false } },
    ...METHODS.slice(1).map(({ method, label }) => ({ label, options: { method } })),
  ];
  for (const { label, options } of runs) {
    const tally = newTally();
    const started = performance.now();
    tallyDocument(tally, alignUnits(units, options), units, gold.beads, gold.pair_beads);
    tally.seconds = (performance.now() - started) / 1000;
    tallies.set(label, tally);
  }
  printTallies(print, tallies);
}

/**
 * Maps system units to gold units by character spans: unit u of a language covers the gold units whose span shares a
 * letter or digit with it. Returns, per system unit, the sorted gold unit indices.
 */
function coverGold(text: string, system: Array<{ start: number; end: number }>, gold: Array<[number, number]>): number[][] {
  return system.map(({ start, end }) => {
    const covered: number[] = [];
    gold.forEach(([gs, ge], index) => {
      const from = Math.max(start, gs);
      const to = Math.min(end, ge);
      if (to > from && /[\p{L}\p{N}]/u.test(text.slice(from, to))) covered.push(index);
    });
    return covered;
  });
}

/**
 * Turns beads over system units into beads over gold units (the union of the gold units each system unit covers)
 * and merges consecutive beads that share a gold unit: gold units are the finest grain the gold can judge, so two
 * halves of one gold sentence in two beads count as one bead.
 */
function toGoldBeads(beads: ReadonlyArray<Partial<Record<Lang, number[]>>>, cover: Partial<Record<Lang, number[][]>>, langs: readonly Lang[]): IndexBead[] {
  const mapped = beads.map((bead) => {
    const out: Record<string, Set<number>> = {};
    for (const lang of langs) out[lang] = new Set((bead[lang] ?? []).flatMap((u) => cover[lang]![u]));
    return out;
  });
  const merged: Array<Record<string, Set<number>>> = [];
  for (const bead of mapped) {
    const last = merged[merged.length - 1];
    if (last && langs.some((lang) => [...bead[lang]].some((g) => last[lang].has(g)))) {
      for (const lang of langs) for (const g of bead[lang]) last[lang].add(g);
    } else merged.push(bead);
  }
  return merged.map((bead) => Object.fromEntries(langs.map((lang) => [lang, [...bead[lang]].sort((x, y) => x - y)])));
}

interface RawTask {
  doc: string;
  text: Record<Lang, string>;
  spans: Record<Lang, Array<[number, number]>>;
  lines: number;
}

function loadRaw(dir: string): RawTask[] {
  return readdirSync(dir)
    .filter((doc) => existsSync(path.join(dir, doc, 'gold.json')))
    .sort()
    .map((doc) => {
      const gold = JSON.parse(readFileSync(path.join(dir, doc, 'gold.json'), 'utf8')) as { spans: Record<Lang, Array<[number, number]>>; n_lines: number };
      const text = Object.fromEntries(LANG3.map((lang) => [lang, readFileSync(path.join(dir, doc, `${lang}.txt`), 'utf8')])) as Record<Lang, string>;
      return { doc, text, spans: gold.spans, lines: gold.n_lines };
    });
}

/** Segments each raw task, aligns the sentences and scores them against the gold lines (all 1-1-1). */
function evaluateRaw(name: string, dir: string, print: (line: string) => void): Map<string, Tally> {
  const tasks = loadRaw(dir);
  print(`\n${name} raw (segmentText, then align; sentences mapped to gold lines by character spans): ${tasks.length} documents`);
  const segmented = tasks.map((task) => {
    const units: Partial<Record<Lang, string[]>> = {};
    const cover: Partial<Record<Lang, number[][]>> = {};
    for (const lang of LANG3) {
      const spans = segmentText(task.text[lang], lang);
      units[lang] = spans.map(({ start, end }) => task.text[lang].slice(start, end));
      cover[lang] = coverGold(task.text[lang], spans, task.spans[lang]);
    }
    return { units, cover };
  });
  const tallies = new Map<string, Tally>();
  for (const { method, label } of METHODS) {
    const tally = newTally();
    const started = performance.now();
    tasks.forEach((task, t) => {
      const { units, cover } = segmented[t];
      const system = alignUnits(units, { method });
      const gold: IndexBead[] = Array.from({ length: task.lines }, (_, i) => ({ en: [i], kk: [i], ru: [i] }));
      const goldBeads = toGoldBeads(system, cover, LANG3);
      addCounts(tally.strict['3-way'], strictCounts(goldBeads, gold, LANG3));
      addCounts(tally.links['3-way'], linkCounts(goldBeads, gold, LANG3));
      for (const [a, b] of PAIRS) {
        const name = `${a}-${b}`;
        const projected = toGoldBeads(projectBeads(system, a, b, units), cover, [a, b]);
        const pairGold = gold.map((bead) => ({ [a]: bead[a], [b]: bead[b] }));
        addCounts(tally.strict[name], strictCounts(projected, pairGold, [a, b]));
        addCounts(tally.links[name], linkCounts(projected, pairGold, [a, b]));
      }
    });
    tally.seconds = (performance.now() - started) / 1000;
    tallies.set(label, tally);
  }
  printTallies(print, tallies);
  return tallies;
}

interface SeedGold {
  sections: Record<string, { units: Record<Lang, string[]>; beads: IndexBead[] }>;
}

/**
 * A seed gold (seed 000 today): title, keywords and abstract from the gold units (keywords and title seed the abstract's lexicon, as
 * the align stage does), and the abstract once more segmented by `segmentText` from its units joined into one
 * paragraph. Prints every wrong bead.
 */
function evaluateSeed(dataset: SeedGoldDataset, print: (line: string) => void): EvalCheck[] {
  const gold = JSON.parse(readFileSync(dataset.file, 'utf8')) as SeedGold;
  if (!gold.sections || typeof gold.sections !== 'object') {
    print(`\n${dataset.name}: skipped, ${dataset.file} has no \`sections\``);
    return [];
  }
  print(`\n${dataset.name} (gold units; abstract also segmented by segmentText):`);
  const rows: Array<Array<string | number>> = [['section', 'gold beads', 'right', '3-way F1', 'en-kk F1', 'en-ru F1', 'kk-ru F1']];
  const checks: EvalCheck[] = [];
  const seeds: SeedPair[] = [];
  const score = (name: string, system: IndexBead[], goldBeads: IndexBead[], units: Partial<Record<Lang, readonly string[]>>, systemBeads: Bead[] | null): number => {
    const counts = strictCounts(system, goldBeads, LANG3);
    const pairF1 = PAIRS.map(([a, b]) => {
      const projectedGold = goldBeads.map((bead) => ({ [a]: bead[a], [b]: bead[b] }));
      const projected = systemBeads ? projectBeads(systemBeads, a, b, units) : system.map((bead) => ({ [a]: bead[a], [b]: bead[b] }));
      return f1(strictCounts(projected, projectedGold, [a, b])).f1;
    });
    rows.push([name, goldBeads.length, counts.right, f1(counts).f1, ...pairF1]);
    const goldKeys = new Set(goldBeads.map((bead) => LANG3.map((l) => (bead[l] ?? []).join(',')).join('|')));
    for (const bead of system) {
      const key = LANG3.map((l) => (bead[l] ?? []).join(',')).join('|');
      if (!goldKeys.has(key)) print(`  ${name}: wrong bead ${key}`);
    }
    return counts.right;
  };
  for (const kind of ['title', 'keywords', 'abstract']) {
    const section = gold.sections[kind];
    if (!section) continue;
    const system = alignUnits(section.units, { seedPairs: kind === 'abstract' ? seeds : [] });
    if (kind !== 'abstract') {
      for (const bead of system) {
        const seed: SeedPair = {};
        for (const lang of LANG3) if (bead[lang].length > 0) seed[lang] = bead[lang].map((i) => section.units[lang][i]).join(' ');
        seeds.push(seed);
      }
    }
    const right = score(kind, system, section.beads, section.units, system);
    checks.push({ name: `${dataset.name} ${kind} beads right (of ${section.beads.length})`, value: right, min: section.beads.length });
    if (kind === 'abstract') {
      // Seed 000's gold note: its Russian unit 9 is a stray fragment with no counterpart (its own bead).
      if (dataset.id === '000') {
        const fragment = system.find((bead) => bead.ru.includes(9) && bead.en.length === 0 && bead.kk.length === 0);
        print(`  stray Russian fragment (ru 9): ${fragment ? `its own bead, flags [${fragment.flags.join(', ')}]` : 'not its own bead'}`);
      }
      // The same abstract as running text, segmented.
      const units: Partial<Record<Lang, string[]>> = {};
      const cover: Partial<Record<Lang, number[][]>> = {};
      for (const lang of LANG3) {
        const parts = section.units[lang];
        const text = parts.join(' ');
        const spans: Array<[number, number]> = [];
        let offset = 0;
        for (const part of parts) {
          spans.push([offset, offset + part.length]);
          offset += part.length + 1;
        }
        const sentences = segmentText(text, lang);
        units[lang] = sentences.map(({ start, end }) => text.slice(start, end));
        cover[lang] = coverGold(text, sentences, spans);
      }
      const segmentedBeads = alignUnits(units, { seedPairs: seeds });
      const right2 = score('abstract (segmented)', toGoldBeads(segmentedBeads, cover, LANG3), section.beads, units, null);
      checks.push({ name: `${dataset.name} segmented abstract beads right (of ${section.beads.length})`, value: right2, min: section.beads.length });
    }
  }
  print(formatTable(rows));
  // The baselines on the same gold units, side by side.
  const byMethod: Array<Array<string | number>> = [[`${dataset.name} beads right`, ...METHODS.map((m) => m.label)]];
  for (const kind of ['title', 'keywords', 'abstract']) {
    const section = gold.sections[kind];
    if (!section) continue;
    byMethod.push([
      `${kind} (of ${section.beads.length})`,
      ...METHODS.map(({ method }) => strictCounts(alignUnits(section.units, { method, seedPairs: kind === 'abstract' ? seeds : [] }), section.beads, LANG3).right),
    ]);
  }
  print(formatTable(byMethod));
  return checks;
}

/**
 * Every ntrex dataset (pre-segmented tasks, the concatenated task, raw texts) and every seed alignment gold.
 * Nothing here learns from gold: the lexicon pass and the title/keyword seed pairs are learned by the aligner
 * from the very units it aligns, without their gold, as the align stage does on an article. The length and
 * bead-type constants were fitted on ntrex-dev's pre-segmented gold (align-constants.ts), i.e. on dev data only.
 */
export const alignEvaluator: Evaluator = {
  name: 'align',
  needs: ['ntrex-preseg', 'ntrex-raw', 'seed-alignment'],
  async run(context) {
    const checks: EvalCheck[] = [];
    let first = true;
    for (const dataset of context.datasets.ntrex) {
      if (!first) context.print('');
      first = false;
      if (dataset.preseg) {
        const tasks = loadPreseg(dataset.preseg);
        const preseg = evaluatePreseg(dataset.name, tasks, context.print);
        const joint = preseg.get(METHODS[0].label)!;
        printConfidence(context.print, joint);
        for (const [a, b] of PAIRS) checks.push({ name: `${dataset.name} preseg strict bead F1 ${a}-${b}`, value: f1(joint.strict[`${a}-${b}`]).f1, min: 0.93 });
        checks.push({ name: `${dataset.name} preseg strict bead F1 3-way`, value: f1(joint.strict['3-way']).f1, min: 0.9 });
        const pivot = preseg.get(METHODS[1].label)!;
        checks.push({
          name: `${dataset.name} preseg 3-way F1 gain of joint over pairwise via en`,
          value: f1(joint.strict['3-way']).f1 - f1(pivot.strict['3-way']).f1,
          min: 0,
        });
        evaluatePairsAlone(dataset.name, tasks, context.print);
        if (dataset.presegConcat) evaluateConcat(dataset.name, dataset.presegConcat, context.print);
      }
      if (dataset.raw) {
        const raw = evaluateRaw(dataset.name, dataset.raw, context.print);
        const rawJoint = raw.get(METHODS[0].label)!;
        checks.push({ name: `${dataset.name} raw strict bead F1 3-way`, value: f1(rawJoint.strict['3-way']).f1, min: 0.9 });
      }
    }
    for (const gold of context.datasets.seedAlignment) checks.push(...evaluateSeed(gold, context.print));
    return checks;
  },
};
