import type { Worksheet } from 'exceljs';
import { GLOSSARY_HEADER_ALIASES, normalizeHeader, type GlossaryColumnKey } from '../export/glossary-sheet-columns.js';
import { cellText } from './cell-text.js';

/** How far down a sheet the header row is looked for (a reviewer may insert a title row or two). */
const HEADER_SEARCH_ROWS = 10;

/** The header row of a sheet and the column number of each known column. */
export interface HeaderRow {
  row: number;
  columns: Partial<Record<GlossaryColumnKey, number>>;
  /** Every header text found on the row, for messages. */
  headers: string[];
}

/**
 * Finds the header row of a review sheet: the first of its top rows with an entry-id column. Columns are
 * found by header text ({@link GLOSSARY_HEADER_ALIASES}), never by position, so reordered, hidden or extra
 * columns are read correctly; when a header occurs twice, the leftmost counts. Returns `null` without an id
 * column.
 */
export function findHeaderRow(sheet: Worksheet): HeaderRow | null {
  const aliases = new Map<string, GlossaryColumnKey>();
  for (const [key, names] of Object.entries(GLOSSARY_HEADER_ALIASES) as Array<[GlossaryColumnKey, string[]]>) {
    for (const name of names) aliases.set(normalizeHeader(name), key);
  }
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let rowNumber = 1; rowNumber <= last; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const columns: Partial<Record<GlossaryColumnKey, number>> = {};
    const headers: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const text = cellText(cell.value);
      if (text === null) return;
      headers.push(text);
      const key = aliases.get(normalizeHeader(text));
      if (key && columns[key] === undefined) columns[key] = columnNumber;
    });
    if (columns.id !== undefined) return { row: rowNumber, columns, headers };
  }
  return null;
}
