// Input decoding: NTREX dev texts saved in every accepted encoding (with iconv-lite), read back with
// decodeInput, scored by exact text. Whole trilingual documents (as articles arrive), single-language
// documents, and single lines (the hardest case: a sentence gives little evidence to tell code pages apart).
// Runs as a part of `npm run eval` (`--only decode`) or alone: `node dist/pipeline/eval/decode.js`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { decodeInput } from '../../src/ingest/decode/index.js';
import { formatTable } from './table.js';
import type { EvalCheck, EvalContext, Evaluator } from './types.js';
import { findDatasets, type NtrexDataset } from './datasets.js';

type Lang = 'en' | 'kk' | 'ru';

/** How a file is saved: iconv-lite's encoding name and whether a byte-order mark is written. */
interface Saving {
  label: string;
  iconvName: string;
  bom: boolean;
}

const SAVINGS: Record<string, Saving> = {
  'utf-8': { label: 'UTF-8', iconvName: 'utf-8', bom: false },
  'utf-8-bom': { label: 'UTF-8 + BOM', iconvName: 'utf-8', bom: true },
  'utf-16le': { label: 'UTF-16 LE, no BOM', iconvName: 'utf-16le', bom: false },
  'utf-16be': { label: 'UTF-16 BE, no BOM', iconvName: 'utf-16be', bom: false },
  'kz-1048': { label: 'KZ-1048', iconvName: 'rk1048', bom: false },
  pt154: { label: 'PT154', iconvName: 'pt154', bom: false },
  'windows-1251': { label: 'Windows-1251', iconvName: 'windows-1251', bom: false },
  'koi8-r': { label: 'KOI8-R', iconvName: 'koi8-r', bom: false },
  'x-mac-cyrillic': { label: 'Mac Cyrillic', iconvName: 'maccyrillic', bom: false },
  ibm866: { label: 'IBM866', iconvName: 'cp866', bom: false },
  'windows-1252': { label: 'Windows-1252', iconvName: 'windows-1252', bom: false },
};

/** The encodings each language is really saved in (Kazakh in Windows-1251 loses ә ғ қ …: lossy, still tested). */
const SAVED_AS: Record<Lang | 'trilingual', string[]> = {
  kk: ['utf-8', 'utf-16le', 'utf-16be', 'kz-1048', 'pt154', 'windows-1251'],
  ru: ['utf-8', 'utf-16le', 'windows-1251', 'koi8-r', 'x-mac-cyrillic', 'ibm866'],
  en: ['utf-8', 'windows-1252'],
  trilingual: ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'kz-1048', 'windows-1251'],
};

interface Tally {
  right: number;
  refused: number;
  total: number;
  wrong: Map<string, number>;
}

async function readBack(text: string, saving: Saving, tally: Tally): Promise<void> {
  const bytes = new Uint8Array(iconv.encode(text, saving.iconvName, { addBOM: saving.bom }));
  // What the file holds: the text as the encoding can represent it (lossy code pages turn letters into `?`).
  const expected = iconv.decode(Buffer.from(bytes), saving.iconvName);
  const result = await decodeInput(bytes, 'eval.txt');
  tally.total += 1;
  if (!result.ok) tally.refused += 1;
  else if (result.text === expected) tally.right += 1;
  else tally.wrong.set(result.encoding, (tally.wrong.get(result.encoding) ?? 0) + 1);
}

const newTally = (): Tally => ({ right: 0, refused: 0, total: 0, wrong: new Map() });

function row(name: string, saving: Saving, tally: Tally): Array<string | number> {
  const wrong = [...tally.wrong].map(([encoding, count]) => `${encoding}:${count}`).join(' ') || '-';
  return [name, saving.label, tally.total, tally.right / tally.total, tally.refused, wrong];
}

