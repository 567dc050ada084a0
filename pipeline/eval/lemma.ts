// Grouping figures of `lemmaKey` on every UD-derived table (ud-kk-*, ud-ru-*, ud-en-*: dev and held-out), beside
// baselines, in one run. Nothing is fitted here; the lemmatisers' rules and exceptions were tuned on the dev tables
// only, so a held-out table is the unbiased figure.
import { readFile } from 'node:fs/promises';
import type { Lang } from '../../src/model/index.js';
import { evaluateGrouping, parseGoldLemmaTable, type GoldLemmaRow, type GroupingScore } from '../../src/terms/evaluate-grouping.js';
import { lemmaKey, loadMorphology } from '../../src/terms/morphology/index.js';
import { foldYo, russianSnowballStem } from '../../src/terms/morphology/ru/index.js';
import { formatTable } from './table.js';
import type { EvalCheck, Evaluator } from './types.js';

interface System {
  name: string;
  key: (form: string) => string;
}

const CONTENT = new Set(['NOUN', 'ADJ', 'PROPN']);

/** Acceptance thresholds (issue 5): pairwise F1 for kk/ru, B-cubed F1 for en (its gold also fixes typos). */
const TARGETS: Record<Lang, { measure: 'pairwise' | 'bcubed'; f1: number; lemmaAccuracy: number }> = {
  kk: { measure: 'pairwise', f1: 0.88, lemmaAccuracy: 0.85 },
  ru: { measure: 'pairwise', f1: 0.93, lemmaAccuracy: 0.85 },
  en: { measure: 'bcubed', f1: 0.985, lemmaAccuracy: 0.95 },
};

function systemsFor(lang: Lang): System[] {
  const systems: System[] = [{ name: 'no stemming', key: (form) => (lang === 'ru' ? foldYo(form) : form) }];
  if (lang === 'ru') systems.push({ name: 'snowball', key: russianSnowballStem });
  systems.push({ name: 'tilmash', key: (form) => lemmaKey(form, lang) });
  return systems;
}

function row(dataset: string, subset: string, system: string, score: GroupingScore): Array<string | number> {
  return [
    dataset,
    subset,
    system,
    score.forms,
    score.pairwise.precision,
    score.pairwise.recall,
    score.pairwise.f1,
    score.bcubed.f1,
    score.lemmaAccuracy,
  ];
}

export const lemmaEvaluator: Evaluator = {
  name: 'lemma',
  needs: ['ud-kk', 'ud-ru', 'ud-en'],
  async run(context) {
    await loadMorphology();
    const table: Array<Array<string | number>> = [
      ['dataset', 'subset', 'system', 'forms', 'pair P', 'pair R', 'pair F1', 'B3 F1', 'lemma acc'],
    ];
    const checks: EvalCheck[] = [];
    for (const { lang, name, tsv: file } of (['kk', 'ru', 'en'] as const).flatMap((lang) => context.datasets.ud[lang])) {
      const { rows, bad } = parseGoldLemmaTable(await readFile(file, 'utf8'));
      if (bad.length > 0) context.print(`${file}: skipped ${bad.length} malformed line(s), first at line ${bad[0]}`);
      const subsets: Array<[string, GoldLemmaRow[]]> = [
        ['NOUN+ADJ+PROPN', rows.filter((r) => CONTENT.has(r.upos))],
        ['VERB', rows.filter((r) => r.upos === 'VERB')],
      ];
      const foldLemma = lang === 'ru' ? foldYo : undefined;
      for (const [subset, subsetRows] of subsets) {
        for (const system of systemsFor(lang)) {
          const score = evaluateGrouping(subsetRows, system.key, { foldLemma });
          table.push(row(name, subset, system.name, score));
          if (system.name === 'tilmash' && subset === 'NOUN+ADJ+PROPN') {
            const target = TARGETS[lang];
            checks.push({
              name: `${name} ${target.measure === 'pairwise' ? 'pairwise' : 'B-cubed'} F1 (NOUN+ADJ+PROPN)`,
              value: score[target.measure].f1,
              min: target.f1,
            });
            checks.push({ name: `${name} lemma accuracy (NOUN+ADJ+PROPN)`, value: score.lemmaAccuracy, min: target.lemmaAccuracy });
          }
        }
      }
    }
    context.print(formatTable(table));
    context.print('Distinct forms; pairs of forms sharing a gold lemma vs sharing a key; Russian lemmas compared with ё folded to е.');
    return checks;
  },
};
