// The evidence pack: documents' glossary evidence decoded back exactly as it was kept, the pack rewritten only
// when its documents changed, and a damaged, truncated or foreign pack never read.
import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EVIDENCE_PACK_FILE, openEvidencePack } from '../../pipeline/evidence-pack.js';
import { readBlockPack } from '../../pipeline/block-pack.js';
import { EVIDENCE_VERSION, type DocumentEvidence, type DocumentTermEvidence } from '../../src/glossary/document-evidence.js';
import { LANGS, type Lang } from '../../src/model/index.js';

const work = mkdtempSync(path.join(tmpdir(), 'tilmash-evidence-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let folders = 0;
const newFolder = () => path.join(work, String(folders++));

const PACK_KIND = `evidence 1 ${EVIDENCE_VERSION}`;

function term(lang: Lang, key: string, more: Partial<Record<'canonical' | 'singular' | 'containers', unknown>> = {}): DocumentTermEvidence {
  return [
    lang,
    key,
    key.split(' ').length - 1,
    (more.canonical as string) ?? key,
    (more.singular as string | null) ?? null,
    3,
    2.321928094887362,
    [key, 2, key.toUpperCase(), 1],
    [0, 2],
    [0],
    [],
    (more.containers as string[] | undefined)?.length ? 0 : 2,
    (more.containers as string[]) ?? [],
  ];
}

const A: DocumentEvidence = {
  id: 'article-a',
  sections: [
    { kind: 'title', beads: [7] },
    { kind: 'body', beads: [1, 1, 3] },
  ],
  terms: [
    term('en', 'state power'),
    term('ru', 'власть', { canonical: 'власти', singular: 'власть', containers: ['государственная власть'] }),
    term('kk', 'мемлекеттік билік'),
  ],
};
const B: DocumentEvidence = {
  id: 'article-b',
  sections: [{ kind: 'abstract', beads: [5, 6] }],
  terms: [term('en', 'state power'), term('kk', 'сайлау', { containers: ['сайлау жүйесі', 'сайлау науқаны'] })],
};
const C: DocumentEvidence = {
  id: 'article-c',
  sections: [{ kind: 'keywords', beads: [7, 7] }],
  terms: [term('en', 'election'), term('ru', 'выборы')],
};

/** Writes a pack of these documents (key = id) into `dir`. */
async function writePack(dir: string, documents: DocumentEvidence[]): Promise<void> {
  const pack = await openEvidencePack(dir, { force: false });
  for (const document of documents) pack.keep(document.id, document);
  await pack.close();
}

/** Takes these keys from the pack in `dir` (null for a key it does not have), then closes it. */
async function takeAll(dir: string, keys: string[], kept: DocumentEvidence[] = []): Promise<Array<DocumentEvidence | null>> {
  const pack = await openEvidencePack(dir, { force: false });
  const taken = keys.map((key) => (pack.has(key) ? pack.take(key) : null));
  for (const document of kept) pack.keep(document.id, document);
  await pack.close();
  return taken;
}

describe('openEvidencePack', () => {
  it('decodes each document as it was kept, field for field and in the same order', async () => {
    const dir = newFolder();
    await writePack(dir, [A, B, C]);
    const taken = await takeAll(dir, ['article-c', 'article-a', 'article-b']);
    expect(taken).toStrictEqual([C, A, B]);
    expect(JSON.stringify(taken)).toBe(JSON.stringify([C, A, B]));
  });

  it('decodes any evidence a document can have back to the same JSON', async () => {
    const count = fc.integer({ min: 0, max: 3_000_000 });
    const text = fc.string({ unit: 'grapheme', maxLength: 12 });
    const termArb = fc
      .tuple(
        fc.constantFrom(...LANGS),
        text,
        fc.nat(5),
        text,
        fc.option(text, { nil: null }),
        count,
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).filter((score) => !Object.is(score, -0)),
        fc.array(fc.tuple(text, count), { maxLength: 3 }).map((pairs) => pairs.flat()),
        fc.array(count, { maxLength: 4 }),
        fc.array(count, { maxLength: 2 }),
        fc.array(count, { maxLength: 2 }),
        count,
        fc.array(text, { maxLength: 3 }),
      )
      .map((fields) => fields as DocumentTermEvidence);
    const evidenceArb = fc.record({
      id: text,
      sections: fc.array(fc.record({ kind: fc.constantFrom('title', 'abstract', 'keywords', 'body'), beads: fc.array(fc.nat(7), { maxLength: 5 }) }), { maxLength: 4 }),
      terms: fc.array(termArb, { maxLength: 6 }),
    }) as fc.Arbitrary<DocumentEvidence>;
    await fc.assert(
      fc.asyncProperty(fc.array(evidenceArb, { minLength: 1, maxLength: 4 }), async (documents) => {
        const dir = newFolder();
        const pack = await openEvidencePack(dir, { force: false });
        documents.forEach((document, index) => pack.keep(`key-${index}`, document));
        await pack.close();
        const taken = await takeAll(dir, documents.map((_, index) => `key-${index}`));
        expect(JSON.stringify(taken)).toBe(JSON.stringify(documents));
      }),
      { numRuns: 40 },
    );
  });

  it('leaves the pack as it is when it holds the same documents', async () => {
    const dir = newFolder();
    await writePack(dir, [A, B]);
    const before = statSync(path.join(dir, EVIDENCE_PACK_FILE));
    expect(await takeAll(dir, ['article-a', 'article-b'])).toStrictEqual([A, B]);
    const after = statSync(path.join(dir, EVIDENCE_PACK_FILE));
    // Written again, the file would be a new one (written beside it, then renamed over it).
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it('drops the block of a document that left the corpus and adds the block of a changed one', async () => {
    const dir = newFolder();
    await writePack(dir, [A, B]);
    const changedB: DocumentEvidence = { ...B, id: 'article-b2', terms: [term('en', 'state power'), term('en', 'electoral system')] };
    expect(await takeAll(dir, ['article-a'], [changedB, C])).toStrictEqual([A]);
    const pack = await readBlockPack(path.join(dir, EVIDENCE_PACK_FILE), PACK_KIND);
    expect([...pack!.blocks.keys()]).toEqual(['article-a', 'article-b2', 'article-c']);
    expect(await takeAll(dir, ['article-a', 'article-b', 'article-b2', 'article-c'])).toStrictEqual([A, null, changedB, C]);
  });

  it('copies the blocks of unchanged documents as they are, and compacts its strings once a quarter is unused', async () => {
    const dir = newFolder();
    await writePack(dir, [A, B]);
    const blockOf = async (key: string) => (await readBlockPack(path.join(dir, EVIDENCE_PACK_FILE), PACK_KIND))!.blocks.get(key)!;
    const blockA = Buffer.from(await blockOf('article-a'));
    // C adds strings after A's and B's: A's block keeps its indices.
    await takeAll(dir, ['article-a', 'article-b'], [C]);
    expect((await blockOf('article-a')).equals(blockA)).toBe(true);
    const stringsOf = async () => ((await readBlockPack(path.join(dir, EVIDENCE_PACK_FILE), PACK_KIND))!.meta as { strings: string[] }).strings;
    expect(await stringsOf()).toContain('сайлау жүйесі');
    // B leaves: its own strings are well over a quarter of the table, which is made again without them.
    expect(await takeAll(dir, ['article-a', 'article-c'])).toStrictEqual([A, C]);
    const strings = await stringsOf();
    expect(strings).not.toContain('сайлау жүйесі');
    expect(strings).toContain('выборы');
    expect(new Set(strings).size).toBe(strings.length);
    expect(await takeAll(dir, ['article-a', 'article-c'])).toStrictEqual([A, C]);
  });

  it.each([
    ['damaged', (file: string) => {
      const bytes = readFileSync(file);
      bytes[bytes.length - 5] ^= 0x01;
      writeFileSync(file, bytes);
    }],
    ['truncated', (file: string) => truncateSync(file, statSync(file).size - 3)],
    ['of another version', (file: string) => {
      const bytes = readFileSync(file);
      writeFileSync(file, Buffer.concat([Buffer.from(readFileSync(file, 'utf8').split('\n')[0].replace(/ \d+$/, ' 999') + '\n'), bytes.subarray(bytes.indexOf(10) + 1)]));
    }],
    ['not a pack', (file: string) => writeFileSync(file, '{"artefact": {"id": "torn')],
  ])('does not read a pack that is %s, and replaces it', async (_, spoil) => {
    const dir = newFolder();
    await writePack(dir, [A, B]);
    spoil(path.join(dir, EVIDENCE_PACK_FILE));
    expect(await takeAll(dir, ['article-a', 'article-b'], [A, B])).toStrictEqual([null, null]);
    expect(await takeAll(dir, ['article-a', 'article-b'])).toStrictEqual([A, B]);
  });

  it('is not read by a forced build, which makes it anew', async () => {
    const dir = newFolder();
    await writePack(dir, [A, B]);
    const pack = await openEvidencePack(dir, { force: true });
    expect(pack.has('article-a')).toBe(false);
    pack.keep('article-c', C);
    await pack.close();
    expect(await takeAll(dir, ['article-a', 'article-c'])).toStrictEqual([null, C]);
  });

  it('leaves out a document with a value it has no form for, which is then read from its entry', async () => {
    const dir = newFolder();
    const fractional: DocumentEvidence = { ...C, id: 'article-d', terms: [[...C.terms[0].slice(0, 5), 1.5, ...C.terms[0].slice(6)] as DocumentTermEvidence] };
    const extraField = { ...C, id: 'article-e', note: 'not a field of the evidence' } as DocumentEvidence;
    await writePack(dir, [A, fractional, extraField]);
    expect(await takeAll(dir, ['article-a', 'article-d', 'article-e'])).toStrictEqual([A, null, null]);
  });
});