/** Decoding figures of one ntrex dataset (its raw documents, and its pre-segmented lines when present). */
async function evaluateDataset(dataset: NtrexDataset, seedArticles: string[], print: (line: string) => void): Promise<EvalCheck[]> {
  const rawDir = dataset.raw!;
  const presegDir = dataset.preseg;
  const docs = readdirSync(rawDir).sort();
  const read = (dir: string, doc: string, lang: Lang): string => readFileSync(path.join(dir, doc, `${lang}.txt`), 'utf8');

  // Documents: each language alone, and the three together as one article.
  const docRows: Array<Array<string | number>> = [[`${dataset.name} documents`, 'saved as', 'files', 'exact', 'refused', 'misread as']];
  let docRight = 0;
  let docTotal = 0;
  for (const group of ['trilingual', 'kk', 'ru', 'en'] as const) {
    for (const key of SAVED_AS[group]) {
      const tally = newTally();
      for (const doc of docs) {
        const text = group === 'trilingual' ? (['en', 'kk', 'ru'] as const).map((lang) => read(rawDir, doc, lang)).join('\n') : read(rawDir, doc, group);
        await readBack(text, SAVINGS[key], tally);
      }
      docRight += tally.right;
      docTotal += tally.total;
      docRows.push(row(group, SAVINGS[key], tally));
    }
  }
  // The seed articles in the repository (academic prose with Markdown marks, unlike the news above).
  for (const key of seedArticles.length > 0 ? SAVED_AS.trilingual : []) {
    const tally = newTally();
    for (const seed of seedArticles) await readBack(readFileSync(seed, 'utf8'), SAVINGS[key], tally);
    docRight += tally.right;
    docTotal += tally.total;
    docRows.push(row('seed articles', SAVINGS[key], tally));
  }
  print(formatTable(docRows));
  const checks: EvalCheck[] = [{ name: `${dataset.name} documents read back exactly (all encodings)`, value: docRight / docTotal, min: 0.99 }];
  if (!presegDir) {
    print(`${dataset.name}: no preseg/, so no single-line figures`);
    return checks;
  }

  // Single lines (NTREX units: one or a few sentences, median about 130 characters).
  const lineRows: Array<Array<string | number>> = [[`${dataset.name} lines`, 'saved as', 'files', 'exact', 'refused', 'misread as']];
  const lineScores = new Map<string, number>();
  const lineDocs = readdirSync(presegDir).filter((doc) => existsSync(path.join(presegDir, doc, 'kk.txt'))).sort();
  for (const lang of ['kk', 'ru'] as const) {
    const lines = lineDocs.flatMap((doc) => read(presegDir, doc, lang).split('\n').filter((line) => line.trim().length > 0));
    for (const key of SAVED_AS[lang].filter((name) => !name.startsWith('utf'))) {
      const tally = newTally();
      for (const line of lines) await readBack(`${line}\n`, SAVINGS[key], tally);
      lineScores.set(`${lang} ${key}`, tally.right / tally.total);
      lineRows.push(row(lang, SAVINGS[key], tally));
    }
  }
  print('');
  print(formatTable(lineRows));
  checks.push(
    { name: `${dataset.name} kk lines in KZ-1048 read back exactly`, value: lineScores.get('kk kz-1048') ?? 0, min: 0.97 },
    { name: `${dataset.name} ru lines in Windows-1251 read back exactly`, value: lineScores.get('ru windows-1251') ?? 0, min: 0.98 },
    { name: `${dataset.name} ru lines in KOI8-R read back exactly`, value: lineScores.get('ru koi8-r') ?? 0, min: 0.97 },
  );
  return checks;
}

/**
 * Every ntrex dataset with `raw/`. Nothing is fitted here, but the decoder's letter frequencies
 * (src/ingest/decode/letter-frequencies.ts) were counted on ntrex-dev/raw, so only a held-out dataset gives
 * a figure on text the decoder has not seen. The repository's seed articles are read back once, with the
 * first dataset (dev when present), so that each figure is not padded with the same articles again.
 */
export const decodeEvaluator: Evaluator = {
  name: 'decode',
  needs: ['ntrex-raw'],
  async run({ datasets, repoDir, print }: EvalContext): Promise<EvalCheck[]> {
    const corpusDir = path.join(repoDir, 'corpus');
    const seeds = readdirSync(corpusDir).filter((name) => /\.(txt|md)$/.test(name)).sort().map((name) => path.join(corpusDir, name));
    const checks: EvalCheck[] = [];
    let first = true;
    for (const dataset of datasets.ntrex.filter((d) => d.raw)) {
      if (!first) print('');
      checks.push(...(await evaluateDataset(dataset, first ? seeds : [], print)));
      first = false;
    }
    return checks;
  },
};

// Standalone run: `node dist/pipeline/eval/decode.js [DATA_DIR]`.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const dataDir = process.argv[2] ?? process.env.TILMASH_DATA ?? path.resolve(repoDir, '..', 'shared', 'data');
  const checks = await decodeEvaluator.run({ dataDir, datasets: findDatasets(dataDir, repoDir), repoDir, print: (line) => process.stdout.write(`${line}\n`) });
  for (const check of checks) process.stdout.write(`${check.name}: ${check.value.toFixed(3)} (min ${check.min})\n`);
}
