// `tilmash review import` exit codes and messages (the handler, called as the CLI calls it).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderGlossaryWorkbook } from '../../src/export/index.js';
import { formatReviewMessage, reviewImportCommand } from '../../pipeline/commands/review.js';
import { UsageError } from '../../pipeline/commands/types.js';
import { sampleDocuments, sampleGlossary, sampleReport } from '../export/sample.js';
import { Reviewer } from './reviewer.js';

let dir: string;
let corpus: string;
let out: string[];
let err: string[];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tilmash-review-cmd-'));
  corpus = path.join(dir, 'corpus');
  mkdirSync(corpus);
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function workbook(edit: (reviewer: Reviewer) => void): Promise<string> {
  const reviewer = await Reviewer.open(await renderGlossaryWorkbook({ glossary: sampleGlossary(), documents: sampleDocuments(), report: sampleReport() }));
  edit(reviewer);
  const file = path.join(dir, 'glossary.xlsx');
  writeFileSync(file, await reviewer.save());
  return file;
}

describe('tilmash review import', () => {
  it('exits 0 and says what it wrote', async () => {
    const file = await workbook((r) => r.set('power', 'Status', 'approved'));
    expect(await reviewImportCommand({ workbook: file, corpus })).toBe(0);
    expect(out.join('')).toContain('decisions 1 added, 0 changed, 0 withdrawn, 0 unchanged');
    expect(out.join('')).toContain(path.join(corpus, 'tilmash-decisions.json'));
  });

  it('exits 1 when rows had problems, listing them with file and cell', async () => {
    const file = await workbook((r) => r.set('power', 'Status', 'approve'));
    expect(await reviewImportCommand({ workbook: file, corpus })).toBe(1);
    expect(err.join('')).toMatch(/glossary\.xlsx: Glossary!D2 {2}warning {2}Expected a status of candidate, approved, rejected for entry "power", found "approve"/);
  });

  it('exits 2 and changes nothing for a damaged workbook', async () => {
    const file = path.join(dir, 'glossary.xlsx');
    writeFileSync(file, 'PK\u0003\u0004 truncated');
    expect(await reviewImportCommand({ workbook: file, corpus })).toBe(2);
    expect(err.join('')).toContain('nothing was changed');
  });

  it('is a usage error without a corpus folder', async () => {
    await expect(reviewImportCommand({ workbook: 'x.xlsx', corpus: path.join(dir, 'none') })).rejects.toThrow(UsageError);
  });

  it('prints messages as `file: Sheet!cell  severity  reason  ruleId  review`', () => {
    expect(
      formatReviewMessage({ file: 'g.xlsx', place: { sheet: 'Glossary', row: 4 }, reason: 'r.', ruleId: 'x-y', severity: 'warning', source: 'review' }),
    ).toBe('g.xlsx: Glossary, row 4  warning  r.  x-y  review');
    expect(formatReviewMessage({ file: 'g.xlsx', reason: 'r.', ruleId: 'x-y', severity: 'fatal', source: 'review' })).toBe('g.xlsx  fatal  r.  x-y  review');
  });
});
