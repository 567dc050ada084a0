// Sentence segmentation against gold boundaries: the NTREX paragraphs of every ntrex dataset (gold line spans) and
// the abstracts of every seed alignment gold (hand-made gold units), for tilmash's segmenter and for
// `Intl.Segmenter` side by side.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LANGS, type Lang } from '../../src/model/index.js';
import { segmentText } from '../../src/segment/index.js';
import { lookupAbbreviation } from '../../src/segment/lookup-abbreviation.js';
import { readWordBeforeStop } from '../../src/segment/read-word-before-stop.js';
import type { SentenceSpan } from '../../src/segment/types.js';
import { formatTable } from './table.js';
import type { EvalCheck, EvalContext, Evaluator } from './types.js';
import type { SeedGoldDataset } from './datasets.js';

/** One language of one NTREX document: the raw text, its gold line spans and its paragraphs (line indices). */
interface GoldText {
  doc: string;
  text: string;
  lines: Array<[number, number]>;
  paragraphs: number[][];
}

type Segmenter = (text: string, lang: Lang) => SentenceSpan[];

interface Score {
  gold: number;
  goldAfterStop: number;
  found: number;
  foundAfterStop: number;
  system: number;
  /** System boundaries inside a gold line, with some context. */
  inside: string[];
  missed: string[];
}

