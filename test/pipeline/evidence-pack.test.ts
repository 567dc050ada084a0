// The evidence pack: documents' glossary evidence decoded back exactly as it was kept, the pack rewritten only
// when its documents changed, and a damaged, truncated or foreign pack never read.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EVIDENCE_PACK_FILE, evidenceOfEntry, isPackedEvidence, openEvidencePack, packEvidence } from '../../pipeline/evidence-pack.js';
import { openBlockPack } from '../../pipeline/block-pack.js';
import { EVIDENCE_VERSION, type DocumentEvidence, type DocumentTermEvidence } from '../../src/glossary/document-evidence.js';
import { createEvidenceCollector, isEvidenceColumns, TERM_COLUMNS, TermColumn, tuplesOf, type EvidenceColumns, type FoldableEvidence } from '../../src/glossary/collect-evidence.js';
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
  const pack = await openEvidencePack(dir, documents.map((document) => document.id), { force: false });
  for (const document of documents) pack.keep(document.id, document);
  await pack.close();
}

/**
 * A glossary computation of the documents with these keys and the `kept` ones (key = id): takes the first from
 * the pack (null for a key it does not have), hands in the others as if read from their entries, then closes.
 * The pack decodes columns (`EvidenceColumns`); they are compared as tuples.
 */
async function takeAll(dir: string, keys: string[], kept: DocumentEvidence[] = []): Promise<Array<DocumentEvidence | null>> {
  return (await takeColumns(dir, keys, kept)).map((taken) => taken && tuplesOf(taken));
}

/** Evidence as tuples, whichever form it was given in. */
function asTuples(evidence: FoldableEvidence | null): DocumentEvidence | null {
  return evidence && (isEvidenceColumns(evidence) ? tuplesOf(evidence) : evidence);
}

async function takeColumns(dir: string, keys: string[], kept: DocumentEvidence[] = []): Promise<Array<EvidenceColumns | null>> {
  const pack = await openEvidencePack(dir, [...keys, ...kept.map((document) => document.id)], { force: false });
  const taken: Array<EvidenceColumns | null> = [];
  const columns = (evidence: FoldableEvidence | null): EvidenceColumns | null => {
    if (evidence && !isEvidenceColumns(evidence)) throw new Error('Expected the pack to decode columns.');
    return evidence;
  };
  for (const key of keys) taken.push(pack.has(key) ? columns((await pack.take(key))()) : null);
  for (const document of kept) pack.keep(document.id, document);
  await pack.close();
  return taken;
}

/** The pack in `dir` as written: its tables and each block's bytes. */
async function packIn(dir: string): Promise<{ strings: string[]; blocks: Map<string, Buffer> }> {
  const pack = (await openBlockPack(path.join(dir, EVIDENCE_PACK_FILE), PACK_KIND))!;
  const blocks = new Map<string, Buffer>();
  for (const key of pack.keys) blocks.set(key, Buffer.from((await pack.read(key))!));
  await pack.close();
  return { strings: (pack.meta as { strings: string[] }).strings, blocks };
}

