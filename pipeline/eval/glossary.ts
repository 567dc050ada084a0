import { copyFile, cp, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EvalCheck, Evaluator } from './types.js';
import type { SeedGoldDataset } from './datasets.js';
import { readTaskUnits } from './preseg-units.js';
import { build } from '../runner.js';
import type { Glossary } from '../../src/glossary/types.js';
import { matchGold, scoreGlossary, type GoldEntry } from '../../src/glossary/score-against-gold.js';
import { buildGlossary, type GlossaryDocument } from '../../src/glossary/index.js';
import { alignUnits } from '../../src/align/index.js';
import { extractTerms } from '../../src/terms/index.js';
import type { AlignedDocument } from '../../src/align/types.js';
import { LANGS } from '../../src/model/index.js';

/** Each pre-segmented task of an ntrex dataset as one document: its units aligned as one section, then its terms. */
async function ntrexDocuments(root: string): Promise<GlossaryDocument[]> {
  const documents: GlossaryDocument[] = [];
  for (const task of (await readdir(root)).sort()) {
    if (!existsSync(path.join(root, task, 'en.txt'))) continue;
    const units = readTaskUnits(path.join(root, task));
    const aligned: AlignedDocument = {
      kind: 'aligned-document',
      schemaVersion: 1,
      id: task,
      file: task,
      languages: [...LANGS],
      sections: [
        {
          kind: 'abstract',
          sentences: Object.fromEntries(
            LANGS.map((lang) => [lang, units[lang].map((text) => ({ text, range: { start: 0, end: text.length }, paragraph: 0 }))]),
          ) as AlignedDocument['sections'][number]['sentences'],
          beads: alignUnits(units),
        },
      ],
    };
    documents.push({ aligned, terms: extractTerms(aligned, () => {}) });
  }
  return documents;
}

/** A built corpus: its glossary and the document id of each corpus file. */
interface BuiltCorpus {
  glossary: Glossary;
  idOfFile: Map<string, string>;
}

/**
 * Builds the bundled `corpus/` plus `extraArticle` (when given) in a temporary folder. Nothing is fitted on a
 * gold: the build only reads the articles, as `tilmash build` does, and the gold is read afterwards to score.
 */
async function buildCorpus(repoDir: string, workDir: string, extraArticle: string | null): Promise<BuiltCorpus> {
  const corpusDir = path.join(workDir, 'corpus');
  const outDir = path.join(workDir, 'output');
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  await cp(path.join(repoDir, 'corpus'), corpusDir, { recursive: true });
  if (extraArticle) await copyFile(extraArticle, path.join(corpusDir, path.basename(extraArticle)));
  const result = await build({ corpusDir, outDir, jobs: 1, force: true, progress: 'silent' });
  const glossary = JSON.parse(await readFile(path.join(outDir, 'glossary.json'), 'utf8')) as Glossary;
  return { glossary, idOfFile: new Map(result.documents.map((record) => [record.file.replace(/\\/g, '/'), record.id])) };
}

