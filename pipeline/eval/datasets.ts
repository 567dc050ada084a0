// Finding the datasets of each kind in the data folder, so that `npm run eval` measures every dataset of a
// known layout (the dev ones and any held-out ones placed beside them: `ntrex-test/`, `ud-kk-test/`,
// `seeds-gold/gold-001-*.json`, …), not only the dev folders it was written against.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../src/model/index.js';

/** What an evaluator can measure: one kind per layout of the data folder. */
export type DatasetKind =
  | 'ntrex-preseg'
  | 'ntrex-raw'
  | 'ud-en'
  | 'ud-kk'
  | 'ud-ru'
  | 'seed-alignment'
  | 'seed-glossary'
  | 'glossary-gold';

/** How each kind is named in messages (the layout a reader would put in the data folder). */
export const DATASET_KIND_LABEL: Record<DatasetKind, string> = {
  'ntrex-preseg': 'ntrex-*/preseg',
  'ntrex-raw': 'ntrex-*/raw',
  'ud-en': 'ud-en-*',
  'ud-kk': 'ud-kk-*',
  'ud-ru': 'ud-ru-*',
  'seed-alignment': 'seeds-gold*/gold-<id>-alignment.json',
  'seed-glossary': 'seeds-gold*/gold-<id>-glossary.json',
  'glossary-gold': 'glossary-gold*/gold-<id>-glossary.json + <id>/{en,kk,ru}.txt',
};

/** An `ntrex-*` folder: pre-segmented tasks and/or raw texts (see ntrex-dev/README.md). */
export interface NtrexDataset {
  /** The folder name, e.g. `ntrex-dev`; it names the dataset in tables and checks. */
  name: string;
  dir: string;
  /** Whether this is a dev split (`*-dev`): the only data anything may be fitted on. */
  dev: boolean;
  /** `<dir>/preseg`, when present. */
  preseg: string | null;
  /** `<dir>/raw`, when present. */
  raw: string | null;
  /** `<dir>/preseg_concat`, when it holds a `gold.json`. */
  presegConcat: string | null;
}

/** A `ud-<lang>-*` folder and its `form<TAB>lemma<TAB>upos<TAB>count` table. */
export interface UdDataset {
  name: string;
  lang: Lang;
  dir: string;
  dev: boolean;
  tsv: string;
}

/** One hand-made gold file of a seed article, with the article it describes. */
export interface SeedGoldDataset {
  /** `seed 000` for `seeds-gold/gold-000-*.json`; other folders prefix their name (`seeds-gold-x seed 000`). */
  name: string;
  /** The `<id>` of `gold-<id>-….json`. */
  id: string;
  file: string;
  /** The article's file name as the gold's `document` gives it. */
  document: string;
  /** Where the article was found. */
  article: string;
}

/**
 * A hand-made glossary gold of one pre-segmented document (`gold-<id>-glossary.json` with the document's units
 * in `<id>/{en,kk,ru}.txt` beside it, one unit per line): the repository's `test/fixtures/glossary-gold/` and any
 * `glossary-gold*` folder of the data folder.
 */
export interface GlossaryGoldDataset {
  /** `<folder>/<id>`, e.g. `test/fixtures/glossary-gold/ntrex-bbc.381680`; it names the gold in tables and checks. */
  name: string;
  /** The `<id>` of `gold-<id>-glossary.json`, which is also the name of the document's folder. */
  id: string;
  /** The gold file. */
  file: string;
  /** The document's folder (`en.txt`, `kk.txt`, `ru.txt`). */
  documentDir: string;
  /** Whether the gold was made from dev data: the repository's golds, and a `glossary-gold*-dev` data folder. */
  dev: boolean;
}

/** Everything found in a data folder; `notes` are datasets that were seen but cannot be measured, and why. */
export interface Datasets {
  dataDir: string;
  ntrex: NtrexDataset[];
  ud: Record<Lang, UdDataset[]>;
  seedAlignment: SeedGoldDataset[];
  seedGlossary: SeedGoldDataset[];
  /** The repository's glossary golds first, then those of the data folder's `glossary-gold*` folders. */
  glossaryGold: GlossaryGoldDataset[];
  notes: Array<{ kinds: DatasetKind[]; text: string }>;
}

const isDir = (dir: string): boolean => existsSync(dir) && statSync(dir).isDirectory();
const isFile = (file: string): boolean => existsSync(file) && statSync(file).isFile();
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Dev splits first, then the others, each group sorted by name. */
function devFirst<T extends { name: string; dev: boolean }>(items: T[]): T[] {
  return [...items].sort((a, b) => Number(b.dev) - Number(a.dev) || compare(a.name, b.name));
}