// A line that ends in a stop, optionally followed by closing quotes or brackets: the boundaries a segmenter
// can see. A line break without a stop (NTREX captions, headlines) is invisible in running text.
const ENDS_WITH_STOP = /[.!?…]["'»”“’)\]]*$/u;

/** `Intl.Segmenter`, one paragraph at a time (it is very slow on long strings), segments trimmed. */
function intlSegmenter(text: string, lang: Lang): SentenceSpan[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const spans: SentenceSpan[] = [];
  const blank = /\n(?:[^\S\n]*\n)+/g;
  let start = 0;
  const paragraphs: Array<[number, number]> = [];
  for (const match of text.matchAll(blank)) {
    paragraphs.push([start, match.index]);
    start = match.index + match[0].length;
  }
  paragraphs.push([start, text.length]);
  for (const [from, to] of paragraphs) {
    for (const piece of segmenter.segment(text.slice(from, to))) {
      let s = from + piece.index;
      let e = s + piece.segment.length;
      while (s < e && /\s/u.test(text[s])) s++;
      while (e > s && /\s/u.test(text[e - 1])) e--;
      if (e > s) spans.push({ start: s, end: e });
    }
  }
  return spans;
}

const SYSTEMS: Array<[string, Segmenter]> = [
  ['tilmash', segmentText],
  ['Intl.Segmenter', intlSegmenter],
];

function loadNtrex(dir: string): Record<Lang, GoldText[]> {
  const out: Record<Lang, GoldText[]> = { en: [], kk: [], ru: [] };
  for (const doc of readdirSync(dir).sort()) {
    const goldFile = path.join(dir, doc, 'gold.json');
    if (!existsSync(goldFile)) continue;
    const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as {
      spans: Record<Lang, Array<[number, number]>>;
      paragraphs: number[][];
    };
    for (const lang of LANGS) {
      const text = readFileSync(path.join(dir, doc, `${lang}.txt`), 'utf8');
      out[lang].push({ doc, text, lines: gold.spans[lang], paragraphs: gold.paragraphs });
    }
  }
  return out;
}

function context(text: string, at: number): string {
  return `${text.slice(Math.max(0, at - 40), at)} ‖ ${text.slice(at, at + 30)}`.replace(/\s+/gu, ' ');
}

/** Scores `segmenter` on the gold boundaries inside paragraphs (a paragraph end is a boundary for free). */
function scoreNtrex(texts: GoldText[], lang: Lang, segmenter: Segmenter): Score {
  const score: Score = { gold: 0, goldAfterStop: 0, found: 0, foundAfterStop: 0, system: 0, inside: [], missed: [] };
  for (const { doc, text, lines, paragraphs } of texts) {
    const paragraphEnds = new Set(paragraphs.map((p) => lines[p[p.length - 1]][1]));
    const goldEnds = new Map<number, boolean>();
    for (const p of paragraphs) {
      for (const i of p.slice(0, -1)) {
        const [s, e] = lines[i];
        goldEnds.set(e, ENDS_WITH_STOP.test(text.slice(s, e)));
      }
    }
    const systemEnds = new Set(segmenter(text, lang).map((span) => span.end).filter((end) => !paragraphEnds.has(end)));
    for (const [end, afterStop] of goldEnds) {
      score.gold++;
      if (afterStop) score.goldAfterStop++;
      if (systemEnds.has(end)) {
        score.found++;
        if (afterStop) score.foundAfterStop++;
      } else if (afterStop) score.missed.push(`${doc}: ${context(text, end)}`);
    }
    for (const end of systemEnds) {
      score.system++;
      if (!goldEnds.has(end)) score.inside.push(`${doc}: ${context(text, end)}`);
    }
  }
  return score;
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * The lower-case evidence: every stop in the NTREX paragraphs that is followed by white space and a
 * lower-case word, by what stands before it, counted as gold boundary or not.
 */
function lowerCaseEvidence(source: string, all: Record<Lang, GoldText[]>): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [];
  const candidate = /([.!?…]+)(["'»”“’)\]]*)(\s+)[-–—"'«„“(\s]*(\p{Ll})/gu;
  for (const lang of LANGS) {
    const counts = new Map<string, [number, number]>();
    for (const { text, lines } of all[lang]) {
      const ends = new Set(lines.map(([, e]) => e));
      for (const match of text.matchAll(candidate)) {
        const stopStart = match.index;
        const end = stopStart + match[1].length + match[2].length;
        const word = readWordBeforeStop(text, stopStart, 0);
        let kind: string;
        if (/[…]|\.\./u.test(match[1])) kind = 'ellipsis';
        else if (/[!?]/u.test(match[1])) kind = '? or !';
        else if (match[2].length > 0) kind = 'closing quote or bracket';
        else if (
          word.shape === 'initials' ||
          word.shape === 'dotted' ||
          (word.shape === 'word' && (word.text.length === 1 || lookupAbbreviation(word.text, lang) !== undefined))
        )
          kind = 'abbreviation or initial';
        else kind = 'ordinary word';
        const c = counts.get(kind) ?? [0, 0];
        c[ends.has(end) ? 0 : 1]++;
        counts.set(kind, c);
      }
    }
    for (const [kind, [yes, no]] of [...counts].sort()) rows.push([source, lang, kind, yes, no]);
  }
  return rows;
}

/** The seed abstracts as gold texts: units joined by spaces, each unit a gold line, one paragraph. */
function seedAsGold(name: string, units: Record<Lang, string[]>): Record<Lang, GoldText[]> {
  const out: Record<Lang, GoldText[]> = { en: [], kk: [], ru: [] };
  for (const lang of LANGS) {
    const lines: Array<[number, number]> = [];
    let offset = 0;
    for (const unit of units[lang]) {
      lines.push([offset, offset + unit.length]);
      offset += unit.length + 1;
    }
    out[lang].push({ doc: name, text: units[lang].join(' '), lines, paragraphs: [lines.map((_, i) => i)] });
  }
  return out;
}

/** Letters and digits only, lower-cased, `ё` folded: the seed gold README's comparison form. */
function lettersAndDigits(text: string): string {
  return text.toLowerCase().replace(/ё/gu, 'е').replace(/[^\p{L}\p{N}]/gu, '');
}

interface SeedScore {
  units: number;
  gold: number;
  found: number;
  exact: number;
}

/**
 * A seed's abstracts: the gold units joined by spaces as plain text, segmented, and every system sentence
 * located in the gold text by letters and digits. A gold unit end counts as found when a system sentence
 * ends there; a gold unit is reproduced exactly when one system sentence covers it and nothing else.
 */
function scoreSeed(units: string[], lang: Lang, segmenter: Segmenter): SeedScore {
  const text = units.join(' ');
  const goldEnds: number[] = [];
  let offset = 0;
  for (const unit of units) goldEnds.push((offset += lettersAndDigits(unit).length));
  const systemEnds: number[] = [];
  offset = 0;
  for (const span of segmenter(text, lang)) systemEnds.push((offset += lettersAndDigits(text.slice(span.start, span.end)).length));
  const system = new Set(systemEnds);
  const found = goldEnds.filter((end) => system.has(end)).length;
  const exact = goldEnds.filter((end, i) => {
    const start = i === 0 ? 0 : goldEnds[i - 1];
    return (start === 0 || system.has(start)) && system.has(end) && !systemEnds.some((e) => e > start && e < end);
  }).length;
  return { units: systemEnds.length, gold: goldEnds.length, found, exact };
}

/** One ntrex dataset's raw paragraphs: the table of both systems, the checks, and the splits inside lines. */
function evaluateNtrex(name: string, ntrex: Record<Lang, GoldText[]>, print: (line: string) => void): EvalCheck[] {
  const checks: EvalCheck[] = [];
  const lines = ntrex.en.reduce((n, t) => n + t.lines.length, 0);
  print(`${name}/raw: ${ntrex.en.length} documents, ${lines} gold lines per language; boundaries inside paragraphs only.`);
  const rows: Array<Array<string | number>> = [
    ['lang', 'system', 'gold', 'after stop', 'system', 'precision', 'recall', 'recall after stop', 'F1', 'splits in lines', 'missed after stop'],
  ];
  const scores = new Map<string, Score>();
  for (const lang of LANGS) {
    for (const [system, segmenter] of SYSTEMS) {
      const s = scoreNtrex(ntrex[lang], lang, segmenter);
      scores.set(`${lang}/${system}`, s);
      const p = ratio(s.found, s.system);
      const r = ratio(s.found, s.gold);
      rows.push([lang, system, s.gold, s.goldAfterStop, s.system, p, r, ratio(s.foundAfterStop, s.goldAfterStop), f1(p, r), s.inside.length, s.missed.length]);
    }
  }
  print(formatTable(rows));
  for (const lang of LANGS) {
    const ours = scores.get(`${lang}/tilmash`)!;
    const intl = scores.get(`${lang}/Intl.Segmenter`)!;
    checks.push({ name: `${name} ${lang} recall after a stop`, value: ratio(ours.foundAfterStop, ours.goldAfterStop), min: 0.995 });
    // Fewer splits inside gold lines than Intl.Segmenter, or none at all (a small dataset may give Intl none).
    const atMost = Math.max(intl.inside.length - 1, 0);
    checks.push({ name: `${name} ${lang} splits inside lines (Intl.Segmenter: ${intl.inside.length})`, value: ours.inside.length, atMost });
  }

  print(`\nSplits inside gold lines (tilmash, ${name}): some NTREX lines hold two sentences, so not all are errors.`);
  for (const lang of LANGS) {
    const s = scores.get(`${lang}/tilmash`)!;
    for (const line of s.inside) print(`  ${lang}  ${line}`);
    for (const line of s.missed) print(`  ${lang}  MISSED ${line}`);
  }
  return checks;
}

/** One seed gold's abstract: the table of both systems and the checks. */
function evaluateSeedAbstract(gold: SeedGoldDataset, units: Record<Lang, string[]>, print: (line: string) => void): EvalCheck[] {
  const checks: EvalCheck[] = [];
  const seedRows: Array<Array<string | number>> = [['lang', 'system', 'gold units', 'system units', 'gold ends found', 'units exact']];
  for (const lang of LANGS) {
    for (const [system, segmenter] of SYSTEMS) {
      const s = scoreSeed(units[lang], lang, segmenter);
      seedRows.push([lang, system, s.gold, s.units, `${s.found}/${s.gold}`, `${s.exact}/${s.gold}`]);
      if (system !== 'tilmash') continue;
      // Seed 000's own gold note: its Russian unit with the stray `деятельности. функционировать` may come out
      // as two sentences. Other golds carry no such note, so their unit counts must match exactly.
      const [min, max] = lang === 'ru' && gold.id === '000' ? [s.gold, s.gold + 1] : [s.gold, s.gold];
      checks.push({ name: `${gold.name} ${lang} abstract units (gold ${s.gold})`, value: s.units, min, atMost: max });
      checks.push({ name: `${gold.name} ${lang} abstract gold unit ends found`, value: ratio(s.found, s.gold), min: 1 });
    }
  }
  print(`\n${gold.name} abstracts (gold units joined by spaces, compared by letters and digits):`);
  print(formatTable(seedRows));
  return checks;
}

/**
 * Every ntrex dataset with `raw/` and every seed alignment gold (its abstract units). Nothing is fitted here;
 * the abbreviation lists and the lower-case rule were written from the dev data (the evidence table below).
 */
async function run(context: EvalContext): Promise<EvalCheck[]> {
  const checks: EvalCheck[] = [];
  const evidence: Array<Array<string | number>> = [['data', 'lang', 'before the stop', 'gold boundary', 'not a boundary']];
  for (const dataset of context.datasets.ntrex) {
    if (!dataset.raw) continue;
    const ntrex = loadNtrex(dataset.raw);
    if (checks.length > 0) context.print('');
    checks.push(...evaluateNtrex(dataset.name, ntrex, context.print));
    evidence.push(...lowerCaseEvidence(dataset.name, ntrex));
  }

  const seeds: Array<{ gold: SeedGoldDataset; units: Record<Lang, string[]> }> = [];
  for (const gold of context.datasets.seedAlignment) {
    const units = (JSON.parse(readFileSync(gold.file, 'utf8')) as { sections?: { abstract?: { units?: Record<Lang, string[]> } } }).sections?.abstract?.units;
    if (!units || LANGS.some((lang) => !Array.isArray(units[lang]))) {
      context.print(`\n${gold.name}: skipped, ${gold.file} has no abstract units in all three languages`);
      continue;
    }
    seeds.push({ gold, units });
    evidence.push(...lowerCaseEvidence(`${gold.name} abstracts`, seedAsGold(gold.name, units)));
  }

  context.print('\nA stop followed by a lower-case word, by what stands before the stop (evidence for the lower-case rule):');
  context.print(formatTable(evidence));
  for (const { gold, units } of seeds) checks.push(...evaluateSeedAbstract(gold, units, context.print));
  return checks;
}

/** `npm run eval -- --only segment`. */
export const segmentEvaluator: Evaluator = {
  name: 'segment',
  needs: ['ntrex-raw', 'seed-alignment'],
  run,
};
