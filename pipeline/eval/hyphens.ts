// Line-break hyphen repair on synthetic damage: NTREX paragraphs (<ntrex dataset>/raw/<doc>/<lang>.txt) get PDF-style
// hyphens inserted into long words at syllable boundaries (`бағыну-шы`, `con- cept`: must be joined), while the
// real hyphenated words already in the text (`сондай-ақ`, `из-за`, `socio-political`) must keep their hyphen,
// also when a line break put a space after it (`іс- шара`). Each NTREX document is one document, so the
// document-level evidence (the word written whole elsewhere) works as it does on an article.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LANGS } from '../../src/model/index.js';
import { collectHyphenEvidence, decideHyphen, normalize } from '../../src/normalize/index.js';
import { bodyDocument } from './body-document.js';
import { formatTable } from './table.js';
import type { EvalCheck, Evaluator } from './types.js';
import { seededRandom as random } from '../seeded-random.js';


const VOWELS = /[aeiouyаеёиоуыэюяәөұүі]/i;

/** Split points a typesetter would use: between syllables, at least two letters on each side. */
function splitPoints(word: string): number[] {
  const points: number[] = [];
  for (let k = 2; k <= word.length - 2; k++) {
    const before = VOWELS.test(word[k - 1]);
    const after = VOWELS.test(word[k]);
    if ((before && !after) || (!before && !after)) points.push(k);
  }
  return points;
}

interface Point {
  left: string;
  right: string;
  gap: boolean;
  expected: 'join' | 'keep';
}

/** Damages one paragraph; returns the damaged text and the hyphen points with what a repair must do. */
function damage(text: string, rand: () => number, points: Point[]): string {
  return text.replace(/(\p{L}+)-(\p{L}+)|\p{L}{6,}/gu, (match, left?: string, right?: string) => {
    if (left !== undefined && right !== undefined) {
      // A real compound; half of them sat at a line end.
      const gap = rand() < 0.5;
      points.push({ left, right, gap, expected: 'keep' });
      return gap ? `${left}- ${right}` : match;
    }
    if (rand() >= 0.15) return match;
    const candidates = splitPoints(match);
    if (candidates.length === 0) return match;
    const k = candidates[Math.floor(rand() * candidates.length)];
    const gap = rand() < 0.5;
    points.push({ left: match.slice(0, k), right: match.slice(k), gap, expected: 'join' });
    return `${match.slice(0, k)}-${gap ? ' ' : ''}${match.slice(k)}`;
  });
}

/**
 * Every ntrex dataset with `raw/`, each damaged with the same seeded random draws. Nothing is fitted here: the
 * evidence is collected from each damaged document itself, as on an article. The decision thresholds of
 * src/normalize/join-line-break-hyphens.ts were tuned on ntrex-dev's damage (dev data), so held-out datasets
 * are the unbiased figure.
 */
export const hyphensEvaluator: Evaluator = {
  name: 'hyphens',
  needs: ['ntrex-raw'],
  async run({ datasets, print }) {
    const checks: EvalCheck[] = [];
    datasets.ntrex.forEach((dataset) => {
      if (!dataset.raw) return;
      if (checks.length > 0) print('');
      checks.push(...evaluateDataset(dataset.name, dataset.raw, print));
    });
    return checks;
  },
};

function evaluateDataset(name: string, rawDir: string, print: (line: string) => void): EvalCheck[] {
  const rows: Array<Array<string | number>> = [['lang', 'case', 'points', 'right', 'accuracy']];
  const errors: string[] = [];
  let right = 0;
  let total = 0;
  let paragraphsSame = 0;
  let paragraphsDamaged = 0;
  const rand = random(20261122);
  for (const lang of LANGS) {
    const tally = new Map<string, { right: number; total: number }>();
    for (const doc of readdirSync(rawDir).sort()) {
      const original = readFileSync(path.join(rawDir, doc, `${lang}.txt`), 'utf8').split(/\n\s*\n/).filter((p) => p.trim() !== '');
      const points: Point[] = [];
      const damaged = original.map((paragraph) => damage(paragraph, rand, points));
      const evidence = collectHyphenEvidence(damaged);
      for (const point of points) {
        const decision = decideHyphen(point.left, point.right, point.gap, lang, evidence);
        const key = `${point.expected === 'join' ? 'line-break hyphen' : 'real compound'}, ${point.gap ? 'with space' : 'no space'}`;
        const cell = tally.get(key) ?? { right: 0, total: 0 };
        cell.total++;
        if (decision.action === point.expected) cell.right++;
        else if (errors.length < 40) errors.push(`  ${lang} ${point.left}-${point.gap ? ' ' : ''}${point.right}: expected ${point.expected}, got ${decision.action} (${decision.because})`);
        tally.set(key, cell);
      }
      // End to end: normalize of the damaged paragraph equals normalize of the original.
      const report = () => {};
      const clean = normalize(bodyDocument(doc, lang, original), report).sections[0].paragraphs;
      const repaired = normalize(bodyDocument(doc, lang, damaged), report).sections[0].paragraphs;
      damaged.forEach((text, i) => {
        if (text === original[i]) return;
        paragraphsDamaged++;
        if (repaired[i].text === clean[i].text) paragraphsSame++;
      });
    }
    for (const [key, cell] of [...tally].sort()) {
      rows.push([lang, key, cell.total, cell.right, cell.total ? `${((100 * cell.right) / cell.total).toFixed(1)}%` : '-']);
      right += cell.right;
      total += cell.total;
    }
  }
  print(`${name}:`);
  print(formatTable(rows));
  print(`\nall hyphen points: ${right}/${total} decided right (${((100 * right) / total).toFixed(2)}%)`);
  print(`damaged paragraphs restored exactly by normalize: ${paragraphsSame}/${paragraphsDamaged}`);
  if (errors.length > 0) print('\nfirst errors:\n' + errors.join('\n'));
  return [
    { name: `${name} hyphen decisions right`, value: right / total, min: 0.95 },
    { name: `${name} damaged paragraphs restored exactly`, value: paragraphsSame / paragraphsDamaged, min: 0.85 },
  ];
}