function folders(dataDir: string, prefix: string): string[] {
  if (!isDir(dataDir)) return [];
  return readdirSync(dataDir)
    .filter((name) => name.startsWith(prefix) && isDir(path.join(dataDir, name)))
    .sort(compare);
}

/**
 * The table of a `ud-<lang>-*` folder: `<folder>.tsv` when present, else the only `.tsv` in it; otherwise
 * a sentence saying why there is none.
 */
export function chooseUdTable(dir: string): { tsv: string } | { problem: string } {
  const name = path.basename(dir);
  const named = path.join(dir, `${name}.tsv`);
  if (isFile(named)) return { tsv: named };
  const tables = readdirSync(dir).filter((file) => file.endsWith('.tsv') && isFile(path.join(dir, file))).sort(compare);
  if (tables.length === 1) return { tsv: path.join(dir, tables[0]) };
  if (tables.length === 0) return { problem: `${dir}: no .tsv file; skipped` };
  return { problem: `${dir}: ${tables.length} .tsv files and none named ${name}.tsv (${tables.join(', ')}); skipped` };
}

/**
 * The places a seed gold's article is looked for, in order: `<dataDir>/../seeds` (where the gold README's
 * `../../seeds/` points), `<dataDir>/seeds`, the gold's own folder, then the repository's `corpus/`.
 */
export function articlePlaces(dataDir: string, goldFolder: string, repoDir: string): string[] {
  return [path.resolve(dataDir, '..', 'seeds'), path.resolve(dataDir, 'seeds'), path.resolve(goldFolder), path.resolve(repoDir, 'corpus')];
}

/** The first place holding `document` (a file name: any folder part is ignored), or null. */
export function findArticle(document: string, places: readonly string[]): string | null {
  const base = path.basename(document);
  for (const place of places) {
    const file = path.join(place, base);
    if (isFile(file)) return file;
  }
  return null;
}

const GOLD_FILE = /^gold-(.+)-(alignment|glossary)\.json$/;

function findSeedGolds(dataDir: string, repoDir: string, notes: Datasets['notes']): { alignment: SeedGoldDataset[]; glossary: SeedGoldDataset[] } {
  const alignment: SeedGoldDataset[] = [];
  const glossary: SeedGoldDataset[] = [];
  // `seeds-gold` (the dev folder) first, then any other `seeds-gold*` folder; ids sorted within each.
  const goldFolders = folders(dataDir, 'seeds-gold').sort((a, b) => Number(b === 'seeds-gold') - Number(a === 'seeds-gold') || compare(a, b));
  for (const folder of goldFolders) {
    const goldDir = path.join(dataDir, folder);
    for (const fileName of readdirSync(goldDir).sort(compare)) {
      const match = GOLD_FILE.exec(fileName);
      if (!match || !isFile(path.join(goldDir, fileName))) continue;
      const [, id, what] = match;
      const kinds: DatasetKind[] = [what === 'alignment' ? 'seed-alignment' : 'seed-glossary'];
      const file = path.join(goldDir, fileName);
      let document: unknown;
      try {
        document = (JSON.parse(readFileSync(file, 'utf8')) as { document?: unknown }).document;
      } catch (error) {
        notes.push({ kinds, text: `${file}: not readable as JSON (${error instanceof Error ? error.message : String(error)}); skipped` });
        continue;
      }
      if (typeof document !== 'string' || document.trim() === '') {
        notes.push({ kinds, text: `${file}: no \`document\` naming its seed article; skipped` });
        continue;
      }
      const places = articlePlaces(dataDir, goldDir, repoDir);
      const article = findArticle(document, places);
      if (!article) {
        notes.push({ kinds, text: `${file}: its article \`${document}\` is in none of ${places.join(', ')}; this gold is skipped` });
        continue;
      }
      const name = folder === 'seeds-gold' ? `seed ${id}` : `${folder} seed ${id}`;
      (what === 'alignment' ? alignment : glossary).push({ name, id, file, document, article });
    }
  }
  return { alignment, glossary };
}

const GLOSSARY_GOLD_FILE = /^gold-(.+)-glossary\.json$/;

/** Where the repository keeps its own hand-made glossary golds (made from the dev data). */
export const REPO_GLOSSARY_GOLD_DIR = path.join('test', 'fixtures', 'glossary-gold');

/** How the repository's golds are named (a data folder called `glossary-gold` keeps its plain name). */
export const REPO_GLOSSARY_GOLD_LABEL = 'test/fixtures/glossary-gold';

/**
 * The glossary golds of one folder: each `gold-<id>-glossary.json` whose `<id>/` folder holds the document's
 * three texts, ids sorted; a gold without its texts is skipped with a note. `label` prefixes the names.
 */
