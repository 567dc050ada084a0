import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderGlossaryWorkbook } from '../../src/export/index.js';
import { readReviewWorkbook } from '../../src/review/index.js';
import { sampleDocuments, sampleGlossary, sampleReport } from '../export/sample.js';
import { Reviewer } from './reviewer.js';

let exported: Buffer;
beforeAll(async () => {
  exported = await renderGlossaryWorkbook({ glossary: sampleGlossary(), documents: sampleDocuments(), report: sampleReport() });
});

const FILE = 'reviewed/glossary.xlsx';
const read = (bytes: Uint8Array) => readReviewWorkbook(bytes, { file: FILE });

async function workbookWith(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('readReviewWorkbook reads what it wrote', () => {
  it('one row per entry, with id, terms, status, note and the export snapshot', async () => {
    const { rows, messages } = await read(exported);
    expect(messages).toEqual([]);
    const glossary = sampleGlossary();
    expect(rows!.map((r) => r.id)).toEqual(glossary.entries.map((e) => e.id));
    expect(rows![0]).toMatchObject({
      id: 'power',
      terms: { en: 'power', kk: 'билік', ru: 'власть' },
      status: 'candidate',
      note: null,
      exported: { terms: { en: 'power', kk: 'билік', ru: 'власть' }, status: 'candidate', note: null },
      place: { sheet: 'Glossary', row: 2 },
    });
    expect(rows![7].terms.ru).toBeNull();
  });
});

describe('readReviewWorkbook reads an edited layout', () => {
  it('reordered columns, an extra column, an extra sheet, sorted rows and a deleted row', async () => {
    const reviewer = await Reviewer.open(exported);
    reviewer.set('object', 'Status', 'rejected').set('power', 'kk term', 'билік!');
    reviewer.moveColumnToFront('Entry id').moveColumnToFront('Status').addColumn('My remarks', 'x');
    reviewer.sortBy('en term', 'descending').deleteRow('state-power');
    reviewer.workbook.addWorksheet('My notes').addRow(['Entry id', 'Status']).commit?.();
    const { rows, messages } = await read(await reviewer.save());
    expect(messages).toEqual([]);
    expect(rows!.map((r) => r.id).sort()).toEqual(sampleGlossary().entries.map((e) => e.id).filter((id) => id !== 'state-power').sort());
    const byId = new Map(rows!.map((r) => [r.id, r]));
    expect(byId.get('object')!.status).toBe('rejected');
    expect(byId.get('power')!.terms.kk).toBe('билік!');
    expect(byId.get('power')!.exported!.terms.kk).toBe('билік');
    expect(byId.get('subject')).toBeUndefined();
    expect(byId.get('3f2a9c1e')!.terms.en).toBe('subject');
  });

  it('rows hidden by a filter are read like the others', async () => {
    const reviewer = await Reviewer.open(exported);
    reviewer.set('object', 'Status', 'rejected');
    // What Excel's AutoFilter does on "Status = candidate": the other rows are hidden, not removed.
    reviewer.rowOf('object').hidden = true;
    reviewer.rowOf('power').hidden = true;
    const { rows } = await read(await reviewer.save());
    expect(rows).toHaveLength(8);
    expect(rows!.find((r) => r.id === 'object')!.status).toBe('rejected');
  });

  it('headers typed differently, a title row above them, a missing term column', async () => {
    const bytes = await workbookWith((workbook) => {
      const sheet = workbook.addWorksheet('glossary ');
      sheet.addRow(['Reviewed by A. N. Other']);
      sheet.addRow(['ENTRY_ID', 'English', 'Kazakh', 'Decision', 'Comment']);
      sheet.addRow(['power', 'power', 'билік', 'Approved', 'ok']);
      sheet.addRow([null, null, null, null, null]);
      sheet.addRow(['object', 'object', { richText: [{ text: 'объ' }, { text: 'ект' }] }, ' REJECTED ', null]);
    });
    const { rows, messages } = await read(bytes);
    expect(rows).toEqual([
      { id: 'power', terms: { en: 'power', kk: 'билік' }, status: 'approved', note: 'ok', exported: null, place: { sheet: 'glossary ', row: 3 } },
      { id: 'object', terms: { en: 'object', kk: 'объект' }, status: 'rejected', note: null, exported: null, place: { sheet: 'glossary ', row: 5 } },
    ]);
    expect(messages.map((m) => m.ruleId).sort()).toEqual(['workbook-no-export-snapshot', 'workbook-no-term-column']);
  });

  it('warns about an unknown status, a duplicate id and a row without id, and reads the rest', async () => {
    const reviewer = await Reviewer.open(exported);
    reviewer.set('power', 'Status', 'aproved').set('object', 'Entry id', 'power');
    reviewer.set('3f2a9c1e', 'Entry id', null);
    const { rows, messages } = await read(await reviewer.save());
    expect(rows!.find((r) => r.id === 'power')!.status).toBeNull();
    expect(rows!.filter((r) => r.id === 'power')).toHaveLength(1);
    expect(messages.map((m) => [m.ruleId, m.severity, m.place?.cell ?? m.place?.row])).toEqual([
      ['unknown-status', 'warning', 'D2'],
      ['review-row-without-id', 'warning', 3],
      ['duplicate-entry-id', 'warning', 'O4'],
    ]);
    expect(messages[0].reason).toContain('"aproved"');
    expect(messages.every((m) => m.file === FILE)).toBe(true);
  });
});

describe('readReviewWorkbook refuses a workbook it cannot read, naming the file and the place', () => {
  it.each([
    ['a truncated file', async () => exported.subarray(0, Math.floor(exported.length / 2)), 'workbook-unreadable'],
    ['a file cut after a few bytes', async () => exported.subarray(0, 10), 'workbook-unreadable'],
    ['not a zip (a CSV renamed .xlsx)', async () => Buffer.from('en,kk,ru\npower,билік,власть\n'), 'workbook-not-xlsx'],
    ['an empty file', async () => Buffer.alloc(0), 'workbook-not-xlsx'],
    [
      'a zip of something else',
      async () => {
        const zip = new JSZip();
        zip.file('notes.txt', 'not a workbook');
        return zip.generateAsync({ type: 'nodebuffer' });
      },
      'workbook-no-glossary-sheet',
    ],
    [
      'a zip with a damaged workbook part',
      async () => {
        const zip = await JSZip.loadAsync(exported);
        zip.file('xl/workbook.xml', '<workbook><sheets><sheet name="Glossary"');
        return zip.generateAsync({ type: 'nodebuffer' });
      },
      'workbook-unreadable',
    ],
    [
      'a workbook without a Glossary sheet',
      () => workbookWith((workbook) => workbook.addWorksheet('Sheet1').addRow(['Entry id', 'Status'])),
      'workbook-no-glossary-sheet',
    ],
    [
      'a Glossary sheet without an id column',
      () => workbookWith((workbook) => workbook.addWorksheet('Glossary').addRow(['en term', 'kk term', 'Status'])),
      'workbook-no-id-column',
    ],
  ])('%s', async (_name, make, ruleId) => {
    const { rows, messages } = await read(await make());
    expect(rows).toBeNull();
    const fatal = messages.filter((m) => m.severity === 'fatal');
    expect(fatal).toHaveLength(1);
    expect(fatal[0].ruleId).toBe(ruleId);
    expect(fatal[0].file).toBe(FILE);
    expect(fatal[0].reason).toContain(FILE);
  });

  it('says which sheets it found and where it looked for the id column', async () => {
    const noSheet = await read(await workbookWith((workbook) => workbook.addWorksheet('Лист1')));
    expect(noSheet.messages[0].reason).toContain('"Лист1"');
    const noId = await read(await workbookWith((workbook) => workbook.addWorksheet('Glossary').addRow(['en term'])));
    expect(noId.messages[0].place).toEqual({ sheet: 'Glossary', row: 1 });
  });
});
