import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Evaluator } from './types.js';
import { readTaskUnits } from './preseg-units.js';
import { build } from '../runner.js';
import type { Glossary } from '../../src/glossary/types.js';
import { matchGold, scoreGlossary, type GoldEntry } from '../../src/glossary/score-against-gold.js';
import { buildGlossary, type GlossaryDocument } from '../../src/glossary/index.js';
import { alignUnits } from '../../src/align/index.js';
import { extractTerms } from '../../src/terms/index.js';
import type { AlignedDocument } from '../../src/align/types.js';
import { LANGS } from '../../src/model/index.js';

/** Each pre-segmented ntrex-dev task as one document: its units aligned as one section, then its terms. */
async function ntrexDocuments(dataDir: string): Promise<GlossaryDocument[]> {
  const root = path.join(dataDir, 'ntrex-dev', 'preseg');
  const documents: GlossaryDocument[] = [];
  for (const task of (await readdir(root)).sort()) {
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

/**
 * Glossary quality on the bundled corpus against the seed 000 gold glossary: precision of the first 20
 * trilingual entries, recall of the core entries, and the rank of power / билік / власть.
 */
export const glossaryEvaluator: Evaluator = {
  name: 'glossary',
  needs: ['seeds-gold/gold-000-glossary.json'],
  async run({ dataDir, repoDir, print }) {
    const gold = (JSON.parse(await readFile(path.join(dataDir, 'seeds-gold', 'gold-000-glossary.json'), 'utf8')) as { entries: GoldEntry[] }).entries;
    const workDir = await mkdtemp(path.join(os.tmpdir(), 'tilmash-eval-glossary-'));
    try {
      await cp(path.join(repoDir, 'corpus'), path.join(workDir, 'corpus'), { recursive: true });
      await build({ corpusDir: path.join(workDir, 'corpus'), outDir: path.join(workDir, 'output'), jobs: 1, force: true, progress: 'silent' });
      const glossary = JSON.parse(await readFile(path.join(workDir, 'output', 'glossary.json'), 'utf8')) as Glossary;
      const score = scoreGlossary(glossary.entries, gold, 20);
      const trilingual = glossary.entries.filter((e) => e.en && e.kk && e.ru);
      print(`bundled corpus: ${glossary.entries.length} entries, ${trilingual.length} trilingual`);
      print('first 20 trilingual entries (+ = matches a gold entry):');
      trilingual.slice(0, 20).forEach((entry, i) => {
        const mark = matchGold(entry, gold) ? '+' : '-';
        print(`  ${String(i + 1).padStart(2)} ${mark} ${entry.score.toFixed(3)}  ${entry.en!.term} / ${entry.kk!.term} / ${entry.ru!.term}`);
      });
      print(`precision@20 (trilingual): ${score.precisionAtN.toFixed(3)} (${Math.round(score.precisionAtN * score.consideredTop)}/${score.consideredTop})`);
      print(`core recall: ${score.coreRecall.toFixed(3)} (${score.coreFound}/${score.coreTotal})`);
      for (const missing of score.missingCore) print(`  missing core: ${missing.en[0]} / ${missing.kk[0]} / ${missing.ru[0]}`);
      const powerRank = trilingual.findIndex((e) => e.en!.term.toLowerCase() === 'power' && e.kk!.term === 'билік' && e.ru!.term === 'власть') + 1;
      print(`rank of power / билік / власть: ${powerRank || 'absent'}`);
      const checks = [
        { name: 'seed 000 precision@20 trilingual', value: score.precisionAtN, min: 0.9 },
        { name: 'seed 000 core recall', value: score.coreRecall, min: 1 },
        { name: 'rank of power/билік/власть', value: powerRank || 999, atMost: 3 },
      ];

      // No gold glossary exists for ntrex-dev: the counts and the head of the list are printed for reading.
      if (!existsSync(path.join(dataDir, 'ntrex-dev', 'preseg'))) {
        print(`ntrex-dev glossary: skipped, \`${path.join(dataDir, 'ntrex-dev', 'preseg')}\` does not exist.`);
        return checks;
      }
      const newsDocuments = await ntrexDocuments(dataDir);
      const news = buildGlossary(newsDocuments, () => {});
      const newsTriples = news.entries.filter((e) => e.en && e.kk && e.ru);
      print(`ntrex-dev (${newsDocuments.length} news documents, no gold): ${news.entries.length} entries, ${newsTriples.length} trilingual; the first 15:`);
      for (const entry of newsTriples.slice(0, 15)) print(`  ${entry.score.toFixed(3)}  ${entry.en!.term} / ${entry.kk!.term} / ${entry.ru!.term}`);
      return checks;
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  },
};