export function findGlossaryGolds(dir: string, label: string, dev: boolean, notes: Datasets['notes']): GlossaryGoldDataset[] {
  if (!isDir(dir)) return [];
  const found: GlossaryGoldDataset[] = [];
  for (const fileName of readdirSync(dir).sort(compare)) {
    const match = GLOSSARY_GOLD_FILE.exec(fileName);
    const file = path.join(dir, fileName);
    if (!match || !isFile(file)) continue;
    const id = match[1];
    const documentDir = path.join(dir, id);
    const missing = (['en', 'kk', 'ru'] as const).filter((lang) => !isFile(path.join(documentDir, `${lang}.txt`)));
    if (missing.length > 0) {
      const texts = missing.map((lang) => `${lang}.txt`).join(', ');
      notes.push({ kinds: ['glossary-gold'], text: `${file}: its document folder ${documentDir} lacks ${texts}; this gold is skipped` });
      continue;
    }
    found.push({ name: `${label}/${id}`, id, file, documentDir, dev });
  }
  return found;
}

/**
 * Every dataset of a known kind in `dataDir`: `ntrex-*` folders with `preseg/` and/or `raw/`, `ud-en-*`,
 * `ud-kk-*` and `ud-ru-*` folders with their table, and the `gold-<id>-{alignment,glossary}.json` files of
 * `seeds-gold*` folders whose article can be found, and the glossary golds of single documents (the
 * repository's `test/fixtures/glossary-gold/`, then `glossary-gold*` folders). Dev datasets come first, then the
 * others, sorted.
 */
export function findDatasets(dataDir: string, repoDir: string): Datasets {
  const notes: Datasets['notes'] = [];
  const ntrex: NtrexDataset[] = [];
  for (const name of folders(dataDir, 'ntrex-')) {
    const dir = path.join(dataDir, name);
    const preseg = isDir(path.join(dir, 'preseg')) ? path.join(dir, 'preseg') : null;
    const raw = isDir(path.join(dir, 'raw')) ? path.join(dir, 'raw') : null;
    if (!preseg && !raw) {
      notes.push({ kinds: ['ntrex-preseg', 'ntrex-raw'], text: `${dir}: neither preseg/ nor raw/; skipped` });
      continue;
    }
    const presegConcat = isFile(path.join(dir, 'preseg_concat', 'gold.json')) ? path.join(dir, 'preseg_concat') : null;
    ntrex.push({ name, dir, dev: name.endsWith('-dev'), preseg, raw, presegConcat });
  }
  const ud = { en: [], kk: [], ru: [] } as Record<Lang, UdDataset[]>;
  for (const lang of ['en', 'kk', 'ru'] as const) {
    for (const name of folders(dataDir, `ud-${lang}-`)) {
      const dir = path.join(dataDir, name);
      const table = chooseUdTable(dir);
      if ('problem' in table) notes.push({ kinds: [`ud-${lang}`], text: table.problem });
      else ud[lang].push({ name, lang, dir, dev: name.endsWith('-dev'), tsv: table.tsv });
    }
    ud[lang] = devFirst(ud[lang]);
  }
  const golds = findSeedGolds(dataDir, repoDir, notes);
  // The repository's own glossary golds are always measured (they travel with the code); a data folder adds
  // its `glossary-gold*` folders (held-out golds of the same layout), dev ones first.
  const glossaryGold = findGlossaryGolds(path.join(repoDir, REPO_GLOSSARY_GOLD_DIR), REPO_GLOSSARY_GOLD_LABEL, true, notes);
  const goldFolders = folders(dataDir, 'glossary-gold').map((name) => ({ name, dev: name.endsWith('-dev') }));
  for (const folder of devFirst(goldFolders)) {
    glossaryGold.push(...findGlossaryGolds(path.join(dataDir, folder.name), folder.name, folder.dev, notes));
  }
  return { dataDir, ntrex: devFirst(ntrex), ud, seedAlignment: golds.alignment, seedGlossary: golds.glossary, glossaryGold, notes };
}

/** The names of the datasets of one kind (what `npm run eval` checks before running a part). */
export function datasetsOfKind(datasets: Datasets, kind: DatasetKind): string[] {
  switch (kind) {
    case 'ntrex-preseg':
      return datasets.ntrex.filter((d) => d.preseg).map((d) => d.name);
    case 'ntrex-raw':
      return datasets.ntrex.filter((d) => d.raw).map((d) => d.name);
    case 'ud-en':
    case 'ud-kk':
    case 'ud-ru':
      return datasets.ud[kind.slice(3) as Lang].map((d) => d.name);
    case 'seed-alignment':
      return datasets.seedAlignment.map((d) => d.name);
    case 'seed-glossary':
      return datasets.seedGlossary.map((d) => d.name);
    case 'glossary-gold':
      return datasets.glossaryGold.map((d) => d.name);
  }
}
