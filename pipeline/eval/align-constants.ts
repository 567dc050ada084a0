// `node dist/pipeline/eval/align-constants.js [DATA_DIR]`: measures the constants of src/align/length-constants.ts
// (per-pair Gale–Church length ratio and variance, bead-type frequencies) from the ntrex-dev pre-segmented gold.
// Fitting: it reads ntrex-dev only, by name, and must stay so. Other ntrex-* folders are held-out data that
// `npm run eval` scores; constants fitted on them would flatter their figures.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignUnitsWithEvidence } from '../../src/align/align-units.js';
import { unitLength } from '../../src/align/unit-length.js';

interface Gold {
  beads: Array<Record<string, number[]>>;
  pair_beads: Record<string, Array<Record<string, number[]>>>;
}

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dataDir = process.argv[2] ?? path.resolve(repoDir, '..', 'shared', 'data');
const presegDir = path.join(dataDir, 'ntrex-dev', 'preseg');
const langs = ['en', 'kk', 'ru'] as const;

const pairs = ['en-kk', 'en-ru', 'kk-ru'];
const sums: Record<string, { la: number[]; lb: number[] }> = {};
for (const pair of pairs) sums[pair] = { la: [], lb: [] };
const tripleTypes = new Map<string, number>();
const pairTypes: Record<string, Map<string, number>> = {};
for (const pair of pairs) pairTypes[pair] = new Map();

for (const doc of readdirSync(presegDir).sort()) {
  const gold = JSON.parse(readFileSync(path.join(presegDir, doc, 'gold.json'), 'utf8')) as Gold;
  const units = Object.fromEntries(
    langs.map((lang) => [lang, readFileSync(path.join(presegDir, doc, `${lang}.txt`), 'utf8').split('\n').filter((l, i, all) => i < all.length - 1 || l !== '')]),
  ) as Record<string, string[]>;
  for (const bead of gold.beads) {
    const key = langs.map((lang) => bead[lang].length).join('-');
    tripleTypes.set(key, (tripleTypes.get(key) ?? 0) + 1);
  }
  for (const pair of pairs) {
    const [a, b] = pair.split('-');
    for (const bead of gold.pair_beads[pair]) {
      const key = `${bead[a].length}-${bead[b].length}`;
      pairTypes[pair].set(key, (pairTypes[pair].get(key) ?? 0) + 1);
      if (bead[a].length === 0 || bead[b].length === 0) continue;
      sums[pair].la.push(bead[a].reduce((s, i) => s + unitLength(units[a][i]), 0));
      sums[pair].lb.push(bead[b].reduce((s, i) => s + unitLength(units[b][i]), 0));
    }
  }
}

for (const pair of pairs) {
  const { la, lb } = sums[pair];
  const ratio = lb.reduce((s, x) => s + x, 0) / la.reduce((s, x) => s + x, 0);
  // Gale–Church model: lb − c·la is normal with variance s²·la; s² is the mean of (lb − c·la)²/la.
  const variance = la.reduce((s, x, i) => s + (lb[i] - ratio * x) ** 2 / x, 0) / la.length;
  console.log(`${pair}: beads ${la.length}, ratio ${ratio.toFixed(4)}, variance ${variance.toFixed(3)}`);
}
const total = [...tripleTypes.values()].reduce((s, x) => s + x, 0);
console.log(`3-way bead types (${total}):`, JSON.stringify(Object.fromEntries([...tripleTypes].sort((x, y) => y[1] - x[1]))));
for (const pair of pairs) console.log(`${pair} bead types:`, JSON.stringify(Object.fromEntries([...pairTypes[pair]].sort((x, y) => y[1] - x[1]))));

// Confidence model: logistic regression of "this 3-way bead is right" on the bead evidence of the joint aligner,
// fitted by Newton's method on all pre-segmented dev tasks; 2-fold figures (fit on one half of the documents,
// scored on the other) show how far the in-sample fit flatters it.
const FEATURES = ['agreement', 'lexical', 'cost', 'complex', 'unpaired', 'neighbours', 'length'] as const;
const samples: Array<{ x: number[]; y: number; doc: number }> = [];
const pairSamples: Array<{ x: number[]; y: number; doc: number }> = [];
readdirSync(presegDir)
  .sort()
  .forEach((doc, d) => {
    const gold = JSON.parse(readFileSync(path.join(presegDir, doc, 'gold.json'), 'utf8')) as Gold;
    const units = Object.fromEntries(
      langs.map((lang) => [lang, readFileSync(path.join(presegDir, doc, `${lang}.txt`), 'utf8').split('\n').filter((l, i, all) => i < all.length - 1 || l !== '')]),
    ) as Record<string, string[]>;
    const goldKeys = new Set(gold.beads.map((bead) => langs.map((lang) => bead[lang].join(',')).join('|')));
    const { beads, evidence } = alignUnitsWithEvidence(units);
    beads.forEach((bead, b) => {
      const key = langs.map((lang) => bead[lang].join(',')).join('|');
      samples.push({ x: [1, ...FEATURES.map((f) => evidence[b][f])], y: goldKeys.has(key) ? 1 : 0, doc: d });
    });
    // Each pair aligned on its own (two-language mode), scored against the pair gold.
    for (const pair of pairs) {
      const [a, b] = pair.split('-') as Array<'en' | 'kk' | 'ru'>;
      const pairGold = new Set(gold.pair_beads[pair].map((bead) => `${bead[a].join(',')}|${bead[b].join(',')}`));
      const result = alignUnitsWithEvidence({ [a]: units[a], [b]: units[b] });
      result.beads.forEach((bead, i) => {
        pairSamples.push({ x: [1, ...FEATURES.map((f) => result.evidence[i][f])], y: pairGold.has(`${bead[a].join(',')}|${bead[b].join(',')}`) ? 1 : 0, doc: d });
      });
    }
  });

