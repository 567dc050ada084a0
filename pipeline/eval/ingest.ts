// Block detection on synthetic articles: every document of each ntrex dataset (raw/<doc>/<lang>.txt: headline, then
// paragraphs) becomes a journal article in a randomly drawn layout — language order, a missing language, author
// and affiliation lines, title as `##`, bold, capitals or plain, abstract heading as `### *Abstract*`, bold,
// run in (`Abstract.`), on its own line or absent (Kazakh journals), keyword label styles, body with run-in and
// standalone headings, reference lists with their headings; heads with or without blank lines, title before or
// after the authors, labels in capitals, other languages' heads after the references, CRLF line ends. The truth is known, so the figure is how many
// sections ingest recovers exactly (letters compared, markup ignored). The label spellings are those ingest
// knows, so this measures layout robustness and section languages, not unseen spellings.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import type { IngestedDocument } from '../../src/ingest/types.js';
import { LANGS, type Lang } from '../../src/model/index.js';
import { formatTable } from './table.js';
import type { EvalCheck, Evaluator } from './types.js';
import { seededRandom as random } from '../seeded-random.js';


const ABSTRACT: Record<Lang, string[]> = { en: ['Abstract', 'Annotation', 'Summary'], kk: ['Аңдатпа', 'Түйін'], ru: ['Аннотация', 'Резюме'] };
const KEYWORDS: Record<Lang, string[]> = { en: ['Key words', 'Keywords'], kk: ['Кілт сөздер', 'Түйін сөздер'], ru: ['Ключевые слова'] };
const REFERENCES: Record<Lang, string[]> = {
  en: ['References', 'Literature'],
  kk: ['Әдебиеттер', 'Пайдаланылған әдебиеттер тізімі'],
  ru: ['Список литературы', 'Литература'],
};
const SECTIONS: Record<Lang, string[]> = { en: ['Introduction', 'Conclusion'], kk: ['Кіріспе', 'Қорытынды'], ru: ['Введение', 'Заключение'] };
const AUTHORS: Record<Lang, string> = { en: 'A.B. Seitov, Zh.K. Omarova', kk: 'А.Б. Сейітов, Ж.Қ. Омарова', ru: 'А.Б. Сейтов, Ж.К. Омарова' };
const AFFILIATION: Record<Lang, string> = {
  en: 'Al-Farabi Kazakh National University, Almaty, Kazakhstan, e-mail: seitov@kaznu.kz',
  kk: 'әл-Фараби атындағы Қазақ ұлттық университеті, Алматы, Қазақстан',
  ru: 'Казахский национальный университет имени аль-Фараби, Алматы, Казахстан',
};

interface Truth {
  title: Partial<Record<Lang, string>>;
  abstract: Partial<Record<Lang, string[]>>;
  keywords: Partial<Record<Lang, string>>;
  body: Partial<Record<Lang, string[]>>;
  references: Partial<Record<Lang, number>>;
  languages: Lang[];
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const letters = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]/gu) ?? []).join('');

