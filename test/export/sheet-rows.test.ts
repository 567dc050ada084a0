import { PassThrough } from 'node:stream';
import ExcelJS, { type Style, type Worksheet } from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { writeRowObjects, writeSheetRow, type RowCell } from '../../src/export/sheet-rows.js';

type WriteRow = typeof writeSheetRow;

const TEXT: Partial<Style> = { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } };
const SCORE: Partial<Style> = { numFmt: '0.000', alignment: { vertical: 'top' } };
const SHADED_TEXT: Partial<Style> = { ...TEXT, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } };
const PLAIN: Partial<Style> = {};
const BOLD_ROW: Partial<Style> = { font: { bold: true } };
const HEADER_CELL: Partial<Style> = { numFmt: '@', font: { bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } };

const text = (value: string | null, style = TEXT): RowCell => ({ value, style });
const number = (value: number, style = SCORE): RowCell => ({ value, style });

/**
 * A workbook written with ExcelJS's streaming writer, the rows of its sheets through `write`: a table with a
 * header ExcelJS writes itself, then rows of every kind of cell, and a second sheet with row styles, gaps and
 * a row written through ExcelJS's row objects after the others.
 */
async function workbookFiles(write: WriteRow, spy?: (sheet: Worksheet) => void): Promise<Map<string, string>> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise((resolve) => sink.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  workbook.created = workbook.modified = new Date('2000-01-01T00:00:00Z');

  const table = workbook.addWorksheet('Table');
  table.columns = [{ width: 20, style: TEXT }, { width: 10, style: SCORE }, { width: 30, style: TEXT }];
  spy?.(table);
  const header = table.getRow(1);
  ['Text', 'Score', 'More'].forEach((title, index) => (header.getCell(index + 1).value = title));
  header.font = { bold: true };
  header.commit();
  write(table, 2, [text('article-1'), number(0.986), text('Қазақстан Республикасы')]);
  write(table, 3, [text('article-1'), number(0), text(null)]);
  write(table, 4, [text(''), number(-1.5), text('article-1', SHADED_TEXT)]);
  write(table, 5, [text(null), undefined, text('only the last')]);
  write(table, 6, [text(null), text(null)]);
  write(table, 7, [text('<&> "quoted"'), number(12345678.9)]);
  table.commit();

  const report = workbook.addWorksheet('Report');
  report.columns = [{ width: 26 }, { width: 12 }, { width: 80 }];
  spy?.(report);
  write(report, 1, [text('title', { font: { bold: true, size: 13 } })]);
  write(report, 3, [text('File', HEADER_CELL), text('Line', HEADER_CELL), text('Reason', HEADER_CELL)], BOLD_ROW);
  write(report, 4, [text('a.md', { numFmt: '@' }), number(3, PLAIN), text('why', TEXT)]);
  write(report, 5, [{ value: null, style: PLAIN }, number(7, PLAIN)]);
  write(report, 9, [undefined, undefined, text('Қазақстан Республикасы', { numFmt: '@' })]);
  const after = report.getRow(10);
  after.getCell(1).value = 'written by ExcelJS';
  after.commit();
  report.commit();

  await workbook.commit();
  await finished;
  const zip = await JSZip.loadAsync(Buffer.concat(chunks));
  const files = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) files.set(name, await zip.file(name)!.async('string'));
  return files;
}

describe('writeSheetRow', () => {
  it('writes the parts ExcelJS writes for the same rows through its row objects, part for part', async () => {
    const expected = await workbookFiles(writeRowObjects);
    const actual = await workbookFiles(writeSheetRow);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [name, xml] of expected) expect(actual.get(name), name).toBe(xml);
    // The rows are there: shared strings once each, an empty styled cell kept, a row without values left out.
    const sheet = expected.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<c r="C3" s="1"/>');
    expect(sheet).not.toContain('<row r="6"');
    expect(expected.get('xl/sharedStrings.xml')!.match(/<t>article-1<\/t>/g)).toHaveLength(1);
  });

  it('writes the rows of a streaming sheet without ExcelJS row objects', async () => {
    const getRow = vi.fn();
    await workbookFiles(writeSheetRow, (sheet) => {
      const original = sheet.getRow.bind(sheet);
      sheet.getRow = (row: number) => {
        getRow(row);
        return original(row);
      };
    });
    // Only the rows the test itself takes from ExcelJS: the header and the row written after the others.
    expect(getRow.mock.calls.map(([row]) => row as number)).toEqual([1, 10]);
  });

  it('refuses a row number already written', () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough(), useStyles: true, useSharedStrings: true });
    const sheet = workbook.addWorksheet('Sheet');
    writeSheetRow(sheet, 2, [text('x')]);
    expect(() => writeSheetRow(sheet, 2, [text('y')])).toThrow(/increasing order/);
  });

  it('writes through ExcelJS row objects on an in-memory workbook', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('Sheet');
    writeSheetRow(sheet, 2, [text('x'), number(1.5)], BOLD_ROW);
    expect(sheet.getRow(2).values).toEqual([undefined, 'x', 1.5]);
    expect(sheet.getRow(2).getCell(1).numFmt).toBe('@');
    expect(sheet.getRow(2).font).toEqual({ bold: true });
  });
});
