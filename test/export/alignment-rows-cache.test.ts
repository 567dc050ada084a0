// The Alignment sheet's rows kept between workbooks: written again as they were while the documents are the same,
// whatever the glossary became, and rendered again when a document changed.
import { mkdtempSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderGlossaryWorkbook, rememberContentKey, type AlignmentRowsCache, type RecordedRows } from '../../src/export/index.js';
import { ALIGNMENT_ROWS_FILE, alignmentRowsCache } from '../../pipeline/exports.js';
import { sampleDocuments, sampleGlossary, sampleReport } from './sample.js';
import { xlsxParts } from './xlsx-xml.js';

const work = mkdtempSync(path.join(tmpdir(), 'tilmash-alignment-rows-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A cache in memory that counts its reads that found rows and its writes. */
function memoryCache(): AlignmentRowsCache & { hits: number; writes: number } {
  const kept = new Map<string, RecordedRows>();
  return {
    hits: 0,
    writes: 0,
    async get(key) {
      const rows = kept.get(key) ?? null;
      if (rows) this.hits++;
      return rows;
    },
    async set(key, rows) {
      this.writes++;
      kept.set(key, rows);
    },
  };
}

async function sheetsOf(glossary: ReturnType<typeof sampleGlossary>, cache: AlignmentRowsCache | undefined, documents = sampleDocuments()) {
  const bytes = await renderGlossaryWorkbook({ glossary, documents, report: sampleReport() }, cache ? { alignmentRows: cache } : {});
  return xlsxParts(bytes);
}

describe('the Alignment sheet rows cache', () => {
  it('writes the same workbook from kept rows, also after the glossary changed, and renders them again for a changed document', async () => {
    const cache = memoryCache();
    const first = await sheetsOf(sampleGlossary(), cache);
    expect([cache.hits, cache.writes]).toEqual([0, 1]);
    const again = await sheetsOf(sampleGlossary(), cache);
    expect([cache.hits, cache.writes]).toEqual([1, 1]);
    expect(again).toEqual(first);

    // A reviewer's decision and a new note: new shared strings for the glossary, the same rows for the alignment.
    const reviewed = sampleGlossary();
    reviewed.entries[0].status = 'rejected';
    reviewed.entries[0].note = 'a note no other cell has';
    const fromCache = await sheetsOf(reviewed, cache);
    expect([cache.hits, cache.writes]).toEqual([2, 1]);
    expect(fromCache).toEqual(await sheetsOf(reviewed, memoryCache()));

    const documents = sampleDocuments();
    documents[0].sections[0].sentences.en[0].text = 'A sentence its author rewrote.';
    const changed = await sheetsOf(sampleGlossary(), cache, documents);
    expect([cache.hits, cache.writes]).toEqual([2, 2]);
    expect(changed).toEqual(await sheetsOf(sampleGlossary(), memoryCache(), documents));
    expect(changed.sharedStrings).toContain('A sentence its author rewrote.');
  });

  it('knows a document by the key it is remembered with, without reading it', async () => {
    const cache = memoryCache();
    const documents = sampleDocuments();
    documents.forEach((document, index) => rememberContentKey(document, `aligned-${index}`));
    await sheetsOf(sampleGlossary(), cache, documents);
    const unread = sampleDocuments().map((document, index) => {
      rememberContentKey(document, `aligned-${index}`);
      return new Proxy(document, {
        get: (target, property) => {
          if (property === 'sections') throw new Error('The document was read.');
          return Reflect.get(target, property);
        },
      });
    });
    // A proxy is another object: remembered under its own identity.
    unread.forEach((document, index) => rememberContentKey(document, `aligned-${index}`));
    await sheetsOf(sampleGlossary(), cache, unread);
    expect(cache.hits).toBe(1);
  });

  it('keeps the rows in a file of the cache folder, and uses no file of other rows or a damaged one', async () => {
    const dir = path.join(work, 'file');
    const cache = alignmentRowsCache(dir);
    const rows: RecordedRows = { strings: ['a', 'б'], stringsBefore: 3, references: 5, xml: '<row r="2">ә</row>', rowBefore: 2, nextRow: 3 };
    expect(await cache.get('k')).toBeNull();
    await cache.set('k', rows);
    expect(await cache.get('k')).toEqual(rows);
    expect(await cache.get('other')).toBeNull();
    const write = vi.spyOn(cache, 'set');
    await cache.set('k', { ...rows, xml: '' });
    expect(write).toHaveBeenCalledOnce();
    expect(await cache.get('k')).toEqual({ ...rows, xml: '' });
    await cache.set('k', rows);
    truncateSync(path.join(dir, ALIGNMENT_ROWS_FILE), 60);
    expect(await cache.get('k')).toBeNull();
  });
});
