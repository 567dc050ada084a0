// The eval's hand-made glossary golds of single documents: found in the repository and in `glossary-gold*`
// folders of the data folder, each document's glossary built alone and scored, the figures pooled, and checks
// named after the gold. Built on a temporary folder with a tiny fake gold: no shared data needed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetsOfKind, findDatasets, REPO_GLOSSARY_GOLD_DIR, type Datasets } from '../../pipeline/eval/datasets.js';
import {
  GOLD_TOP_N,
  glossaryEvaluator,
  measureDocumentGold,
  OTHER_GOLD_FLOORS,
  poolGoldScores,
  POOLED_GOLD_FLOORS,
  readGoldEntries,
} from '../../pipeline/eval/glossary.js';
import type { GoldEntry, GlossaryScore } from '../../src/glossary/score-against-gold.js';

const root = mkdtempSync(path.join(tmpdir(), 'tilmash-eval-glossary-gold-'));
const dataDir = path.join(root, 'shared', 'data');
const repoDir = path.join(root, 'repo');
const repoGolds = path.join(repoDir, REPO_GLOSSARY_GOLD_DIR);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text = ''): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

// A tiny trilingual document: `parliament` recurs in every language, `court` never occurs.
const DOCUMENT = {
  en: ['The parliament adopted the budget law.', 'The budget law raises taxes.', 'The parliament will meet again in May.'],
  kk: ['Парламент бюджет туралы заңды қабылдады.', 'Бюджет туралы заң салықтарды көтереді.', 'Парламент мамыр айында қайта жиналады.'],
  ru: ['Парламент принял закон о бюджете.', 'Закон о бюджете повышает налоги.', 'Парламент снова соберётся в мае.'],
};
const PARLIAMENT: GoldEntry = { en: ['parliament'], kk: ['парламент'], ru: ['парламент'], core: true };
const COURT: GoldEntry = { en: ['court'], kk: ['сот'], ru: ['суд'], core: true };

function writeGold(dir: string, id: string, entries: GoldEntry[], texts: Array<'en' | 'kk' | 'ru'> = ['en', 'kk', 'ru']): void {
  write(path.join(dir, `gold-${id}-glossary.json`), JSON.stringify({ document: id, entries }));
  for (const lang of texts) write(path.join(dir, id, `${lang}.txt`), DOCUMENT[lang].join('\n') + '\n');
}

let found: Datasets;

beforeAll(() => {
  writeGold(repoGolds, 'ntrex-b', [PARLIAMENT, COURT]);
  writeGold(repoGolds, 'ntrex-a', [PARLIAMENT]);
  writeGold(repoGolds, 'ntrex-c', [PARLIAMENT], ['en', 'ru']);
  write(path.join(repoGolds, 'README.md'), 'not a gold');
  writeGold(path.join(dataDir, 'glossary-gold-test'), 'ntrex-z', [PARLIAMENT, COURT]);
  writeGold(path.join(dataDir, 'glossary-gold-dev'), 'ntrex-y', [COURT]);
  write(path.join(dataDir, 'glossary-gold-test', 'gold-ntrex-z-alignment.json'), '{}');
  found = findDatasets(dataDir, repoDir);
});

describe('findDatasets: document glossary golds', () => {
  it("finds the repository's golds first, then the data folder's glossary-gold* folders, dev first, ids sorted", () => {
    expect(found.glossaryGold.map((g) => [g.name, g.id, g.dev])).toEqual([
      ['test/fixtures/glossary-gold/ntrex-a', 'ntrex-a', true],
      ['test/fixtures/glossary-gold/ntrex-b', 'ntrex-b', true],
      ['glossary-gold-dev/ntrex-y', 'ntrex-y', true],
      ['glossary-gold-test/ntrex-z', 'ntrex-z', false],
    ]);
    expect(found.glossaryGold[3].documentDir).toBe(path.join(dataDir, 'glossary-gold-test', 'ntrex-z'));
    expect(datasetsOfKind(found, 'glossary-gold')).toHaveLength(4);
  });

  it('skips a gold whose document folder lacks a text, naming what is missing', () => {
    const note = found.notes.find((n) => n.text.includes('gold-ntrex-c-glossary.json'));
    expect(note?.kinds).toEqual(['glossary-gold']);
    expect(note?.text).toContain('kk.txt');
    expect(note?.text).not.toContain('en.txt');
  });

  it('finds none without a repository folder or data folder', () => {
    const none = findDatasets(path.join(root, 'missing'), path.join(root, 'no-repo'));
    expect(none.glossaryGold).toEqual([]);
  });
});

