// A workbook edited and saved by another tool: LibreOffice Calc, driven headless through python3-uno as a
// reviewer would use it (statuses, a Kazakh correction, a note, Data > Sort, a deleted row, a moved column).
// ExcelJS's reader is known to trip on files other tools saved; this checks ours does not, end to end.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderGlossaryWorkbook } from '../../src/export/index.js';
import { applyDecisions, emptyDecisionsFile, mergeDecisions, readReviewWorkbook } from '../../src/review/index.js';
import { sampleDocuments, sampleGlossary, sampleReport } from '../export/sample.js';
import { xlsxParts } from '../export/xlsx-xml.js';

const PYTHON = '/usr/bin/python3';
const script = fileURLToPath(new URL('../fixtures/review/libreoffice/review-in-calc.py', import.meta.url));
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const uno = spawnSync(PYTHON, ['-c', 'import uno'], { encoding: 'utf8' });
const missing = soffice.error ? 'no soffice (apt-get install libreoffice-calc-nogui)' : uno.status !== 0 ? 'no python3-uno' : null;
if (missing) console.warn(`libreoffice.test: ${missing}; the LibreOffice round-trip is SKIPPED.`);

const work = mkdtempSync(path.join(tmpdir(), 'tilmash-calc-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(missing !== null)('a workbook reviewed in LibreOffice Calc', () => {
  it('is read correctly and every decision is reflected', async () => {
    const exported = path.join(work, 'glossary.xlsx');
    const reviewed = path.join(work, 'reviewed.xlsx');
    const glossary0 = sampleGlossary();
    glossary0.entries[7].ru = { term: '=HYPERLINK("http://x","y")', variants: [], frequency: 1 };
    writeFileSync(exported, await renderGlossaryWorkbook({ glossary: glossary0, documents: sampleDocuments(), report: sampleReport() }));
    const run = spawnSync(PYTHON, [script, exported, reviewed], { encoding: 'utf8', timeout: 90_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // Calc loaded the formula-like term as text, not as a formula.
    expect(JSON.parse(run.stdout)).toEqual([{ text: '=HYPERLINK("http://x","y")', type: 'TEXT' }]);

    const { rows, messages } = await readReviewWorkbook(readFileSync(reviewed), { file: 'reviewed.xlsx' });
    expect(messages).toEqual([]);
    // Sorted by LibreOffice, one row deleted; the snapshot sheet survived the save.
    expect(rows!.map((r) => r.terms.en)).toEqual(['subject', 'state power', 'presidential institution', 'power', 'political culture', 'philosophy of power', 'object']);
    expect(rows!.every((r) => r.exported !== null)).toBe(true);
    const saved = await xlsxParts(readFileSync(reviewed));
    expect(saved.sheets.size).toBe(8);
    for (const [name, xml] of saved.sheets) expect(xml, name).not.toMatch(/<f[ >]/);
    // Saved by Calc, the term is still the same text, unchanged by the import.
    expect(rows!.find((r) => r.id === 'presidential-institution')!.terms.ru).toBe('=HYPERLINK("http://x","y")');

    const decisions = mergeDecisions(emptyDecisionsFile(), rows!, undefined, { when: 'T' });
    expect(decisions.decisions.map((d) => [d.id, d.status, d.corrected?.kk ?? null, d.note ?? null])).toEqual([
      ['3f2a9c1e', 'candidate', null, 'Филос. мағынада ғана'],
      ['object', 'rejected', null, null],
      ['political-culture', 'candidate', 'саяси мәдениет', null],
      ['power', 'approved', null, null],
    ]);
    const glossary = applyDecisions(sampleGlossary(), decisions);
    expect(glossary.entries.find((e) => e.id === 'political-culture')!.kk!.term).toBe('саяси мәдениет');
    expect(glossary.entries.find((e) => e.id === 'modern-society')!.status).toBe('candidate');
  });
});