/** Builds one synthetic article from the paragraphs of an NTREX document in each language. */
export function buildArticle(paragraphs: Record<Lang, string[]>, rand: () => number): { text: string; truth: Truth } {
  const order = [...LANGS].sort(() => rand() - 0.5);
  const dropped = rand() < 0.2 ? pick(rand, order) : null;
  const present = order.filter((lang) => lang !== dropped);
  const truth: Truth = { title: {}, abstract: {}, keywords: {}, body: {}, references: {}, languages: [...present].sort() };
  const heads: string[][] = [];
  const titleStyle = pick(rand, ['##', 'bold', 'caps', 'plain']);
  const abstractStyle = pick(rand, ['### *X*', '**X**', 'X.', 'X:', 'own-line', 'none']);
  const titleFirst = rand() < 0.5;
  const capsLabels = rand() < 0.2;
  // Lines of a head without blank lines between them, as PDF conversions often give.
  const tight = rand() < 0.3;
  for (const lang of present) {
    const parts: string[] = [];
    heads.push(parts);
    const [headline, ...rest] = paragraphs[lang];
    const title = titleStyle === '##' ? `## ${headline}` : titleStyle === 'bold' ? `**${headline}**` : titleStyle === 'caps' ? headline.toUpperCase() : headline;
    const people: string[] = [];
    if (rand() < 0.7) people.push(rand() < 0.5 ? `*${AUTHORS[lang]}*` : AUTHORS[lang]);
    if (rand() < 0.5) people.push(AFFILIATION[lang]);
    const head = titleFirst ? [title, ...people] : [...people, title];
    parts.push(...(tight && titleStyle !== 'plain' ? [head.join('\n')] : head));
    truth.title[lang] = titleStyle === 'caps' ? headline.toUpperCase() : headline;
    const abstract = rest.slice(0, rand() < 0.2 ? 2 : 1);
    truth.abstract[lang] = abstract;
    const label = capsLabels ? pick(rand, ABSTRACT[lang]).toUpperCase() : pick(rand, ABSTRACT[lang]);
    // Without a heading the abstract is only recognisable before its keyword line.
    if (abstractStyle === '### *X*') parts.push(`### *${label}*`, ...abstract);
    else if (abstractStyle === '**X**') parts.push(`**${label}**`, ...abstract);
    else if (abstractStyle === 'X.' || abstractStyle === 'X:') parts.push(`${label}${abstractStyle[1]} ${abstract[0]}`, ...abstract.slice(1));
    else if (abstractStyle === 'own-line') parts.push(`${label}\n${abstract[0]}`, ...abstract.slice(1));
    else parts.push(...abstract);
    const words = [...new Set(abstract[0].match(/\p{L}{6,}/gu) ?? [])].slice(0, 4).map((w) => w.toLowerCase());
    const list = words.join(', ');
    truth.keywords[lang] = list;
    const keywordLabel = pick(rand, KEYWORDS[lang]);
    parts.push(rand() < 0.5 ? `**${keywordLabel}:** ${list}` : `${keywordLabel}: ${list}`);
  }
  // Most journals print every head first; some print the other languages' heads after the references.
  const headsAtEnd = present.length > 1 && rand() < 0.25;
  const parts: string[] = headsAtEnd ? [...heads[0]] : heads.flat();
  const bodyLang = present[0];
  const body = paragraphs[bodyLang].slice(3);
  truth.body[bodyLang] = body;
  body.forEach((paragraph, i) => {
    if (i === 0) parts.push(`**${SECTIONS[bodyLang][0]}.** ${paragraph}`);
    else if (i === body.length - 1 && body.length > 2) parts.push(`## ${SECTIONS[bodyLang][1]}`, paragraph);
    else parts.push(paragraph);
  });
  for (const lang of present.slice(0, 1 + Math.floor(rand() * present.length))) {
    const heading = pick(rand, REFERENCES[lang]);
    parts.push(pick(rand, [`#### ${heading}`, `*${heading}*`, `**${heading}**`, heading]));
    const count = 2 + Math.floor(rand() * 4);
    truth.references[lang] = count;
    const items = Array.from({ length: count }, (_, k) => `${k + 1}. ${AUTHORS[lang].split(',')[0]} ${pick(rand, paragraphs[lang]).slice(0, 60).trim()}. – ${2000 + k}. – ${100 + k} p.`);
    parts.push(items.join('\n'));
  }
  if (headsAtEnd) parts.push(...heads.slice(1).flat());
  const text = parts.join('\n\n');
  return { text: rand() < 0.1 ? text.replace(/\n/g, '\r\n') : text, truth };
}

interface Tally {
  right: number;
  total: number;
}