describe('openEvidencePack', () => {
  it('decodes each document as it was kept, field for field and in the same order', async () => {
    const dir = newFolder();
    await writePack(dir, [A, B, C]);
    const taken = await takeAll(dir, ['article-c', 'article-a', 'article-b']);
    expect(taken).toStrictEqual([C, A, B]);
    expect(JSON.stringify(taken)).toBe(JSON.stringify([C, A, B]));
  });

  it("decodes against the pack's strings, and the collector merges the columns as the plain evidence", async () => {
    // Sections whose beads hold the terms' (0 and 2) in every language, as the collector expects of evidence.
    // and no container that is not a term of its own.
    const sections: DocumentEvidence['sections'] = [{ kind: 'abstract', beads: [7, 7, 7] }];
    const a0: DocumentEvidence = { id: 'article-a', sections, terms: [term('en', 'state power'), term('ru', 'власть', { canonical: 'власти', singular: 'власть' }), term('kk', 'мемлекеттік билік')] };
    const b0: DocumentEvidence = { id: 'article-b', sections, terms: [term('en', 'state power'), term('kk', 'сайлау')] };
    const c0: DocumentEvidence = { id: 'article-c', sections, terms: [term('en', 'election'), term('ru', 'выборы'), term('kk', 'сайлау')] };
    const dir = newFolder();
    await writePack(dir, [a0, b0, c0]);
    const [b, a] = (await takeColumns(dir, ['article-b', 'article-a'])) as EvidenceColumns[];
    const { strings } = await packIn(dir);
    // One table for both documents, the pack's.
    expect(a.strings).toBe(b.strings);
    expect(a.strings).toEqual(strings);
    for (const [document, plain] of [[a, a0], [b, b0]] as const) {
      const keys = Array.from({ length: document.rows.length / TERM_COLUMNS }, (_, t) => document.strings[document.rows[t * TERM_COLUMNS + TermColumn.key]]);
      expect(keys).toEqual(plain.terms.map((t) => t[1]));
    }
    // C as read from its entry (tuples) between the packed ones, and B twice: terms found by index and by key agree.
    const collect = (documents: FoldableEvidence[]) => {
      const collector = createEvidenceCollector();
      for (const document of documents) collector.addEvidence(document);
      return collector.finish();
    };
    expect(collect([b, c0, a, b])).toStrictEqual(collect([b0, c0, a0, b0]));
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
        const pack = await openEvidencePack(dir, documents.map((_, index) => `key-${index}`), { force: false });
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
    expect([...(await packIn(dir)).blocks.keys()]).toEqual(['article-a', 'article-b2', 'article-c']);
    expect(await takeAll(dir, ['article-a', 'article-b', 'article-b2', 'article-c'])).toStrictEqual([A, null, changedB, C]);
  });

  it('copies the blocks of unchanged documents as they are, and compacts its strings once a quarter is unused', async () => {
    const dir = newFolder();
    await writePack(dir, [A, B]);
    const blockA = (await packIn(dir)).blocks.get('article-a')!;
    // C adds strings after A's and B's: A's block keeps its indices.
    await takeAll(dir, ['article-a', 'article-b'], [C]);
    expect((await packIn(dir)).blocks.get('article-a')!.equals(blockA)).toBe(true);
    expect((await packIn(dir)).strings).toContain('сайлау жүйесі');
    // B leaves: its strings stay in the tables, which are made anew by the next build now that they are over
    // a quarter of them.
    expect(await takeAll(dir, ['article-a', 'article-c'])).toStrictEqual([A, C]);
    expect((await packIn(dir)).strings).toContain('сайлау жүйесі');
    expect(await takeAll(dir, ['article-a', 'article-c'])).toStrictEqual([A, C]);
    const { strings } = await packIn(dir);
    expect(strings).not.toContain('сайлау жүйесі');
    expect(strings).toContain('выборы');
    expect(new Set(strings).size).toBe(strings.length);
    const compacted = statSync(path.join(dir, EVIDENCE_PACK_FILE)).ino;
    expect(await takeAll(dir, ['article-a', 'article-c'])).toStrictEqual([A, C]);
    expect(statSync(path.join(dir, EVIDENCE_PACK_FILE)).ino).toBe(compacted);
  });

  it.each([
    ['damaged', (file: string) => {
      const bytes = readFileSync(file);
      // A byte of the first block, right after the first line.
      bytes[bytes.indexOf(10) + 3] ^= 0x01;
      writeFileSync(file, bytes);
    }],
    ['truncated', (file: string) => truncateSync(file, statSync(file).size - 3)],
    ['of another version', (file: string) => {
      const bytes = readFileSync(file);
      writeFileSync(file, Buffer.concat([Buffer.from(bytes.toString('latin1').split('\n')[0].replace(/ \d+$/, ' 999') + '\n'), bytes.subarray(bytes.indexOf(10) + 1)]));
    }],
    ['damaged in its header', (file: string) => {
      const bytes = readFileSync(file);
      bytes[bytes.length - 50] ^= 0x01;
      writeFileSync(file, bytes);
    }],
    ['not a pack', (file: string) => writeFileSync(file, '{"artefact": {"id": "torn')],
  ])('does not read a pack that is %s, and replaces it', async (_, spoil) => {
    const dir = newFolder();
    await writePack(dir, [A, B]);
    spoil(path.join(dir, EVIDENCE_PACK_FILE));
    expect(await takeAll(dir, ['article-a', 'article-b'], [A, B])).toStrictEqual([null, null]);
    expect(await takeAll(dir, ['article-a', 'article-b'])).toStrictEqual([A, B]);
  });

  it('stays as it was when the computation is abandoned after a failure, with no file left behind', async () => {
    const dir = newFolder();
    await writePack(dir, [A, B]);
    const before = statSync(path.join(dir, EVIDENCE_PACK_FILE));
    const pack = await openEvidencePack(dir, ['article-a', 'article-c'], { force: false });
    expect(asTuples((await pack.take('article-a'))())).toStrictEqual(A);
    pack.keep('article-c', C);
    await pack.abandon();
    expect(statSync(path.join(dir, EVIDENCE_PACK_FILE)).ino).toBe(before.ino);
    expect(readdirSync(dir)).toEqual([EVIDENCE_PACK_FILE]);
    expect(await takeAll(dir, ['article-a', 'article-b'])).toStrictEqual([A, B]);
  });

  it('is not read by a forced build, which makes it anew', async () => {
    const dir = newFolder();
    await writePack(dir, [A, B]);
    const pack = await openEvidencePack(dir, ['article-a', 'article-c'], { force: true });
    expect(pack.has('article-a')).toBe(false);
    pack.keep('article-c', C);
    await pack.close();
    expect(await takeAll(dir, ['article-a', 'article-c'])).toStrictEqual([null, C]);
  });

  it('does not trust the rest of a pack after a chunk fails its digest', async () => {
    const dir = newFolder();
    // Documents large enough to fill several chunks.
    const many = Array.from({ length: 40 }, (_, i): DocumentEvidence => ({
      id: `doc-${i}`,
      sections: [{ kind: 'body', beads: Array.from({ length: 60_000 }, () => 1) }],
      terms: [term('en', `term ${i}`)],
    }));
    await writePack(dir, many);
    const file = path.join(dir, EVIDENCE_PACK_FILE);
    const bytes = readFileSync(file);
    // A byte of a block in the middle of the file (the header is at the end).
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    writeFileSync(file, bytes);
    const taken = await takeAll(dir, many.map((document) => document.id));
    const decoded = taken.findIndex((document) => document === null);
    expect(decoded).toBeGreaterThan(0);
    expect(taken.slice(0, decoded)).toStrictEqual(many.slice(0, decoded));
    expect(taken.slice(decoded).every((document) => document === null)).toBe(true);
    // Nothing whole to put in its place: the pack is gone, and the next build makes it from the entries.
    expect(() => statSync(file)).toThrow();
  });

  it('leaves out a document with a value it has no form for, which is then read from its entry', async () => {
    const dir = newFolder();
    const fractional: DocumentEvidence = { ...C, id: 'article-d', terms: [[...C.terms[0].slice(0, 5), 1.5, ...C.terms[0].slice(6)] as DocumentTermEvidence] };
    const extraField = { ...C, id: 'article-e', note: 'not a field of the evidence' } as DocumentEvidence;
    await writePack(dir, [A, fractional, extraField]);
    expect(await takeAll(dir, ['article-a', 'article-d', 'article-e'])).toStrictEqual([A, null, null]);
  });
});