/** One seed glossary gold against the glossary of the corpus holding its article: its entries only. */
function scoreSeed(gold: SeedGoldDataset, goldEntries: GoldEntry[], built: BuiltCorpus, print: (line: string) => void): EvalCheck[] {
  const file = path.basename(gold.document);
  const articleId = built.idOfFile.get(file);
  if (articleId === undefined) {
    print(`${gold.name}: skipped, the build has no document for ${file}`);
    return [];
  }
  // The entries the article contributes to: for seed 000 in the bundled corpus, every trilingual entry.
  const entries = built.glossary.entries.filter((entry) => entry.documents.includes(articleId));
  const score = scoreGlossary(entries, goldEntries, 20);
  const trilingual = entries.filter((e) => e.en && e.kk && e.ru);
  print(`${gold.name} (${file}): ${entries.length} entries from its article, ${trilingual.length} trilingual`);
  print('first 20 trilingual entries (+ = matches a gold entry):');
  trilingual.slice(0, 20).forEach((entry, i) => {
    const mark = matchGold(entry, goldEntries) ? '+' : '-';
    print(`  ${String(i + 1).padStart(2)} ${mark} ${entry.score.toFixed(3)}  ${entry.en!.term} / ${entry.kk!.term} / ${entry.ru!.term}`);
  });
  print(`precision@20 (trilingual): ${score.precisionAtN.toFixed(3)} (${Math.round(score.precisionAtN * score.consideredTop)}/${score.consideredTop})`);
  print(`core recall: ${score.coreRecall.toFixed(3)} (${score.coreFound}/${score.coreTotal})`);
  for (const missing of score.missingCore) print(`  missing core: ${missing.en[0]} / ${missing.kk[0]} / ${missing.ru[0]}`);
  const checks: EvalCheck[] = [
    { name: `${gold.name} precision@20 trilingual`, value: score.precisionAtN, min: 0.9 },
    { name: `${gold.name} core recall`, value: score.coreRecall, min: 1 },
  ];
  // Seed 000's own acceptance line: power / билік / власть among the first three.
  if (gold.id === '000') {
    const powerRank = trilingual.findIndex((e) => e.en!.term.toLowerCase() === 'power' && e.kk!.term === 'билік' && e.ru!.term === 'власть') + 1;
    print(`rank of power / билік / власть: ${powerRank || 'absent'}`);
    checks.push({ name: `${gold.name} rank of power/билік/власть`, value: powerRank || 999, atMost: 3 });
  }
  return checks;
}

/**
 * Glossary quality against every seed glossary gold: the bundled corpus plus the gold's article (when it is not
 * already in it) is built, and the trilingual entries its article contributes to are scored: precision of the
 * first 20, recall of the core entries (and, for seed 000, the rank of power / билік / власть). Then, for each
 * ntrex dataset with `preseg/` (no gold glossary), the counts and the head of the list, for reading.
 */
export const glossaryEvaluator: Evaluator = {
  name: 'glossary',
  needs: ['seed-glossary', 'ntrex-preseg'],
  async run({ datasets, repoDir, print }) {
    const checks: EvalCheck[] = [];
    const tempDir = await mkdtemp(path.join(os.tmpdir(), 'tilmash-eval-glossary-'));
    try {
      const bundled = new Set(existsSync(path.join(repoDir, 'corpus')) ? await readdir(path.join(repoDir, 'corpus')) : []);
      // One build per distinct corpus: every gold whose article is bundled shares the bundled corpus's build.
      const builds = new Map<string, BuiltCorpus>();
      for (const gold of datasets.seedGlossary) {
        const goldEntries = (JSON.parse(await readFile(gold.file, 'utf8')) as { entries?: GoldEntry[] }).entries;
        if (!Array.isArray(goldEntries)) {
          print(`${gold.name}: skipped, ${gold.file} has no \`entries\``);
          continue;
        }
        const extra = bundled.has(path.basename(gold.article)) ? null : gold.article;
        const key = extra ?? '';
        let built = builds.get(key);
        if (!built) {
          built = await buildCorpus(repoDir, path.join(tempDir, String(builds.size)), extra);
          builds.set(key, built);
          const trilingual = built.glossary.entries.filter((e) => e.en && e.kk && e.ru).length;
          print(`${extra ? `bundled corpus + ${path.basename(extra)}` : 'bundled corpus'}: ${built.glossary.entries.length} entries, ${trilingual} trilingual`);
        }
        checks.push(...scoreSeed(gold, goldEntries, built, print));
      }

      // No gold glossary exists for the ntrex datasets: the counts and the head of the list are printed for reading.
      for (const dataset of datasets.ntrex) {
        if (!dataset.preseg) continue;
        const newsDocuments = await ntrexDocuments(dataset.preseg);
        const news = buildGlossary(newsDocuments, () => {});
        const newsTriples = news.entries.filter((e) => e.en && e.kk && e.ru);
        print(`${dataset.name} (${newsDocuments.length} news documents, no gold): ${news.entries.length} entries, ${newsTriples.length} trilingual; the first 15:`);
        for (const entry of newsTriples.slice(0, 15)) print(`  ${entry.score.toFixed(3)}  ${entry.en!.term} / ${entry.kk!.term} / ${entry.ru!.term}`);
      }
      return checks;
    } finally {
      await rm(tempDir, { recursive: true, force: true });
    }
  },
};
