// The alignment exports of a rebuild: unchanged documents' parts copied from the previous files, the bytes the
// same as a full render, and nothing reused from a file that changed since it was written.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { openAlignmentExports, recordWrittenParts, type WrittenParts } from '../../pipeline/exports.js';
import { ALIGNMENT_JSON_FORMAT, alignmentJsonParts } from '../../src/contract/alignment-json.js';
import { tmxParts } from '../../src/export/index.js';
import type { AlignedDocument } from '../../src/align/types.js';
import packageJson from '../../package.json' with { type: 'json' };
import { sampleDocuments } from '../export/sample.js';

const work = mkdtempSync(path.join(tmpdir(), 'tilmash-alignment-exports-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function documentNamed(id: string, sentence = ''): AlignedDocument {
  const document = sampleDocuments()[0];
  document.id = id;
  document.file = `${id}.md`;
  if (sentence) document.sections[0].sentences.en[0].text = sentence;
  return document;
}

/** A document with sentences but no bead of two languages: a part in alignment.json, none in the TMX. */
function unalignedDocument(id: string): AlignedDocument {
  const document = documentNamed(id);
  for (const section of document.sections) section.beads = [];
  return document;
}

/** Writes and commits the exports of `documents` (key: id and version) as a build does; returns their record. */
async function build(
  dir: string,
  documents: Array<[AlignedDocument, string]>,
  previous?: Record<string, WrittenParts>,
): Promise<Record<string, WrittenParts>> {
  const exported = documents.map(([aligned, version]) => ({ aligned, alignedKey: `${aligned.id}@${version}` }));
  const writer = await openAlignmentExports(dir, previous);
  for (const document of exported) await writer.add(document);
  const { files, parts } = await writer.finish();
  for (const file of files.values()) await file.commit();
  await recordWrittenParts(dir, parts);
  return parts;
}

function expectFullRender(dir: string, documents: AlignedDocument[]): void {
  expect(readFileSync(path.join(dir, 'alignment.json'), 'utf8')).toBe([...alignmentJsonParts(documents)].join(''));
  expect(readFileSync(path.join(dir, 'alignment.tmx'), 'utf8')).toBe([...tmxParts(documents, { toolVersion: packageJson.version })].join(''));
}

describe('openAlignmentExports', () => {
  it('renders only new and changed documents on a rebuild, and writes what a full render writes', async () => {
    const dir = path.join(work, 'rebuild');
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => documentNamed(id));
    const empty = unalignedDocument('e');
    const first = await build(dir, [[a, '1'], [b, '1'], [empty, '1'], [c, '1'], [d, '1']]);
    expectFullRender(dir, [a, b, empty, c, d]);

    const rendered = vi.spyOn(ALIGNMENT_JSON_FORMAT, 'part');
    // a changed (first in the file), b removed, f added between, the others unchanged.
    const changedA = documentNamed('a', 'A sentence rewritten by its author.');
    const f = documentNamed('f');
    await build(dir, [[changedA, '2'], [empty, '1'], [f, '1'], [c, '1'], [d, '1']], first);
    expect(rendered.mock.calls.map(([document]) => document.id)).toEqual(['a', 'f']);
    expectFullRender(dir, [changedA, empty, f, c, d]);
  });

  it('lays out a rebuild where every document is unchanged byte for byte, and one where none is left', async () => {
    const dir = path.join(work, 'same');
    const documents = ['a', 'b', 'c'].map((id) => documentNamed(id));
    const first = await build(dir, documents.map((document) => [document, '1']));
    const rendered = vi.spyOn(ALIGNMENT_JSON_FORMAT, 'part');
    const before = ['alignment.json', 'alignment.tmx'].map((name) => statSync(path.join(dir, name)));
    const second = await build(dir, documents.map((document) => [document, '1']), first);
    expect(rendered).not.toHaveBeenCalled();
    expectFullRender(dir, documents);
    // The same bytes: the files in place are kept, not copied over themselves.
    const after = ['alignment.json', 'alignment.tmx'].map((name) => statSync(path.join(dir, name)));
    expect(after.map((info) => [info.ino, info.mtimeMs])).toEqual(before.map((info) => [info.ino, info.mtimeMs]));
    expect(second).toEqual(first);
    expect(readdirSync(dir).filter((name) => name.startsWith('.tilmash-tmp-'))).toEqual([]);
    await build(dir, [], second);
    expectFullRender(dir, []);
  });

  it('writes the file again when documents are only left off the end or added at the end', async () => {
    const dir = path.join(work, 'ends');
    const [a, b, c] = ['a', 'b', 'c'].map((id) => documentNamed(id));
    const first = await build(dir, [[a, '1'], [b, '1'], [c, '1']]);
    const rendered = vi.spyOn(ALIGNMENT_JSON_FORMAT, 'part');
    const second = await build(dir, [[a, '1'], [b, '1']], first);
    expect(rendered).not.toHaveBeenCalled();
    expectFullRender(dir, [a, b]);
    // The check above renders too.
    rendered.mockClear();
    await build(dir, [[a, '1'], [b, '1'], [c, '1']], second);
    expect(rendered.mock.calls.map(([document]) => document.id)).toEqual(['c']);
    expectFullRender(dir, [a, b, c]);
  });

  it('copies the parts of a document it reuses without its aligned text, and says which it can reuse', async () => {
    const dir = path.join(work, 'reused');
    const [a, b] = ['a', 'b'].map((id) => documentNamed(id));
    const first = await build(dir, [[a, '1'], [b, '1']]);
    const rendered = vi.spyOn(ALIGNMENT_JSON_FORMAT, 'part');
    const writer = await openAlignmentExports(dir, first);
    expect([writer.reuses('a', 'a@1'), writer.reuses('b', 'b@2'), writer.reuses('c', 'c@1')]).toEqual([true, false, false]);
    await writer.addReused('a', 'a@1');
    await expect(writer.addReused('c', 'c@1')).rejects.toThrow(/no part for `c c@1`/);
    await writer.add({ aligned: b, alignedKey: 'b@1' });
    const { files, parts } = await writer.finish();
    for (const file of files.values()) await file.commit();
    await recordWrittenParts(dir, parts);
    expect(rendered).not.toHaveBeenCalled();
    expectFullRender(dir, [a, b]);
  });

  it('copies runs of unchanged documents longer than a copy slice (4 MB) as they come, around a changed one', async () => {
    const dir = path.join(work, 'long');
    // About 1.5 MB of parts per document: runs of three or more documents are copied in several slices.
    const long = (id: string, sentence = 'Long. ') => {
      const document = documentNamed(id);
      document.sections[0].sentences.en[0].text = sentence.repeat(250_000);
      return document;
    };
    const documents = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => long(id));
    const first = await build(dir, documents.map((document) => [document, '1']));
    const rendered = vi.spyOn(ALIGNMENT_JSON_FORMAT, 'part');
    const changed = long('c', 'Longer. ');
    const edited = documents.map((document) => (document.id === 'c' ? changed : document));
    await build(dir, edited.map((document) => [document, document === changed ? '2' : '1']), first);
    expect(rendered.mock.calls.map(([document]) => document.id)).toEqual(['c']);
    expectFullRender(dir, edited);
  });

  it('renders everything again when the previous file was changed since the build wrote it', async () => {
    const dir = path.join(work, 'touched');
    const documents = ['a', 'b'].map((id) => documentNamed(id));
    const first = await build(dir, documents.map((document) => [document, '1']));
    utimesSync(path.join(dir, 'alignment.json'), new Date(), new Date(Date.now() + 5000));
    const rendered = vi.spyOn(ALIGNMENT_JSON_FORMAT, 'part');
    await build(dir, documents.map((document) => [document, '1']), first);
    expect(rendered).toHaveBeenCalledTimes(2);
    expectFullRender(dir, documents);
  });
});
