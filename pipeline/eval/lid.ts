// Language identification on single NTREX sentences (every line of <ntrex dataset>/preseg/*/{en,kk,ru}.txt has a
// known language). The shipped profiles were trained on the even half of ntrex-dev's documents (split-documents.ts),
// so the acceptance figure is the odd, held-out half there and every document of a held-out dataset; the training
// half and the reversed fold are printed beside it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { identifyLanguage, splitDocuments, trainProfiles, withLatinKazakh } from '../../src/lang/identify/index.js';
import { toKazakhLatin } from '../../src/lang/kk/latin-alphabet.js';
import type { LidProfiles, LidSample } from '../../src/lang/identify/index.js';
import { LANGS } from '../../src/model/index.js';
import type { Lang } from '../../src/model/index.js';
import { formatTable } from './table.js';
import type { EvalCheck, Evaluator } from './types.js';
import type { NtrexDataset } from './datasets.js';

interface Labelled {
  doc: string;
  lang: Lang;
  text: string;
}

const BUCKETS: Array<[string, number]> = [
  ['< 20 chars', 20],
  ['20-49', 50],
  ['50-99', 100],
  ['100-199', 200],
  ['>= 200', Infinity],
];

function bucketOf(text: string): string {
  return BUCKETS.find(([, below]) => text.length < below)![0];
}

interface Score {
  right: number;
  total: number;
  errors: Array<Labelled & { guess: Lang | null }>;
}

function score(items: Labelled[], profiles?: LidProfiles): Score & { byLang: Map<string, Score>; byBucket: Map<string, Score> } {
  const all: Score = { right: 0, total: 0, errors: [] };
  const byLang = new Map<string, Score>();
  const byBucket = new Map<string, Score>();
  for (const item of items) {
    const guess = identifyLanguage(item.text, profiles).lang;
    for (const s of [all, get(byLang, item.lang), get(byBucket, bucketOf(item.text))]) {
      s.total++;
      if (guess === item.lang) s.right++;
      else if (s === all) s.errors.push({ ...item, guess });
    }
  }
  return { ...all, byLang, byBucket };
}

function get(map: Map<string, Score>, key: string): Score {
  let s = map.get(key);
  if (!s) map.set(key, (s = { right: 0, total: 0, errors: [] }));
  return s;
}

const ratio = (s: Score | undefined) => (s && s.total > 0 ? s.right / s.total : NaN);
const percent = (value: number) => (Number.isNaN(value) ? '-' : `${(100 * value).toFixed(2)}%`);

/** Kazakh as it looks when the font lacked the Kazakh letters (docs/kazakh-morphology.md §10). */
const RUSSIFY: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };
const russify = (text: string) => text.replace(/[әғқңөұүһі]/g, (ch) => RUSSIFY[ch]).replace(/[ӘҒҚҢӨҰҮҺІ]/g, (ch) => RUSSIFY[ch.toLowerCase()].toUpperCase());
/** The most common PDF artefact in Kazakh: Latin i for і. */
const latinI = (text: string) => text.replace(/і/g, 'i').replace(/І/g, 'I');
/** The first `n` words of a line: how the identifier fares on headings and keyword lists. */
const firstWords = (n: number) => (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).slice(0, n).join(' ');

function readUdWords(tsv: string): Array<[string, number]> {
  const words: Array<[string, number]> = [];
  for (const line of readFileSync(tsv, 'utf8').split('\n')) {
    const [form, , , count] = line.split('\t');
    if (form && count) words.push([form, Number(count)]);
  }
  return words;
}

function readItems(presegDir: string, docs: readonly string[]): Labelled[] {
  const items: Labelled[] = [];
  for (const doc of docs) {
    for (const lang of LANGS) {
      for (const text of readFileSync(path.join(presegDir, doc, `${lang}.txt`), 'utf8').split('\n')) {
        if (text.trim() !== '') items.push({ doc, lang, text });
      }
    }
  }
  return items;
}

