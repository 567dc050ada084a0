// Outputs replace the previous ones whole or not at all, also when written in parts.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPendingFile, TEMPORARY_PREFIX } from '../../pipeline/write-atomic.js';
import { alignmentJsonParts, renderAlignmentJson } from '../../src/contract/alignment-json.js';
import { sampleDocuments } from '../export/sample.js';

const work = mkdtempSync(path.join(tmpdir(), 'tilmash-pending-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('openPendingFile', () => {
  it('leaves the previous file until the commit, then replaces it with every part', async () => {
    const file = path.join(work, 'alignment.json');
    writeFileSync(file, 'previous');
    const pending = await openPendingFile(file);
    // More than the write buffer, so some parts reach the disk before the commit.
    const part = 'ж'.repeat(300_000);
    for (let i = 0; i < 5; i++) await pending.write(part);
    expect(readFileSync(file, 'utf8')).toBe('previous');
    await pending.commit();
    expect(readFileSync(file, 'utf8')).toBe(part.repeat(5));
    expect(readdirSync(work).filter((name) => name.startsWith(TEMPORARY_PREFIX))).toEqual([]);
  });

  it('once settled, takes no more writes, and a commit or a discard still ends it as either does', async () => {
    const file = path.join(work, 'settled.json');
    writeFileSync(file, 'previous');
    const pending = await openPendingFile(file);
    await pending.write('all of it');
    pending.settle();
    await expect(pending.write('more')).rejects.toThrow(/was settled/);
    expect(readFileSync(file, 'utf8')).toBe('previous');
    await pending.commit();
    expect(readFileSync(file, 'utf8')).toBe('all of it');

    const discarded = await openPendingFile(file);
    await discarded.write('half a file');
    discarded.settle();
    await discarded.discard();
    expect(readFileSync(file, 'utf8')).toBe('all of it');
    expect(readdirSync(work).filter((name) => name.startsWith(TEMPORARY_PREFIX))).toEqual([]);
  });

  it('keeps the previous file and leaves no temporary file when discarded', async () => {
    const file = path.join(work, 'alignment.tmx');
    writeFileSync(file, 'previous');
    const pending = await openPendingFile(file);
    await pending.write('half a file');
    await pending.discard();
    expect(readFileSync(file, 'utf8')).toBe('previous');
    expect(readdirSync(work).filter((name) => name.startsWith(TEMPORARY_PREFIX))).toEqual([]);
  });
});

describe('alignment.json in parts', () => {
  it('joins to the text of the whole document, for several, one and no documents', () => {
    const one = sampleDocuments()[0];
    const two = { ...one, id: `${one.id}-copy` };
    for (const documents of [[one, two], [one], []]) {
      expect([...alignmentJsonParts(documents)].join('')).toBe(JSON.stringify(renderAlignmentJson(documents), null, 1));
    }
  });
});