describe('readGoldEntries', () => {
  it('reads the entries, or says why a gold cannot be used', () => {
    expect(readGoldEntries(JSON.stringify({ entries: [PARLIAMENT] }))).toEqual([PARLIAMENT]);
    expect(readGoldEntries('{ nope')).toMatch(/not readable as JSON/);
    expect(readGoldEntries('{"document":"x"}')).toBe('no `entries`');
    expect(readGoldEntries(JSON.stringify({ entries: [PARLIAMENT, { en: ['a'], kk: ['b'] }] }))).toBe('entry 2 lacks an en, kk or ru list of forms');
  });
});

describe('measureDocumentGold', () => {
  it("builds the document's glossary alone and scores its first trilingual entries and its core entries", () => {
    const gold = found.glossaryGold[1];
    const result = measureDocumentGold(gold, [PARLIAMENT, COURT]);
    const triples = result.trilingual.map((e) => [e.en!.term.toLowerCase(), e.kk!.term.toLowerCase(), e.ru!.term.toLowerCase()]);
    expect(triples).toContainEqual(['parliament', 'парламент', 'парламент']);
    expect(result.entries).toBeGreaterThanOrEqual(result.trilingual.length);
    // Fewer than 20 trilingual entries: all of them are considered.
    expect(result.score.consideredTop).toBe(Math.min(GOLD_TOP_N, result.trilingual.length));
    expect(result.score.precisionAtN).toBeCloseTo(1 / result.score.consideredTop);
    // parliament is found, court (never in the text) is reported missing.
    expect([result.score.coreFound, result.score.coreTotal]).toEqual([1, 2]);
    expect(result.score.missingCore).toEqual([COURT]);
  });
});

describe('poolGoldScores', () => {
  const score = (matched: number, considered: number, found: number, total: number): GlossaryScore => ({
    precisionAtN: considered ? matched / considered : 0,
    n: 20,
    consideredTop: considered,
    coreRecall: total ? found / total : 1,
    coreFound: found,
    coreTotal: total,
    missingCore: [],
  });

  it('pools matched over considered entries and found over core entries (every entry weighs the same)', () => {
    const pooled = poolGoldScores([score(12, 19, 6, 13), score(5, 13, 2, 9), score(0, 0, 0, 0)]);
    expect(pooled).toEqual({ documents: 3, matchedTop: 17, consideredTop: 32, precision: 17 / 32, coreFound: 8, coreTotal: 22, coreRecall: 8 / 22 });
  });

  it('gives precision 0 and recall 1 when nothing was considered and nothing is core', () => {
    expect(poolGoldScores([score(0, 0, 0, 0)])).toMatchObject({ precision: 0, coreRecall: 1 });
  });
});

describe('glossaryEvaluator on document golds', () => {
  it('prints each gold with its unmatched entries and returns checks named after the gold, then the pooled ones', async () => {
    const lines: string[] = [];
    const datasets: Datasets = { ...found, ntrex: [], seedGlossary: [] };
    const checks = await glossaryEvaluator.run({ dataDir, datasets, repoDir, print: (line) => lines.push(line) });
    const text = lines.join('\n');
    expect(text).toContain('missing core: court / сот / суд');
    expect(text).toMatch(/pooled over 3 hand-made golds from dev data: precision@20 [\d.]+ \(\d+\/\d+\), core recall 0\.500 \(2\/4\)/);
    expect(text).toMatch(/pooled over 1 hand-made held-out golds/);
    const names = checks.map((c) => c.name);
    expect(names).toContain('test/fixtures/glossary-gold/ntrex-b (hand-made gold from dev data) core recall');
    expect(names).toContain('glossary-gold-test/ntrex-z (hand-made held-out gold) precision@20 trilingual');
    // Golds without floors of their own get the generic ones; the pooled checks the pooled floors.
    const check = (name: string) => checks.find((c) => c.name === name)!;
    expect(check('glossary-gold-dev/ntrex-y (hand-made gold from dev data) core recall')).toMatchObject({ value: 0, min: OTHER_GOLD_FLOORS.coreRecall });
    expect(check('document glossary golds pooled (3 hand-made golds from dev data) core recall')).toMatchObject({ value: 0.5, min: POOLED_GOLD_FLOORS.coreRecall });
  });
});