/**
 * One ntrex dataset. What is fitted, and on what:
 * - the shipped profiles were trained (pipeline/generate-lid-samples.ts) on the even half of ntrex-dev's documents
 *   and the UD dev word lists; `shippedTraining` names those documents, and in any dataset they are scored only as
 *   "training docs", never in the held-out figure (a held-out dataset normally has none of them);
 * - the reverse fold trains on the odd half of this dataset's own documents (splitDocuments) and tests on the even
 *   half, so nothing it is scored on was seen; on ntrex-dev this is exactly the shipped split reversed;
 * - the word lists used for training are always the UD dev tables (`udWords`), never a held-out UD table.
 */
function evaluateDataset(
  dataset: NtrexDataset,
  shippedTraining: ReadonlySet<string>,
  udWords: Record<Lang, Array<[string, number]>> | null,
  print: (line: string) => void,
): EvalCheck[] {
  const preseg = dataset.preseg!;
  const docs = readdirSync(preseg).filter((doc) => LANGS.every((lang) => existsSync(path.join(preseg, doc, `${lang}.txt`))));
  const items = readItems(preseg, docs);
  const train = docs.filter((doc) => shippedTraining.has(doc)).sort();
  const heldOut = docs.filter((doc) => !shippedTraining.has(doc)).sort();
  const trainItems = items.filter((item) => shippedTraining.has(item.doc));
  const heldOutItems = items.filter((item) => !shippedTraining.has(item.doc));
  const fold = splitDocuments(docs);
  const foldTrain = new Set(fold.train);
  const samplesFrom = (subset: Labelled[], words: Record<Lang, Array<[string, number]>>): Record<Lang, LidSample> =>
    Object.fromEntries(
      LANGS.map((lang) => [lang, { sentences: subset.filter((item) => item.lang === lang).map((item) => item.text), words: words[lang] }]),
    ) as Record<Lang, LidSample>;

  print(`${dataset.name}/preseg: ${docs.length} documents`);
  const shipped = score(heldOutItems);
  const runs: Array<[string, ReturnType<typeof score>]> = [[`shipped profiles, held-out docs (${heldOut.length})`, shipped]];
  if (train.length > 0) runs.push([`shipped profiles, training docs (${train.length})`, score(trainItems)]);
  let reverse: ReturnType<typeof score> | null = null;
  if (udWords) {
    const foldTestItems = items.filter((item) => foldTrain.has(item.doc));
    const foldTrainItems = items.filter((item) => !foldTrain.has(item.doc));
    reverse = score(foldTestItems, trainProfiles(withLatinKazakh(samplesFrom(foldTrainItems, udWords))));
    runs.push([`reverse fold: train odd docs, test even docs`, reverse]);
  }
  // The runs whose errors are listed; the word-list-only run is a baseline, its errors are not.
  const listed = [...runs];
  if (udWords) runs.push([`UD word lists only, all ntrex docs (${docs.length})`, score(items, trainProfiles(withLatinKazakh(samplesFrom([], udWords))))]);
  const header = ['run', 'sentences', 'accuracy', ...LANGS, ...BUCKETS.map(([name]) => name)];
  const rows: Array<Array<string | number>> = [header];
  for (const [name, s] of runs) {
    rows.push([
      name,
      s.total,
      percent(ratio(s)),
      ...LANGS.map((lang) => percent(ratio(s.byLang.get(lang)))),
      ...BUCKETS.map(([bucket]) => percent(ratio(s.byBucket.get(bucket)))),
    ]);
  }
  print(formatTable(rows));
  const counts: Array<Array<string | number>> = [['bucket (held-out)', 'sentences', 'errors']];
  for (const [bucket] of BUCKETS) {
    const s = shipped.byBucket.get(bucket);
    counts.push([bucket, s?.total ?? 0, s ? s.total - s.right : 0]);
  }
  print('');
  print(formatTable(counts));
  // Harder than the acceptance data: what headings, keyword lists and damaged PDFs look like (held-out docs).
  const variants: Array<[string, (text: string) => string, Lang[]]> = [
    ['first 1 word', firstWords(1), [...LANGS]],
    ['first 2 words', firstWords(2), [...LANGS]],
    ['first 3 words', firstWords(3), [...LANGS]],
    ['first 5 words', firstWords(5), [...LANGS]],
    ['kk without Kazakh letters', russify, ['kk']],
    ['kk without Kazakh letters, first 3 words', (t) => firstWords(3)(russify(t)), ['kk']],
    ['kk with Latin i for і', latinI, ['kk']],
    ['kk in the Latin alphabet (2021)', toKazakhLatin, ['kk']],
    ['kk in the Latin alphabet, first 3 words', (t) => firstWords(3)(toKazakhLatin(t)), ['kk']],
  ];
  const hard: Array<Array<string | number>> = [['stress variant (held-out docs)', 'sentences', 'accuracy', ...LANGS]];
  for (const [name, transform, langs] of variants) {
    const subset = heldOutItems
      .filter((item) => langs.includes(item.lang))
      .map((item) => ({ ...item, text: transform(item.text) }))
      .filter((item) => /\p{L}/u.test(item.text));
    const s = score(subset);
    hard.push([name, s.total, percent(ratio(s)), ...LANGS.map((lang) => percent(ratio(s.byLang.get(lang))))]);
  }
  print('');
  print(formatTable(hard));
  for (const [name, s] of listed) {
    if (s.errors.length === 0) continue;
    print(`\nerrors, ${name}:`);
    for (const e of s.errors) print(`  ${e.doc} ${e.lang}→${e.guess ?? 'null'}: ${e.text.slice(0, 100)}`);
  }
  const checks: EvalCheck[] = [];
  if (shipped.total > 0) checks.push({ name: `${dataset.name} accuracy on held-out documents`, value: ratio(shipped), min: 0.995 });
  else print(`${dataset.name}: every document is one the shipped profiles were trained on; no held-out figure`);
  if (reverse && reverse.total > 0) checks.push({ name: `${dataset.name} accuracy, reverse fold`, value: ratio(reverse), min: 0.995 });
  return checks;
}