function score(doc: IngestedDocument, truth: Truth, tallies: Map<string, Tally>, errors: string[], id: string): void {
  const count = (key: string, ok: boolean, detail: string) => {
    const tally = tallies.get(key) ?? { right: 0, total: 0 };
    tally.total++;
    if (ok) tally.right++;
    else if (errors.length < 30) errors.push(`  ${id} ${key}: ${detail}`);
    tallies.set(key, tally);
  };
  const section = (kind: string, lang: Lang) => doc.sections.find((s) => s.kind === kind && s.lang === lang);
  const textOf = (kind: string, lang: Lang) => letters(section(kind, lang)?.paragraphs.map((p) => p.text).join(' ') ?? '');
  for (const lang of LANGS) {
    if (truth.title[lang] !== undefined) count('title', textOf('title', lang) === letters(truth.title[lang]!), `${lang} title`);
    if (truth.abstract[lang]) count('abstract', textOf('abstract', lang) === letters(truth.abstract[lang]!.join(' ')), `${lang} abstract`);
    if (truth.keywords[lang] !== undefined) count('keywords', textOf('keywords', lang) === letters(truth.keywords[lang]!), `${lang} keywords`);
    if (truth.body[lang]) count('body', textOf('body', lang) === letters(truth.body[lang]!.join(' ')), `${lang} body`);
    if (truth.references[lang] !== undefined) {
      const found = section('references', lang)?.paragraphs.length ?? 0;
      count('references', found === truth.references[lang], `${lang} references ${found} of ${truth.references[lang]}`);
    }
  }
  count('languages', doc.languages.join() === truth.languages.join(), `languages ${doc.languages.join()} for ${truth.languages.join()}`);
}

/**
 * Every ntrex dataset with `raw/`, each drawn with the same seeded layouts. Nothing is fitted: the articles are
 * built from each dataset's own documents and only scored.
 */
export const ingestEvaluator: Evaluator = {
  name: 'ingest',
  needs: ['ntrex-raw'],
  async run({ datasets, print }) {
    const checks: EvalCheck[] = [];
    for (const dataset of datasets.ntrex) {
      if (!dataset.raw) continue;
      if (checks.length > 0) print('');
      checks.push(...evaluateDataset(dataset.name, dataset.raw, print));
    }
    return checks;
  },
};

function evaluateDataset(name: string, rawDir: string, print: (line: string) => void): EvalCheck[] {
  const rand = random(42);
  const tallies = new Map<string, Tally>();
  const errors: string[] = [];
  let articles = 0;
  for (const doc of readdirSync(rawDir).sort()) {
    const paragraphs = Object.fromEntries(
      LANGS.map((lang) => [lang, readFileSync(path.join(rawDir, doc, `${lang}.txt`), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)]),
    ) as Record<Lang, string[]>;
    if (LANGS.some((lang) => paragraphs[lang].length < 5)) continue;
    // Three layouts per document.
    for (let k = 0; k < 3; k++) {
      const { text, truth } = buildArticle(paragraphs, rand);
      const ingested = ingest({ kind: 'source-text', schemaVersion: 1, id: `${doc}#${k}`, file: doc, text }, () => {});
      score(ingested, truth, tallies, errors, `${doc}#${k}`);
      articles++;
    }
  }
  const rows: Array<Array<string | number>> = [['section', 'cases', 'right', 'accuracy']];
  let right = 0;
  let total = 0;
  for (const [key, tally] of tallies) {
    rows.push([key, tally.total, tally.right, `${((100 * tally.right) / tally.total).toFixed(1)}%`]);
    if (key !== 'languages') {
      right += tally.right;
      total += tally.total;
    }
  }
  print(`${articles} synthetic articles from ${name}/raw`);
  print(formatTable(rows));
  if (errors.length > 0) print('\nfirst errors:\n' + errors.join('\n'));
  if (articles === 0) {
    print(`${name}: no document has five paragraphs in every language; nothing measured`);
    return [];
  }
  return [
    { name: `${name} sections recovered exactly (synthetic layouts)`, value: right / total, min: 0.95 },
    { name: `${name} languages found (synthetic layouts)`, value: tallies.get('languages')!.right / tallies.get('languages')!.total, min: 0.98 },
  ];
}
