// `npm run eval` finds every dataset of a known layout in the data folder (dev and held-out alike), in a fixed
// order, and skips with a reason what it cannot measure. Built on a temporary folder: no shared data needed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePlaces, chooseUdTable, datasetsOfKind, findArticle, findDatasets, type Datasets } from '../../pipeline/eval/datasets.js';

const root = mkdtempSync(path.join(tmpdir(), 'tilmash-eval-datasets-'));
// The layout of the shared folder: <root>/shared/data beside <root>/shared/seeds, and a repository with corpus/.
const dataDir = path.join(root, 'shared', 'data');
const repoDir = path.join(root, 'repo');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text = ''): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function gold(folder: string, id: string, what: 'alignment' | 'glossary', document: string | undefined): void {
  write(path.join(dataDir, folder, `gold-${id}-${what}.json`), JSON.stringify(document === undefined ? { entries: [] } : { document }));
}

let found: Datasets;

beforeAll(() => {
  // ntrex: both parts, one part only, and a folder with neither (not a dataset); a file named like one.
  for (const name of ['ntrex-test', 'ntrex-dev', 'ntrex-a-test']) {
    write(path.join(dataDir, name, 'preseg', 'doc1', 'en.txt'), 'Hello.\n');
    write(path.join(dataDir, name, 'raw', 'doc1', 'en.txt'), 'Hello.\n');
  }
  write(path.join(dataDir, 'ntrex-dev', 'preseg_concat', 'gold.json'), '{}');
  write(path.join(dataDir, 'ntrex-raw-only', 'raw', 'doc1', 'en.txt'), 'Hello.\n');
  mkdirSync(path.join(dataDir, 'ntrex-empty', 'other'), { recursive: true });
  write(path.join(dataDir, 'ntrex-file.tsv'), '');
  // UD: the table named after its folder wins over others; else the only table; several unnamed ones: none.
  write(path.join(dataDir, 'ud-kk-dev', 'ud-kk-dev.tsv'), 'a\ta\tNOUN\t1\n');
  write(path.join(dataDir, 'ud-kk-test', 'ud-kk-test.tsv'), 'a\ta\tNOUN\t1\n');
  write(path.join(dataDir, 'ud-kk-test', 'aaa.tsv'), '');
  write(path.join(dataDir, 'ud-ru-held', 'slice.tsv'), 'а\tа\tNOUN\t1\n');
  write(path.join(dataDir, 'ud-ru-held', 'README.md'), '');
  write(path.join(dataDir, 'ud-en-two', 'a.tsv'), '');
  write(path.join(dataDir, 'ud-en-two', 'b.tsv'), '');
  mkdirSync(path.join(dataDir, 'ud-en-none'), { recursive: true });
  // Seed articles in each place the lookup knows, and golds pointing at them.
  write(path.join(root, 'shared', 'seeds', '000_a.txt'), 'beside the data');
  write(path.join(dataDir, 'seeds', '000_a.txt'), 'inside the data');
  write(path.join(dataDir, 'seeds', '001_b.txt'), 'inside the data');
  write(path.join(dataDir, 'seeds-gold-x', '002_c.txt'), 'in the gold folder');
  write(path.join(repoDir, 'corpus', '003_d.txt'), 'in the corpus');
  write(path.join(repoDir, 'corpus', '002_c.txt'), 'in the corpus too');
  gold('seeds-gold', '001', 'alignment', '001_b.txt');
  gold('seeds-gold', '000', 'alignment', '000_a.txt');
  gold('seeds-gold', '000', 'glossary', '000_a.txt');
  gold('seeds-gold', '003', 'glossary', '003_d.txt');
  gold('seeds-gold', '009', 'glossary', '009_missing.txt');
  gold('seeds-gold', '010', 'glossary', undefined);
  write(path.join(dataDir, 'seeds-gold', 'gold-011-alignment.json'), '{ not json');
  write(path.join(dataDir, 'seeds-gold', 'notes-000-glossary.json'), '{}');
  gold('seeds-gold-x', '002', 'alignment', '002_c.txt');
  gold('seeds-gold-x', '000', 'alignment', '000_a.txt');
  found = findDatasets(dataDir, repoDir);
});

describe('findDatasets: ntrex', () => {
  it('finds every ntrex-* folder with preseg/ or raw/, dev first, then the others sorted', () => {
    expect(found.ntrex.map((d) => d.name)).toEqual(['ntrex-dev', 'ntrex-a-test', 'ntrex-raw-only', 'ntrex-test']);
    expect(found.ntrex.map((d) => d.dev)).toEqual([true, false, false, false]);
  });

  it('records which parts each has, and the concatenated task only where its gold is', () => {
    const [dev, , rawOnly] = found.ntrex;
    expect(dev.preseg).toBe(path.join(dataDir, 'ntrex-dev', 'preseg'));
    expect(dev.presegConcat).toBe(path.join(dataDir, 'ntrex-dev', 'preseg_concat'));
    expect(rawOnly.preseg).toBeNull();
    expect(rawOnly.raw).toBe(path.join(dataDir, 'ntrex-raw-only', 'raw'));
    expect(found.ntrex[1].presegConcat).toBeNull();
    expect(datasetsOfKind(found, 'ntrex-preseg')).toEqual(['ntrex-dev', 'ntrex-a-test', 'ntrex-test']);
    expect(datasetsOfKind(found, 'ntrex-raw')).toEqual(['ntrex-dev', 'ntrex-a-test', 'ntrex-raw-only', 'ntrex-test']);
  });

  it('notes a folder with neither part, and ignores files', () => {
    expect(found.notes.map((n) => n.text)).toContainEqual(expect.stringContaining(`${path.join(dataDir, 'ntrex-empty')}: neither preseg/ nor raw/`));
    expect(found.notes.some((n) => n.text.includes('ntrex-file'))).toBe(false);
  });
});