describe('packed evidence in cache entries', () => {
  it('reads back as the evidence it packs, and goes into the pack as the same block the evidence would', async () => {
    for (const document of [A, B, C]) {
      const packed = packEvidence(document)!;
      expect(isPackedEvidence(packed)).toBe(true);
      // Through JSON, as the entry is written and read.
      expect(asTuples(evidenceOfEntry(JSON.parse(JSON.stringify(packed))))).toStrictEqual(document);
    }
    const fromPlain = newFolder();
    await writePack(fromPlain, [A, B, C]);
    const fromPacked = newFolder();
    const pack = await openEvidencePack(fromPacked, [A.id, B.id, C.id], { force: false });
    // Plain and packed entries mixed, as after an upgrade.
    expect(asTuples(pack.keepEntry(A.id, JSON.parse(JSON.stringify(packEvidence(A)))))).toStrictEqual(A);
    expect(asTuples(pack.keepEntry(B.id, JSON.parse(JSON.stringify(B))))).toStrictEqual(B);
    expect(asTuples(pack.keepEntry(C.id, JSON.parse(JSON.stringify(packEvidence(C)))))).toStrictEqual(C);
    await pack.close();
    expect(readFileSync(path.join(fromPacked, EVIDENCE_PACK_FILE)).equals(readFileSync(path.join(fromPlain, EVIDENCE_PACK_FILE)))).toBe(true);
  });

  it('gives null for a damaged entry, which is not kept', async () => {
    const packed = packEvidence(A)!;
    const bytes = Buffer.from(packed.block, 'base64');
    const damaged = [
      { ...packed, block: bytes.subarray(0, bytes.length - 1).toString('base64') },
      { ...packed, block: `${packed.block.slice(0, 8)}*${packed.block.slice(9)}` },
      { ...packed, strings: packed.strings.slice(0, 2) },
      { ...packed, numbers: ['2.3'] },
      { ...packed, extra: 1 },
      { terms: 'not evidence' },
    ];
    const dir = newFolder();
    const pack = await openEvidencePack(dir, ['damaged', B.id], { force: false });
    for (const artefact of damaged) {
      expect(evidenceOfEntry(artefact)).toBeNull();
      expect(pack.keepEntry('damaged', artefact)).toBeNull();
    }
    expect(asTuples(pack.keepEntry(B.id, packEvidence(B)))).toStrictEqual(B);
    await pack.close();
    expect([...(await packIn(dir)).blocks.keys()]).toEqual([B.id]);
  });

  it('keeps evidence the pack has no form for plain', () => {
    const fractional: DocumentEvidence = { ...C, terms: [[...C.terms[0].slice(0, 5), 1.5, ...C.terms[0].slice(6)] as DocumentTermEvidence] };
    expect(packEvidence(fractional)).toBeNull();
    expect(asTuples(evidenceOfEntry(fractional))).toStrictEqual(fractional);
  });
});
