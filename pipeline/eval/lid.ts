// Language identification on single NTREX sentences (every line of ntrex-dev/preseg/*/{en,kk,ru}.txt has a known
// language). The shipped profiles were trained on the even half of the documents (split-documents.ts), so the
// acceptance figure is the odd, held-out half; the training half and the reversed fold are printed beside it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { identifyLanguage, splitDocuments, trainProfiles, withLatinKazakh } from '../../src/lang/identify/index.js';
import { toKazakhLatin } from '../../src/lang/kk/latin-alphabet.js';
import type { LidProfiles, LidSample } from '../../src/lang/identify/index.js';
import { LANGS } from '../../src/model/index.js';
import type { Lang } from '../../src/model/index.js';
import { formatTable } from './table.js';
import type { Evaluator } from './types.js';

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

function readUdWords(dataDir: string, lang: Lang): Array<[string, number]> {
  const words: Array<[string, number]> = [];
  for (const line of readFileSync(path.join(dataDir, `ud-${lang}-dev`, `ud-${lang}-dev.tsv`), 'utf8').split('\n')) {
    const [form, , , count] = line.split('\t');
    if (form && count) words.push([form, Number(count)]);
  }
  return words;
}

export const lidEvaluator: Evaluator = {
  name: 'lid',
  needs: ['ntrex-dev/preseg', 'ud-en-dev', 'ud-kk-dev', 'ud-ru-dev'],
  async run({ dataDir, print }) {
    const preseg = path.join(dataDir, 'ntrex-dev', 'preseg');
    const docs = readdirSync(preseg);
    const items: Labelled[] = [];
    for (const doc of docs) {
      for (const lang of LANGS) {
        for (const text of readFileSync(path.join(preseg, doc, `${lang}.txt`), 'utf8').split('\n')) {
          if (text.trim() !== '') items.push({ doc, lang, text });
        }
      }
    }
    const { train, heldOut } = splitDocuments(docs);
    const trainSet = new Set(train);
    const trainItems = items.filter((item) => trainSet.has(item.doc));
    const heldOutItems = items.filter((item) => !trainSet.has(item.doc));
    const samplesFrom = (subset: Labelled[], withSentences: boolean): Record<Lang, LidSample> =>
      Object.fromEntries(
        LANGS.map((lang) => [
          lang,
          {
            sentences: withSentences ? subset.filter((item) => item.lang === lang).map((item) => item.text) : [],
            words: readUdWords(dataDir, lang),
          },
        ]),
      ) as Record<Lang, LidSample>;

    const runs: Array<[string, ReturnType<typeof score>]> = [
      [`shipped profiles, held-out docs (${heldOut.length})`, score(heldOutItems)],
      [`shipped profiles, training docs (${train.length})`, score(trainItems)],
      [`reverse fold: train odd docs, test even docs`, score(trainItems, trainProfiles(withLatinKazakh(samplesFrom(heldOutItems, true))))],
      [`UD word lists only, all ntrex docs (${docs.length})`, score(items, trainProfiles(withLatinKazakh(samplesFrom([], false))))],
    ];
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
      const s = runs[0][1].byBucket.get(bucket);
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
    for (const [name, s] of runs.slice(0, 3)) {
      if (s.errors.length === 0) continue;
      print(`\nerrors, ${name}:`);
      for (const e of s.errors) print(`  ${e.doc} ${e.lang}→${e.guess ?? 'null'}: ${e.text.slice(0, 100)}`);
    }
    return [
      { name: 'accuracy on held-out documents', value: ratio(runs[0][1]), min: 0.995 },
      { name: 'accuracy, reverse fold', value: ratio(runs[2][1]), min: 0.995 },
    ];
  },
};