describe('findDatasets: UD tables', () => {
  it('prefers <folder>.tsv, else the only .tsv, per language, dev first', () => {
    expect(found.ud.kk.map((d) => [d.name, path.basename(d.tsv), d.dev])).toEqual([
      ['ud-kk-dev', 'ud-kk-dev.tsv', true],
      ['ud-kk-test', 'ud-kk-test.tsv', false],
    ]);
    expect(found.ud.ru.map((d) => [d.name, d.lang, path.basename(d.tsv)])).toEqual([['ud-ru-held', 'ru', 'slice.tsv']]);
  });

  it('skips a folder with several unnamed tables or none, saying why', () => {
    expect(found.ud.en).toEqual([]);
    const notes = found.notes.filter((n) => n.kinds.includes('ud-en')).map((n) => n.text);
    expect(notes).toHaveLength(2);
    expect(notes.find((t) => t.includes('ud-en-two'))).toMatch(/2 \.tsv files and none named ud-en-two\.tsv \(a\.tsv, b\.tsv\)/);
    expect(notes.find((t) => t.includes('ud-en-none'))).toMatch(/no \.tsv file/);
  });

  it('chooseUdTable gives the named table even when others sort first', () => {
    expect(chooseUdTable(path.join(dataDir, 'ud-kk-test'))).toEqual({ tsv: path.join(dataDir, 'ud-kk-test', 'ud-kk-test.tsv') });
  });
});

describe('findDatasets: seed golds', () => {
  it('finds gold-<id>-alignment.json and gold-<id>-glossary.json, seeds-gold first, ids sorted; other folders prefix the name', () => {
    expect(found.seedAlignment.map((g) => g.name)).toEqual(['seed 000', 'seed 001', 'seeds-gold-x seed 000', 'seeds-gold-x seed 002']);
    expect(found.seedGlossary.map((g) => [g.name, g.id, g.document])).toEqual([
      ['seed 000', '000', '000_a.txt'],
      ['seed 003', '003', '003_d.txt'],
    ]);
  });

  it('looks for the article beside the data, then inside it, then in the gold folder, then in the corpus', () => {
    const article = (name: string) => found.seedAlignment.find((g) => g.name === name)!.article;
    expect(article('seed 000')).toBe(path.join(root, 'shared', 'seeds', '000_a.txt'));
    expect(article('seed 001')).toBe(path.join(dataDir, 'seeds', '001_b.txt'));
    // In both the gold folder and the corpus: the gold folder comes first.
    expect(article('seeds-gold-x seed 002')).toBe(path.join(dataDir, 'seeds-gold-x', '002_c.txt'));
    expect(found.seedGlossary.find((g) => g.id === '003')!.article).toBe(path.join(repoDir, 'corpus', '003_d.txt'));
    expect(articlePlaces(dataDir, path.join(dataDir, 'seeds-gold'), repoDir)).toEqual([
      path.join(root, 'shared', 'seeds'),
      path.join(dataDir, 'seeds'),
      path.join(dataDir, 'seeds-gold'),
      path.join(repoDir, 'corpus'),
    ]);
  });

  it('skips only the gold whose article is nowhere, naming the gold file and every place looked at', () => {
    const note = found.notes.find((n) => n.text.includes('gold-009-glossary.json'));
    expect(note?.kinds).toEqual(['seed-glossary']);
    expect(note?.text).toContain('`009_missing.txt`');
    for (const place of articlePlaces(dataDir, path.join(dataDir, 'seeds-gold'), repoDir)) expect(note?.text).toContain(place);
    expect(found.seedGlossary.some((g) => g.id === '009')).toBe(false);
  });

  it('skips a gold without a document or not readable as JSON, with a note; ignores files not named gold-<id>-<kind>.json', () => {
    expect(found.notes.find((n) => n.text.includes('gold-010-glossary.json'))?.text).toMatch(/no `document`/);
    expect(found.notes.find((n) => n.text.includes('gold-011-alignment.json'))?.text).toMatch(/not readable as JSON/);
    expect(found.notes.some((n) => n.text.includes('notes-000'))).toBe(false);
  });

  it('findArticle ignores any folder part of the document name', () => {
    expect(findArticle('../../elsewhere/001_b.txt', [path.join(dataDir, 'seeds')])).toBe(path.join(dataDir, 'seeds', '001_b.txt'));
    expect(findArticle('001_b.txt', [path.join(root, 'nowhere')])).toBeNull();
  });
});

describe('findDatasets: empty or missing folders', () => {
  it('finds nothing, without notes, in a folder with nothing known in it', () => {
    const empty = path.join(root, 'empty');
    write(path.join(empty, 'README.md'), '');
    const none = findDatasets(empty, repoDir);
    expect([none.ntrex, none.ud.en, none.ud.kk, none.ud.ru, none.seedAlignment, none.seedGlossary, none.notes]).toEqual([[], [], [], [], [], [], []]);
  });

  it('finds nothing in a folder that does not exist', () => {
    const none = findDatasets(path.join(root, 'missing'), repoDir);
    expect(datasetsOfKind(none, 'ntrex-raw')).toEqual([]);
    expect(datasetsOfKind(none, 'seed-glossary')).toEqual([]);
  });
});
