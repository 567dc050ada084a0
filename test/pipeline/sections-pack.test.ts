// The sections pack: a document's sections in two or more languages, given back as they were kept, the pack
// rewritten only when its documents changed, and never read when damaged.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { multilingualSections, openSectionsPack, SECTIONS_PACK_FILE } from '../../pipeline/sections-pack.js';
import type { AlignedDocument } from '../../src/align/types.js';
import { sampleDocuments } from '../export/sample.js';

const work = mkdtempSync(path.join(tmpdir(), 'tilmash-sections-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let folders = 0;
const newFolder = () => path.join(work, String(folders++));

/** The sample document under another id, with an English-only body after its trilingual sections. */
function documentNamed(id: string): AlignedDocument {
  const document = sampleDocuments()[0];
  document.id = id;
  document.file = `${id}.md`;
  const body = { text: 'An English-only body sentence.', range: { start: 0, end: 30 }, paragraph: 0 };
  document.sections.push({ kind: 'body', sentences: { en: [body], kk: [], ru: [] }, beads: [{ en: [0], kk: [], ru: [], score: 1, flags: [] }] });
  return document;
}

/** A pass over the documents with these keys and the `kept` ones (key = id), as in `takeAll` of the evidence pack's test. */
async function takeAll(dir: string, keys: string[], kept: AlignedDocument[] = []): Promise<Array<AlignedDocument | null>> {
  const pack = await openSectionsPack(dir, [...keys, ...kept.map((document) => document.id)], { force: false });
  const taken: Array<AlignedDocument | null> = [];
  for (const key of keys) taken.push(pack.has(key) ? (await pack.take(key))() : null);
  for (const document of kept) pack.keep(document.id, multilingualSections(document));
  await pack.close();
  return taken;
}

describe('multilingualSections', () => {
  it('keeps the sections in two or more languages and empties the others, so section numbers stay', () => {
    const document = documentNamed('a');
    const kept = multilingualSections(document);
    expect(kept.sections).toHaveLength(document.sections.length);
    expect(kept.sections.slice(0, -1)).toEqual(document.sections.slice(0, -1));
    expect(kept.sections.at(-1)).toEqual({ kind: 'body', sentences: { en: [], kk: [], ru: [] }, beads: [] });
  });
});

describe('openSectionsPack', () => {
  it('gives back each document as it was kept, and is not written again when it holds the same documents', async () => {
    const dir = newFolder();
    const [a, b] = [documentNamed('a'), documentNamed('b')];
    await takeAll(dir, [], [a, b]);
    const before = statSync(path.join(dir, SECTIONS_PACK_FILE));
    const taken = await takeAll(dir, ['b', 'a']);
    expect(taken).toStrictEqual([multilingualSections(b), multilingualSections(a)]);
    const after = statSync(path.join(dir, SECTIONS_PACK_FILE));
    expect(after.ino).toBe(before.ino);
  });

  it('drops a document that left and adds a new one', async () => {
    const dir = newFolder();
    const [a, b, c] = [documentNamed('a'), documentNamed('b'), documentNamed('c')];
    await takeAll(dir, [], [a, b]);
    expect(await takeAll(dir, ['a'], [c])).toStrictEqual([multilingualSections(a)]);
    expect(await takeAll(dir, ['a', 'b', 'c'])).toStrictEqual([multilingualSections(a), null, multilingualSections(c)]);
  });

  it('stays as it was when the pass is abandoned after a failure, with no file left behind', async () => {
    const dir = newFolder();
    const [a, b] = [documentNamed('a'), documentNamed('b')];
    await takeAll(dir, [], [a]);
    const before = statSync(path.join(dir, SECTIONS_PACK_FILE));
    const pack = await openSectionsPack(dir, ['a', 'b'], { force: false });
    await (await pack.take('a'))();
    pack.keep('b', multilingualSections(b));
    await pack.abandon();
    expect(statSync(path.join(dir, SECTIONS_PACK_FILE)).ino).toBe(before.ino);
    expect(readdirSync(dir)).toEqual([SECTIONS_PACK_FILE]);
    expect(await takeAll(dir, ['a', 'b'])).toStrictEqual([multilingualSections(a), null]);
  });

  it('does not read a damaged pack, nor one a forced build would replace', async () => {
    const dir = newFolder();
    const a = documentNamed('a');
    await takeAll(dir, [], [a]);
    const forced = await openSectionsPack(dir, ['a'], { force: true });
    expect(forced.has('a')).toBe(false);
    await forced.close();
    expect(await takeAll(dir, ['a'])).toStrictEqual([null]);

    await takeAll(dir, [], [a]);
    const file = path.join(dir, SECTIONS_PACK_FILE);
    const bytes = readFileSync(file);
    bytes[bytes.length - 20] ^= 0x20;
    writeFileSync(file, bytes);
    expect(await takeAll(dir, ['a'], [a])).toStrictEqual([null]);
    expect(await takeAll(dir, ['a'])).toStrictEqual([multilingualSections(a)]);
  });
});
