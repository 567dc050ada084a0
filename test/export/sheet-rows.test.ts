import { PassThrough } from 'node:stream';
import ExcelJS, { type Style, type Worksheet } from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { writeRowObjects, writeSheetRow, writeSheetRows, type RowCell, type SheetRow } from '../../src/export/sheet-rows.js';

/** How the test writes rows: one by one through ExcelJS's objects or `writeSheetRow`, or all through `writeSheetRows`. */
type WriteRows = (sheet: Worksheet, rows: SheetRow[]) => void;
const throughObjects: WriteRows = (sheet, rows) => rows.forEach((row) => writeRowObjects(sheet, row.number, row.cells, row.style));
const oneByOne: WriteRows = (sheet, rows) => rows.forEach((row) => writeSheetRow(sheet, row.number, row.cells, row.style));
const inOneGo: WriteRows = (sheet, rows) => writeSheetRows(sheet, (function* () { yield* rows; })());

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
async function workbookFiles(write: WriteRows, spy?: (sheet: Worksheet) => void): Promise<Map<string, string>> {
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
  write(table, [
    { number: 2, cells: [text('article-1'), number(0.986), text('Қазақстан Республикасы')] },
    { number: 3, cells: [text('article-1'), number(0), text(null)] },
    { number: 4, cells: [text(''), number(-1.5), text('article-1', SHADED_TEXT)] },
    { number: 5, cells: [text(null), undefined, text('only the last')] },
    { number: 6, cells: [text(null), text(null)] },
    { number: 7, cells: [text('<&> "quoted"'), number(12345678.9)] },
    // Enough rows for the XML to go out in several pieces.
    ...Array.from({ length: 3000 }, (_, index) => ({
      number: 8 + index,
      cells: [text(`article-${index % 50}`), number(index / 7), text(`sentence ${index} `.repeat(index % 5))],
      style: index % 3 === 0 ? BOLD_ROW : undefined,
    })),
  ]);
  table.commit();

  const report = workbook.addWorksheet('Report');
  report.columns = [{ width: 26 }, { width: 12 }, { width: 80 }];
  spy?.(report);
  write(report, [
    { number: 1, cells: [text('title', { font: { bold: true, size: 13 } })] },
    { number: 3, cells: [text('File', HEADER_CELL), text('Line', HEADER_CELL), text('Reason', HEADER_CELL)], style: BOLD_ROW },
    { number: 4, cells: [text('a.md', { numFmt: '@' }), number(3, PLAIN), text('why', TEXT)] },
    { number: 5, cells: [{ value: null, style: PLAIN }, number(7, PLAIN)] },
    { number: 9, cells: [undefined, undefined, text('Қазақстан Республикасы', { numFmt: '@' })] },
  ]);
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

describe('writeSheetRows', () => {
  it('writes the parts ExcelJS writes for the same rows through its row objects, part for part', async () => {
    const expected = await workbookFiles(throughObjects);
    for (const write of [oneByOne, inOneGo]) {
      const actual = await workbookFiles(write);
      expect([...actual.keys()]).toEqual([...expected.keys()]);
      for (const [name, xml] of expected) expect(actual.get(name), name).toBe(xml);
    }
    // The rows are there: shared strings once each, an empty styled cell kept, a row without values left out.
    const sheet = expected.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<c r="C3" s="1"/>');
    expect(sheet).not.toContain('<row r="6"');
    expect(expected.get('xl/sharedStrings.xml')!.match(/<t>article-1<\/t>/g)).toHaveLength(1);
  });

  it('writes the rows of a streaming sheet without ExcelJS row objects', async () => {
    const getRow = vi.fn();
    await workbookFiles(inOneGo, (sheet) => {
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
