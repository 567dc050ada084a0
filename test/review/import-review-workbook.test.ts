// `tilmash review import` on disk: atomic write, backup of the previous decisions file, nothing changed on refusal.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderGlossaryWorkbook } from '../../src/export/index.js';
import { importReviewWorkbook } from '../../pipeline/review-io.js';
import { sampleDocuments, sampleGlossary, sampleReport } from '../export/sample.js';
import { Reviewer } from './reviewer.js';

let dir: string;
let corpus: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tilmash-review-'));
  corpus = path.join(dir, 'corpus');
  mkdirSync(corpus);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function reviewedWorkbook(edit: (reviewer: Reviewer) => void): Promise<string> {
  const reviewer = await Reviewer.open(await renderGlossaryWorkbook({ glossary: sampleGlossary(), documents: sampleDocuments(), report: sampleReport() }));
  edit(reviewer);
  const file = path.join(dir, `reviewed-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, await reviewer.save());
  return file;
}

const decisionsFile = () => path.join(corpus, 'tilmash-decisions.json');

describe('importReviewWorkbook', () => {
  it('writes the decisions file, then on a new decision backs the previous one up; an identical import writes nothing', async () => {
    const first = await reviewedWorkbook((r) => r.set('power', 'Status', 'approved'));
    const result = await importReviewWorkbook({ workbook: first, corpusDir: corpus, when: 'T1' });
    expect(result).toMatchObject({ refused: false, written: true, backup: null, rows: 8, diff: { added: ['power'] } });
    const written = readFileSync(decisionsFile(), 'utf8');
    expect(JSON.parse(written).decisions[0]).toMatchObject({ id: 'power', status: 'approved', when: 'T1', workbook: path.basename(first) });

    const again = await importReviewWorkbook({ workbook: first, corpusDir: corpus, when: 'T2' });
    expect(again).toMatchObject({ refused: false, written: false, diff: { added: [], changed: [], removed: [], unchanged: 1 } });
    expect(readFileSync(decisionsFile(), 'utf8')).toBe(written);

    const second = await reviewedWorkbook((r) => r.set('object', 'Status', 'rejected'));
    const third = await importReviewWorkbook({ workbook: second, corpusDir: corpus, when: 'T3' });
    expect(third).toMatchObject({ written: true, backup: decisionsFile() + '.bak', diff: { added: ['object'] } });
    expect(readFileSync(decisionsFile() + '.bak', 'utf8')).toBe(written);
    expect(readdirSync(corpus).sort()).toEqual(['tilmash-decisions.json', 'tilmash-decisions.json.bak']);
  });

  it('creates no decisions file for a workbook nobody changed', async () => {
    const untouched = await reviewedWorkbook(() => undefined);
    const result = await importReviewWorkbook({ workbook: untouched, corpusDir: corpus });
    expect(result).toMatchObject({ refused: false, written: false, rows: 8 });
    expect(readdirSync(corpus)).toEqual([]);
  });

  it('refuses a damaged workbook and leaves the decisions file as it was', async () => {
    const good = await reviewedWorkbook((r) => r.set('power', 'Status', 'approved'));
    await importReviewWorkbook({ workbook: good, corpusDir: corpus, when: 'T1' });
    const before = readFileSync(decisionsFile(), 'utf8');
    const truncated = path.join(dir, 'truncated.xlsx');
    const bytes = readFileSync(good);
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 200));
    const result = await importReviewWorkbook({ workbook: truncated, corpusDir: corpus });
    expect(result.refused).toBe(true);
    expect(result.messages[0]).toMatchObject({ file: truncated, severity: 'fatal' });
    expect(readFileSync(decisionsFile(), 'utf8')).toBe(before);
    expect(readdirSync(corpus)).toEqual(['tilmash-decisions.json']);
  });

  it('refuses a missing workbook and an unreadable decisions file, changing nothing', async () => {
    const missing = await importReviewWorkbook({ workbook: path.join(dir, 'nope.xlsx'), corpusDir: corpus });
    expect(missing).toMatchObject({ refused: true, messages: [{ ruleId: 'workbook-unreadable' }] });
    writeFileSync(decisionsFile(), '{ not json');
    const workbook = await reviewedWorkbook((r) => r.set('power', 'Status', 'approved'));
    const result = await importReviewWorkbook({ workbook, corpusDir: corpus });
    expect(result).toMatchObject({ refused: true, messages: [{ ruleId: 'decisions-file-invalid' }] });
    expect(readFileSync(decisionsFile(), 'utf8')).toBe('{ not json');
  });

  it('reports decision conflicts as warnings with the workbook name', async () => {
    const a = await reviewedWorkbook((r) => r.set('power', 'Status', 'approved'));
    const b = await reviewedWorkbook((r) => r.set('power', 'Status', 'rejected'));
    await importReviewWorkbook({ workbook: a, corpusDir: corpus, when: 'T1' });
    const result = await importReviewWorkbook({ workbook: b, corpusDir: corpus, when: 'T2' });
    expect(result.messages).toMatchObject([{ file: b, ruleId: 'decision-conflict', severity: 'warning', place: { sheet: 'Glossary', row: 2 } }]);
    expect(JSON.parse(readFileSync(decisionsFile(), 'utf8')).decisions[0].status).toBe('approved');
  });
});