/** Every ntrex dataset with `preseg/`: each line's language is known. */
export const lidEvaluator: Evaluator = {
  name: 'lid',
  needs: ['ntrex-preseg'],
  async run({ datasets, print }) {
    // The documents the shipped profiles were trained on: the even half of ntrex-dev (generate-lid-samples.ts).
    const dev = datasets.ntrex.find((dataset) => dataset.dev && dataset.preseg && dataset.name === 'ntrex-dev');
    const shippedTraining = new Set(dev ? splitDocuments(readdirSync(dev.preseg!)).train : []);
    if (!dev) print('note: no ntrex-dev/preseg, so the documents the shipped profiles were trained on are unknown; all counted as held out');
    // Retraining uses the UD dev word lists only (as the shipped profiles do), never a held-out table.
    const udDev = LANGS.map((lang) => datasets.ud[lang].find((dataset) => dataset.dev));
    const udWords = udDev.every(Boolean)
      ? (Object.fromEntries(LANGS.map((lang, i) => [lang, readUdWords(udDev[i]!.tsv)])) as Record<Lang, Array<[string, number]>>)
      : null;
    if (!udWords) print('note: the UD dev word lists (ud-en-dev, ud-kk-dev, ud-ru-dev) are not all present; the retrained runs are skipped');
    const checks: EvalCheck[] = [];
    for (const dataset of datasets.ntrex) {
      if (!dataset.preseg) continue;
      if (checks.length > 0) print('');
      checks.push(...evaluateDataset(dataset, shippedTraining, udWords, print));
    }
    return checks;
  },
};
