// Kazakh lemmatiser figures on ud-kk-dev and any other ud-kk-* table in the data folder: pairwise "same lexeme"
// P/R/F1 over distinct forms and exact lemma accuracy, on nouns + adjectives + proper nouns (the acceptance set)
// and on verbs, beside two baselines. `npm run eval`'s lemma part (lemma.ts) scores lemmaKey on the same tables;
// this file is run on its own: node dist/pipeline/eval/lemma-kk-dev.js [DATA_DIR] [--errors]. The "+ corpus stems"
// row gives the lemmatiser the table's own forms as its corpus (unsupervised, no gold lemma read), as the build
// gives it the articles' own words: fitted on the forms it is scored on, the way it is used, never on their lemmas.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createKazakhLemmatiser, kazakhLemma, scoreLexemeGrouping, type GroupingScore, type LemmaGoldRow } from '../../src/terms/morphology/kk/index.js';
import { formatTable } from './table.js';
import type { EvalCheck, Evaluator } from './types.js';
import { findDatasets } from './datasets.js';

/** Parts of speech of the acceptance set. */
export const KK_NOMINAL_UPOS = new Set(['NOUN', 'ADJ', 'PROPN']);

/** Figures of one system on one ud-kk table. */
export interface KazakhLemmaFigures {
  /** Nouns, adjectives and proper nouns (the acceptance set). */
  nominal: GroupingScore;
  /** Verbs, reported separately (KTB lemmatises participles and agent nouns to the verb). */
  verbs: GroupingScore;
}

/** The result of {@link evaluateKazakhLemma}: the lemmatiser and its baselines. */
export interface KazakhLemmaEvaluation {
  system: KazakhLemmaFigures;
  /** The same lemmatiser given the dev forms themselves as its corpus (unsupervised; no gold lemma is used). */
  withCorpus: KazakhLemmaFigures;
  baselines: { noStemming: KazakhLemmaFigures; first4Letters: KazakhLemmaFigures };
  /** Nominal forms whose key differs from the gold lemma: form, gold, key. */
  errors: Array<{ form: string; gold: string; key: string; upos: string }>;
  /** Milliseconds to lemmatise all distinct forms once (includes loading the stem list). */
  milliseconds: number;
}

/** Parses `form<TAB>lemma<TAB>upos<TAB>count` lines. */
export function parseLemmaTsv(text: string): LemmaGoldRow[] {
  const rows: LemmaGoldRow[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const [form, lemma, upos, count] = line.split('\t');
    if (form === undefined || lemma === undefined || upos === undefined) continue;
    rows.push({ form, lemma, upos, count: Number(count ?? '1') || 1 });
  }
  return rows;
}

function figures(rows: LemmaGoldRow[], keyOf: (form: string) => string): KazakhLemmaFigures {
  return {
    nominal: scoreLexemeGrouping(rows.filter((row) => KK_NOMINAL_UPOS.has(row.upos)), keyOf),
    verbs: scoreLexemeGrouping(rows.filter((row) => row.upos === 'VERB'), keyOf),
  };
}

/** Scores `kazakhLemma` on one ud-kk table (`tsvFile`), with the no-stemming and first-4-letters baselines. */
export async function evaluateKazakhLemma(tsvFile: string): Promise<KazakhLemmaEvaluation> {
  const rows = parseLemmaTsv(await readFile(tsvFile, 'utf8'));
  const started = performance.now();
  const keys = new Map<string, string>();
  for (const row of rows) if (!keys.has(row.form)) keys.set(row.form, kazakhLemma(row.form));
  const milliseconds = performance.now() - started;
  const keyOf = (form: string): string => keys.get(form) ?? kazakhLemma(form);
  const errors = rows
    .filter((row) => KK_NOMINAL_UPOS.has(row.upos) && keyOf(row.form) !== row.lemma)
    .map((row) => ({ form: row.form, gold: row.lemma, key: keyOf(row.form), upos: row.upos }));
  const corpusAware = createKazakhLemmatiser({ corpusWords: rows.map((row) => row.form) });
  return {
    system: figures(rows, keyOf),
    withCorpus: figures(rows, (form) => corpusAware.lemma(form)),
    baselines: {
      noStemming: figures(rows, (form) => form),
      first4Letters: figures(rows, (form) => [...form].slice(0, 4).join('')),
    },
    errors,
    milliseconds,
  };
}

