import type { Worksheet } from 'exceljs';
import type { ExportedRow } from './types.js';
import { cellText } from './cell-text.js';
import { parseStatus } from './parse-status.js';

/**
 * Reads the hidden export snapshot sheet (see `src/export/add-export-snapshot-sheet.ts`): per entry id, the
 * terms, status and note the Glossary sheet showed when written. Columns are found by header; a snapshot
 * without its header row or an id column yields nothing (the import then falls back on the decisions file).
 */
export function readExportSnapshot(sheet: Worksheet): Map<string, ExportedRow> {
  const snapshot = new Map<string, ExportedRow>();
  const column: Record<string, number> = {};
  sheet.getRow(1).eachCell({ includeEmpty: false }, (cell, columnNumber) => {
    const text = cellText(cell.value);
    if (text !== null) column[text] = columnNumber;
  });
  if (column.id === undefined) return snapshot;
  const read = (values: { getCell(column: number): { value: unknown } }, name: string): string | null =>
    column[name] === undefined ? null : cellText(values.getCell(column[name]).value);
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const id = read(row, 'id');
    const status = parseStatus(read(row, 'status'));
    if (id === null || !status || snapshot.has(id)) return;
    snapshot.set(id, {
      terms: { en: read(row, 'en'), kk: read(row, 'kk'), ru: read(row, 'ru') },
      status,
      note: read(row, 'note'),
    });
  });
  return snapshot;
}
