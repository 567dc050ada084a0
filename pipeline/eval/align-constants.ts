// `node dist/pipeline/eval/align-constants.js [DATA_DIR]`: measures the constants of src/align/length-constants.ts
// (per-pair Gale–Church length ratio and variance, bead-type frequencies) from the ntrex-dev pre-segmented gold.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
