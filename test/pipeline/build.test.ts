import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile, appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../pipeline/runner.js';
import { fromCache } from '../../pipeline/process-document.js';
import { EVIDENCE_PACK_FILE } from '../../pipeline/evidence-pack.js';
import alignmentSchema from '../../schemas/alignment.schema.json' with { type: 'json' };
import glossarySchema from '../../schemas/glossary.schema.json' with { type: 'json' };
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };

const SEED_000 = '000_9b0e67f1d2ff5f5f';
const SEED_002 = '002_6398f6ef83f0fe8e';

let workDir: string;
let corpusDir: string;
let outDir: string;
let first: BuildResult;

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(outDir, file), 'utf8'));
}

function reprocessed(result: BuildResult): string[] {
  return result.documents.filter((d) => !fromCache(d)).map((d) => d.id);
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'tilmash-build-'));
  corpusDir = path.join(workDir, 'corpus');
  outDir = path.join(workDir, 'output');
  await cp(path.resolve('corpus'), corpusDir, { recursive: true });
  first = await build({ corpusDir, outDir, jobs: 1, force: false, progress: 'silent' });
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('tilmash build on the bundled corpus', () => {
  it('builds both seeds without failure', () => {
    expect(first.documents.map((d) => d.id).sort()).toEqual([SEED_000, SEED_002]);
    expect(first.documents.every((d) => !d.failed)).toBe(true);
  });

  it('writes output files that validate against the JSON Schemas', async () => {
    const ajv = new Ajv({ allErrors: true });
    for (const [file, schema] of [
      ['alignment.json', alignmentSchema],
      ['glossary.json', glossarySchema],
      ['report.json', reportSchema],
    ] as const) {
      const validate = ajv.compile(schema);
      const valid = validate(await readJson(file));
      expect(validate.errors ?? [], file).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('reports the title, abstract and keyword line of every language of seed 000', async () => {
    const report = (await readJson('report.json')) as {
      documents: Array<{ id: string; languages: string[]; sectionsFound: Record<string, string[]>; messages: Array<{ severity: string }> }>;
    };
    const seed = report.documents.find((d) => d.id === SEED_000)!;
    expect(seed.languages).toEqual(['en', 'kk', 'ru']);
    for (const lang of ['en', 'kk', 'ru']) {
      expect(seed.sectionsFound[lang]).toEqual(expect.arrayContaining(['title', 'abstract', 'keywords']));
    }
  });

  it('reports seed 002 as English only, with no error', async () => {
    const report = (await readJson('report.json')) as {
      documents: Array<{ id: string; languages: string[]; failed: boolean; messages: Array<{ severity: string; ruleId: string }> }>;
    };
    const seed = report.documents.find((d) => d.id === SEED_002)!;
    expect(seed.languages).toEqual(['en']);
    expect(seed.failed).toBe(false);
    expect(seed.messages.filter((m) => m.severity === 'fatal')).toEqual([]);
    expect(seed.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['missing-language-kk', 'missing-language-ru']));
  });

  it('reprocesses nothing on a second build, and only a changed document after an edit', async () => {
    const second = await build({ corpusDir, outDir, jobs: 1, force: false, progress: 'silent' });
    expect(reprocessed(second)).toEqual([]);
    expect(second.upToDate).toBe(true);

    await appendFile(path.join(corpusDir, `${SEED_002}.txt`), '\nA new closing sentence about political parties.\n');
    const third = await build({ corpusDir, outDir, jobs: 1, force: false, progress: 'silent' });
    expect(reprocessed(third)).toEqual([SEED_002]);
    expect(third.upToDate).toBe(false);

    const forced = await build({ corpusDir, outDir, jobs: 1, force: true, progress: 'silent' });
    expect(reprocessed(forced).sort()).toEqual([SEED_000, SEED_002]);
  });

  it('takes every document from its cached glossary evidence when the manifest is gone, messages and all', async () => {
    const before = (await readJson('report.json')) as { documents: Array<{ id: string; candidates: number; messages: unknown[] }> };
    await rm(path.join(outDir, '.cache', 'manifest.json'));
    const rebuilt = await build({ corpusDir, outDir, jobs: 1, force: false, progress: 'silent' });
    expect(reprocessed(rebuilt)).toEqual([]);
    const after = (await readJson('report.json')) as typeof before;
    const facts = (report: typeof before) => report.documents.map(({ id, candidates, messages }) => ({ id, candidates, messages }));
    expect(facts(after)).toEqual(facts(before));
    expect(before.documents.find((d) => d.id === SEED_000)!.candidates).toBeGreaterThan(0);
  });

  it('runs a document again when its cache entries are gone, instead of leaving it out of the outputs', async () => {
    const before = (await readJson('alignment.json')) as { documents: Array<{ id: string }> };
    for (const folder of ['align', 'terms', 'evidence']) await rm(path.join(outDir, '.cache', folder), { recursive: true, force: true });
    await appendFile(path.join(corpusDir, `${SEED_002}.txt`), '\nOne more sentence about the state.\n');
    const rebuilt = await build({ corpusDir, outDir, jobs: 1, force: false, progress: 'silent' });
    expect(rebuilt.documents.every((d) => !d.failed)).toBe(true);
    const after = (await readJson('alignment.json')) as { documents: Array<{ id: string }> };
    expect(after.documents.map((d) => d.id)).toEqual(before.documents.map((d) => d.id));
    const glossary = (await readJson('glossary.json')) as { entries: Array<{ documents: string[] }> };
    expect(glossary.entries.some((e) => e.documents.includes(SEED_000))).toBe(true);
  });

  it('runs a document again when its cache entries are damaged (torn writes)', async () => {
    const evidenceDir = path.join(outDir, '.cache', 'evidence');
    for (const name of await readdir(evidenceDir)) await writeFile(path.join(evidenceDir, name), '{"artefact": {"id": "torn');
    await appendFile(path.join(corpusDir, `${SEED_002}.txt`), '\nA sentence about elections.\n');
    const rebuilt = await build({ corpusDir, outDir, jobs: 1, force: false, progress: 'silent' });
    expect(rebuilt.documents.every((d) => !d.failed)).toBe(true);
    const glossary = (await readJson('glossary.json')) as { entries: Array<{ documents: string[] }> };
    expect(glossary.entries.some((e) => e.documents.includes(SEED_000))).toBe(true);
    const alignment = (await readJson('alignment.json')) as { documents: Array<{ id: string }> };
    expect(alignment.documents.map((d) => d.id).sort()).toEqual([SEED_000, SEED_002]);
  });

  it('takes the computed glossary from the cache when only the review decisions changed', async () => {
    const before = await readFile(path.join(outDir, 'glossary.json'), 'utf8');
    // Without the evidence (entries and pack), relinking would have to run every document again: nothing may be
    // reprocessed.
    await rm(path.join(outDir, '.cache', 'evidence'), { recursive: true, force: true });
    await rm(path.join(outDir, '.cache', EVIDENCE_PACK_FILE), { force: true });
    await writeFile(path.join(corpusDir, 'tilmash-decisions.json'), JSON.stringify({ version: 1, decisions: [] }));
    const rebuilt = await build({ corpusDir, outDir, jobs: 1, force: false, progress: 'silent' });
    expect(rebuilt.upToDate).toBe(false);
    expect(reprocessed(rebuilt)).toEqual([]);
    expect(await readFile(path.join(outDir, 'glossary.json'), 'utf8')).toBe(before);

    // A damaged cached glossary is computed again (the documents run again for their evidence).
    await writeFile(path.join(outDir, '.cache', 'glossary.json'), '{"key": "torn');
    await writeFile(path.join(corpusDir, 'tilmash-decisions.json'), JSON.stringify({ version: 1, decisions: [] }, null, 1));
    const recomputed = await build({ corpusDir, outDir, jobs: 1, force: false, progress: 'silent' });
    expect(recomputed.documents.every((d) => !d.failed)).toBe(true);
    expect(await readFile(path.join(outDir, 'glossary.json'), 'utf8')).toBe(before);
    await rm(path.join(corpusDir, 'tilmash-decisions.json'));
  });

  it('names a renamed article by its new name, not the name its cached results were made under', async () => {
    await rename(path.join(corpusDir, `${SEED_002}.txt`), path.join(corpusDir, 'renamed-article.txt'));
    const rebuilt = await build({ corpusDir, outDir, jobs: 1, force: false, progress: 'silent' });
    expect(rebuilt.documents.map((d) => d.id).sort()).toEqual([SEED_000, 'renamed-article']);
    const alignment = (await readJson('alignment.json')) as { documents: Array<{ id: string; file: string }> };
    expect(alignment.documents.map((d) => [d.id, d.file]).sort()).toEqual([
      [SEED_000, `${SEED_000}.txt`],
      ['renamed-article', 'renamed-article.txt'],
    ]);
    const report = (await readJson('report.json')) as { documents: Array<{ id: string; messages: Array<{ file: string }> }> };
    const renamed = report.documents.find((d) => d.id === 'renamed-article')!;
    expect(renamed.messages.length).toBeGreaterThan(0);
    expect(renamed.messages.every((m) => m.file === 'renamed-article.txt')).toBe(true);
    await rename(path.join(corpusDir, 'renamed-article.txt'), path.join(corpusDir, `${SEED_002}.txt`));
  });

  it('refuses a second build on the same output folder while one runs', async () => {
    await writeFile(path.join(outDir, '.tilmash.lock'), JSON.stringify({ pid: process.pid === 1 ? 2 : 1 }));
    await expect(build({ corpusDir, outDir, jobs: 1, force: false, progress: 'silent' })).rejects.toThrow(/Another build/);
    await rm(path.join(outDir, '.tilmash.lock'));
  });

  it('takes over the lock of a build that crashed', async () => {
    await writeFile(path.join(outDir, '.tilmash.lock'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    const result = await build({ corpusDir, outDir, jobs: 1, force: false, progress: 'silent' });
    expect(result.documents).toHaveLength(2);
  });
});
