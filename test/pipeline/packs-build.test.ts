// The packs in a build: after an edit, unchanged documents' glossary evidence and multilingual sections come
// from the packs (not from their cache entries), a damaged pack is recomputed, and every output is the same as
// a forced build of the same corpus writes.
import { appendFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../pipeline/runner.js';
import { evidenceKey, fromCache } from '../../pipeline/process-document.js';
import { EVIDENCE_PACK_FILE, isPackedEvidence } from '../../pipeline/evidence-pack.js';
import { SECTIONS_PACK_FILE } from '../../pipeline/sections-pack.js';
import { openBlockPack } from '../../pipeline/block-pack.js';

const SEED_000 = '000_9b0e67f1d2ff5f5f';
const SEED_002 = '002_6398f6ef83f0fe8e';
/** Outputs compared byte for byte (report.json holds the output folder's timings and date). */
const COMPARED = ['alignment.json', 'alignment.tmx', 'glossary.json', 'glossary.tbx', 'glossary.v3.tbx', 'glossary.csv'];

let workDir: string;
let corpusDir: string;
let outDir: string;

const run = (out: string, force = false) => build({ corpusDir, outDir: out, jobs: 1, force, progress: 'silent' });

function reprocessed(result: BuildResult): string[] {
  return result.documents.filter((d) => !fromCache(d)).map((d) => d.id);
}

/** Builds the corpus with --force into a fresh folder and expects the outputs of `outDir` to be the same bytes. */
async function expectSameAsForced(): Promise<void> {
  const forcedDir = path.join(workDir, `forced-${Date.now()}`);
  await run(forcedDir, true);
  for (const file of COMPARED) {
    expect((await readFile(path.join(outDir, file))).equals(await readFile(path.join(forcedDir, file))), file).toBe(true);
  }
  await rm(forcedDir, { recursive: true, force: true });
}

/** Removes the cache entries a document's glossary evidence and aligned text would be read from. */
async function removeEntries(result: BuildResult, id: string): Promise<void> {
  const record = result.documents.find((d) => d.id === id)!;
  await rm(path.join(outDir, '.cache', 'evidence', `${evidenceKey(record.termsKey!)}.json`));
  await rm(path.join(outDir, '.cache', 'align', `${record.alignedKey}.json`));
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'tilmash-packs-'));
  corpusDir = path.join(workDir, 'corpus');
  outDir = path.join(workDir, 'output');
  await cp(path.resolve('corpus'), corpusDir, { recursive: true });
  await run(outDir);
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('the evidence and sections packs in a build', () => {
  it('are written by a build, one block per document', async () => {
    const evidence = await readdir(path.join(outDir, '.cache'));
    expect(evidence).toEqual(expect.arrayContaining([EVIDENCE_PACK_FILE, SECTIONS_PACK_FILE]));
  });

  it('give an unchanged document after an edit of another, without its cache entries being read', async () => {
    const before = await run(outDir);
    // Read from its entries, the unchanged seed would find them gone and run again.
    await removeEntries(before, SEED_000);
    await appendFile(path.join(corpusDir, `${SEED_002}.txt`), '\nA closing sentence about the parliament.\n');
    const rebuilt = await run(outDir);
    expect(rebuilt.upToDate).toBe(false);
    expect(reprocessed(rebuilt)).toEqual([SEED_002]);
    await expectSameAsForced();
  });

  it('are recomputed from the cache entries when damaged, with the same outputs', async () => {
    for (const name of [EVIDENCE_PACK_FILE, SECTIONS_PACK_FILE]) {
      const file = path.join(outDir, '.cache', name);
      const bytes = await readFile(file);
      bytes[Math.floor(bytes.length / 2)] ^= 0x04;
      await writeFile(file, bytes);
    }
    await appendFile(path.join(corpusDir, `${SEED_002}.txt`), '\nAnother sentence about elections.\n');
    await run(outDir);
    await expectSameAsForced();
    for (const [name, kind] of [[EVIDENCE_PACK_FILE, 'evidence'], [SECTIONS_PACK_FILE, 'sections']]) {
      const files = await readdir(path.join(outDir, '.cache'));
      expect(files).toContain(name);
      // Replaced by a pack that reads again (its kind line names the kind).
      const firstLine = (await readFile(path.join(outDir, '.cache', name), 'latin1')).split('\n')[0];
      expect(firstLine).toContain(kind);
      const pack = await openBlockPack(path.join(outDir, '.cache', name), firstLine.replace(/^tilmash-pack \d+ /, ''));
      expect(pack).not.toBeNull();
      for (const key of pack!.keys) expect(await pack!.read(key)).not.toBeNull();
      await pack!.close();
    }
  });

  it('read packed evidence entries, and run a document again whose entry is damaged', async () => {
    const before = await run(outDir);
    const record = before.documents.find((d) => d.id === SEED_000)!;
    const entryFile = path.join(outDir, '.cache', 'evidence', `${evidenceKey(record.termsKey!)}.json`);
    const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { artefact: unknown };
    expect(isPackedEvidence(entry.artefact)).toBe(true);
    // Valid JSON whose block is cut short; without a pack, the entry is all there is.
    const packed = entry.artefact as { block: string };
    packed.block = Buffer.from(packed.block, 'base64').subarray(0, 10).toString('base64');
    await writeFile(entryFile, JSON.stringify(entry));
    await rm(path.join(outDir, '.cache', EVIDENCE_PACK_FILE));
    await appendFile(path.join(corpusDir, `${SEED_002}.txt`), '\nOne more sentence about the constitution.\n');
    const rebuilt = await run(outDir);
    expect(reprocessed(rebuilt).sort()).toEqual([SEED_000, SEED_002].sort());
    await expectSameAsForced();
  });

  it('drop the blocks of a document that left the corpus', async () => {
    await rm(path.join(corpusDir, `${SEED_002}.txt`));
    const rebuilt = await run(outDir);
    expect(rebuilt.documents.map((d) => d.id)).toEqual([SEED_000]);
    const [seed] = rebuilt.documents;
    const keysOf = async (name: string) => {
      const file = path.join(outDir, '.cache', name);
      const pack = (await openBlockPack(file, (await readFile(file, 'latin1')).split('\n')[0].replace(/^tilmash-pack \d+ /, '')))!;
      await pack.close();
      return pack.keys;
    };
    expect(await keysOf(EVIDENCE_PACK_FILE)).toEqual([evidenceKey(seed.termsKey!)]);
    expect(await keysOf(SECTIONS_PACK_FILE)).toEqual([seed.alignedKey]);
    await expectSameAsForced();
  });
});