/** Prints the table of an evaluation and returns the acceptance checks (F1 ≥ 0.88, lemma accuracy ≥ 0.85). */
export function reportKazakhLemma(evaluation: KazakhLemmaEvaluation, print: (line: string) => void, dataset = 'ud-kk-dev'): EvalCheck[] {
  const row = (name: string, set: GroupingScore): Array<string | number> => [
    name, set.forms, set.precision, set.recall, set.f1, set.lemmaAccuracy, set.tokenLemmaAccuracy,
  ];
  const header = [dataset, 'forms', 'pair P', 'pair R', 'pair F1', 'lemma acc', 'token acc'];
  print(
    formatTable([
      header,
      row('NOUN+ADJ+PROPN: no stemming', evaluation.baselines.noStemming.nominal),
      row('NOUN+ADJ+PROPN: first 4 letters', evaluation.baselines.first4Letters.nominal),
      row('NOUN+ADJ+PROPN: kazakhLemma', evaluation.system.nominal),
      row('NOUN+ADJ+PROPN: + corpus stems', evaluation.withCorpus.nominal),
      row('VERB: no stemming', evaluation.baselines.noStemming.verbs),
      row('VERB: first 4 letters', evaluation.baselines.first4Letters.verbs),
      row('VERB: kazakhLemma', evaluation.system.verbs),
      row('VERB: + corpus stems', evaluation.withCorpus.verbs),
    ]),
  );
  print(`kazakhLemma: ${evaluation.milliseconds.toFixed(0)} ms for all distinct forms, stem list loading included`);
  return [
    { name: `${dataset} NOUN+ADJ+PROPN pairwise F1`, value: evaluation.system.nominal.f1, min: 0.88 },
    { name: `${dataset} NOUN+ADJ+PROPN lemma accuracy`, value: evaluation.system.nominal.lemmaAccuracy, min: 0.85 },
  ];
}

/** Evaluation part for `npm run eval` (the lemma part may call evaluateKazakhLemma instead). */
export const kazakhLemmaDevEvaluator: Evaluator = {
  name: 'lemma-kk',
  needs: ['ud-kk'],
  async run(context) {
    const checks: EvalCheck[] = [];
    for (const dataset of context.datasets.ud.kk) checks.push(...reportKazakhLemma(await evaluateKazakhLemma(dataset.tsv), context.print, dataset.name));
    return checks;
  },
};

// Run directly: print the table (and with --errors the nominal forms keyed differently from gold).
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const dataDir = args.find((arg) => !arg.startsWith('--')) ?? path.resolve(repoDir, '..', 'shared', 'data');
  const run = async (): Promise<number> => {
    const tables = findDatasets(dataDir, repoDir).ud.kk;
    if (tables.length === 0) throw new Error(`no ud-kk-* dataset in ${dataDir}`);
    let ok = true;
    for (const dataset of tables) {
      const evaluation = await evaluateKazakhLemma(dataset.tsv);
      const checks = reportKazakhLemma(evaluation, (line) => process.stdout.write(line + '\n'), dataset.name);
      if (args.includes('--errors')) {
        for (const error of evaluation.errors) process.stdout.write(`${error.upos}\t${error.form}\t${error.gold}\t${error.key}\n`);
      }
      ok &&= checks.every((check) => check.value >= (check.min ?? -Infinity));
    }
    return ok ? 0 : 1;
  };
  run().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`lemma-kk-dev: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