function fitLogistic(data: typeof samples, ridge = 0.1): number[] {
  const k = data[0].x.length;
  let w = new Array<number>(k).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = new Array<number>(k).fill(0);
    const hessian = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (const { x, y } of data) {
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, i) => s + v * w[i], 0)));
      for (let i = 0; i < k; i++) {
        gradient[i] += (y - p) * x[i];
        for (let j = 0; j < k; j++) hessian[i][j] += p * (1 - p) * x[i] * x[j];
      }
    }
    for (let i = 1; i < k; i++) {
      gradient[i] -= ridge * w[i];
      hessian[i][i] += ridge;
    }
    const step = solve(hessian, gradient);
    w = w.map((v, i) => v + step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w;
}

function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const m = matrix.map((row, i) => [...row, vector[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || m[c][c] === 0) continue;
      const factor = m[r][c] / m[c][c];
      for (let j = c; j <= n; j++) m[r][j] -= factor * m[c][j];
    }
  }
  return m.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

function report(label: string, w: number[], data: typeof samples): void {
  const scored = data.map(({ x, y }) => ({ p: 1 / (1 + Math.exp(-x.reduce((s, v, i) => s + v * w[i], 0))), y }));
  const errors = scored.filter((s) => s.y === 0);
  const precisionAt = (t: number) => {
    const kept = scored.filter((s) => s.p >= t);
    return `${kept.length} beads, precision ${(kept.filter((s) => s.y === 1).length / Math.max(1, kept.length)).toFixed(3)}`;
  };
  console.log(
    `${label}: ≥0.5 ${precisionAt(0.5)}; ≥0.9 ${precisionAt(0.9)}; errors below 0.5: ` +
      `${errors.filter((s) => s.p < 0.5).length} of ${errors.length}`,
  );
}

const weights = fitLogistic(samples);
console.log('confidence model:', JSON.stringify(Object.fromEntries(['intercept', ...FEATURES].map((name, i) => [name, Number(weights[i].toFixed(3))]))));
report('in sample', weights, samples);
const even = samples.filter((s) => s.doc % 2 === 0);
const odd = samples.filter((s) => s.doc % 2 === 1);
report('fit on even documents, scored on odd', fitLogistic(even), odd);
report('fit on odd documents, scored on even', fitLogistic(odd), even);
{
  // Where to put the review threshold: beads flagged and errors caught below each candidate.
  const scored = samples.map(({ x, y }) => ({ p: 1 / (1 + Math.exp(-x.reduce((s, v, i) => s + v * weights[i], 0))), y }));
  const errors = scored.filter((s) => s.y === 0).length;
  for (const t of [0.5, 0.6, 0.7, 0.8, 0.9]) {
    const below = scored.filter((s) => s.p < t);
    console.log(`threshold ${t}: ${below.length} beads flagged (${((100 * below.length) / scored.length).toFixed(1)}%), ${below.filter((s) => s.y === 0).length} of ${errors} errors caught`);
  }
}

{
  const pairWeights = fitLogistic(pairSamples);
  console.log('pair confidence model:', JSON.stringify(Object.fromEntries(['intercept', ...FEATURES].map((name, i) => [name, Number(pairWeights[i].toFixed(3))]))));
  report('two languages, in sample', pairWeights, pairSamples);
  report('two languages, fit on even documents, scored on odd', fitLogistic(pairSamples.filter((s) => s.doc % 2 === 0)), pairSamples.filter((s) => s.doc % 2 === 1));
  const scored = pairSamples.map(({ x, y }) => ({ p: 1 / (1 + Math.exp(-x.reduce((s, v, i) => s + v * pairWeights[i], 0))), y }));
  const errors = scored.filter((s) => s.y === 0).length;
  for (const t of [0.5, 0.7, 0.9]) {
    const below = scored.filter((s) => s.p < t);
    console.log(`two languages, threshold ${t}: ${below.length} beads flagged (${((100 * below.length) / scored.length).toFixed(1)}%), ${below.filter((s) => s.y === 0).length} of ${errors} errors caught`);
  }
}
