import { LANGS, type Lang } from '../model/index.js';
import { loadExcelJs } from '../export/load-exceljs.js';
import { EXPORT_SNAPSHOT_SHEET, GLOSSARY_SHEET, STATUS_VALUES } from '../export/glossary-sheet-columns.js';
import type { ExportedRow, ReviewMessage, ReviewRow, ReviewWorkbook, WorkbookPlace } from './types.js';
import { cellText } from './cell-text.js';
import { findHeaderRow } from './find-header-row.js';
import { parseStatus } from './parse-status.js';
import { readExportSnapshot } from './read-export-snapshot.js';
import { sniffWorkbookBytes } from './sniff-workbook-bytes.js';
import { reviewerEntryId } from './reviewer-entry-id.js';

/** Options of {@link readReviewWorkbook}. */
export interface ReadReviewWorkbookOptions {
  /** The workbook's file name, for messages. */
  file: string;
}

/**
 * Reads a reviewed glossary workbook (ExcelJS, the library that wrote it): the rows of its "Glossary" sheet
 * with their entry id, terms, status and note, plus the hidden export snapshot when present.
 *
 * Columns are found by header and rows by entry id, so reordered columns, extra columns or sheets, sorted or
 * filtered rows and deleted rows are all read correctly (a deleted row is no decision, not a rejection).
 * A workbook that cannot be read (not a zip, a truncated file, a zip of something else, no "Glossary" sheet, no
 * entry-id column) is refused: `rows` is `null` and a fatal message names the file and the place. Row-level
 * problems (an unknown status, a duplicate id, a row without id) are warnings; the rest is still read. A row a
 * reviewer added by hand (no id, terms in two languages or more, status approved) is read as a new entry with an
 * id made from its terms.
 */
export async function readReviewWorkbook(bytes: Uint8Array, options: ReadReviewWorkbookOptions): Promise<ReviewWorkbook> {
  const messages: ReviewMessage[] = [];
  const say = (severity: ReviewMessage['severity'], ruleId: string, reason: string, place?: WorkbookPlace) => {
    messages.push({ file: options.file, ...(place ? { place } : {}), reason, ruleId, severity, source: 'review' });
  };
  const refuse = (ruleId: string, reason: string, place?: WorkbookPlace): ReviewWorkbook => {
    say('fatal', ruleId, reason, place);
    return { rows: null, messages };
  };

  const notZip = sniffWorkbookBytes(bytes);
  if (notZip) return refuse('workbook-not-xlsx', `Expected an xlsx workbook in \`${options.file}\`, but ${notZip}.`);

  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toArrayBuffer(bytes));
  } catch (error) {
    return refuse(
      'workbook-unreadable',
      `Cannot read \`${options.file}\` as an xlsx workbook (${describe(error)}); it may be truncated or damaged: ` +
        'open it in Excel or LibreOffice and save it again as .xlsx.',
    );
  }

  const sheetNames = workbook.worksheets.map((sheet) => sheet.name);
  const sheet =
    workbook.getWorksheet(GLOSSARY_SHEET) ??
    workbook.worksheets.find((candidate) => candidate.name.trim().toLowerCase() === GLOSSARY_SHEET.toLowerCase());
  if (!sheet) {
    const found = sheetNames.length > 0 ? `it has ${sheetNames.map((name) => `"${name}"`).join(', ')}` : 'it has no sheets';
    return refuse(
      'workbook-no-glossary-sheet',
      `Expected a sheet named "${GLOSSARY_SHEET}" in \`${options.file}\`, but ${found}; ` +
        'import the glossary.xlsx that tilmash wrote (sheets may be added, not renamed).',
    );
  }

  const header = findHeaderRow(sheet);
  if (!header) {
    return refuse(
      'workbook-no-id-column',
      `Expected an "Entry id" column header in the first rows of sheet "${sheet.name}" of \`${options.file}\`, ` +
        'but found none; the id ties each row to its glossary entry, so restore the column (it may be moved or hidden).',
      { sheet: sheet.name, row: 1 },
    );
  }
  const column = header.columns;
  for (const lang of LANGS) {
    if (column[`term-${lang}`] === undefined) {
      say('info', 'workbook-no-term-column', `Sheet "${sheet.name}" has no "${lang} term" column; ${lang} terms are left as they were.`, {
        sheet: sheet.name,
        row: header.row,
      });
    }
  }
  if (column.status === undefined) {
    say('warning', 'workbook-no-status-column', `Sheet "${sheet.name}" has no "Status" column; no status was read.`, {
      sheet: sheet.name,
      row: header.row,
    });
  }

  const snapshotSheet = workbook.getWorksheet(EXPORT_SNAPSHOT_SHEET);
  const snapshot = snapshotSheet ? readExportSnapshot(snapshotSheet) : new Map<string, ExportedRow>();
  if (snapshot.size === 0) {
    say(
      'info',
      'workbook-no-export-snapshot',
      `\`${options.file}\` has no readable "${EXPORT_SNAPSHOT_SHEET}" sheet (a tool dropped it on saving); changes are ` +
        'measured against the decisions file, and a status set back to "candidate" is not taken as a decision.',
    );
  }

  const rows: ReviewRow[] = [];
  const seen = new Map<string, number>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= header.row) return;
    const read = (columnNumber: number | undefined) =>
      columnNumber === undefined ? null : cellText(row.getCell(columnNumber).value);
    const id = read(column.id);
    const terms: Partial<Record<Lang, string | null>> = {};
    for (const lang of LANGS) {
      if (column[`term-${lang}`] !== undefined) terms[lang] = read(column[`term-${lang}`]);
    }
    const statusText = read(column.status);
    const note = read(column.note);
    let status = parseStatus(statusText);
    if (status === undefined) {
      say(
        'warning',
        'unknown-status',
        `Expected a status of ${STATUS_VALUES.join(', ')} for ${id === null ? `row ${rowNumber}` : `entry "${id}"`}, found "${statusText}"; ` +
          'the status was left as it was.',
        { sheet: sheet.name, row: rowNumber, cell: row.getCell(column.status!).address },
      );
      status = null;
    }
    let rowId = id;
    if (rowId === null) {
      const languages = Object.values(terms).filter((t) => t !== null).length;
      if (status === 'approved' && languages >= 2) {
        // A term the extraction missed, added by the reviewer: it becomes an approved entry of its own.
        rowId = reviewerEntryId(terms);
        say('info', 'review-row-new-entry', `Row ${rowNumber} of sheet "${sheet.name}" adds an approved entry of its own ("${rowId}").`, {
          sheet: sheet.name,
          row: rowNumber,
        });
      } else {
        if (languages > 0 || statusText !== null || note !== null) {
          say(
            'warning',
            'review-row-without-id',
            `Row ${rowNumber} of sheet "${sheet.name}" has no entry id, so it cannot be tied to a glossary entry and was ignored; ` +
              'a row added by hand needs terms in two languages or more and the status "approved".',
            { sheet: sheet.name, row: rowNumber },
          );
        }
        return;
      }
    }
    const first = seen.get(rowId);
    if (first !== undefined) {
      say(
        'warning',
        'duplicate-entry-id',
        `Entry id "${rowId}" is on row ${first} and again on row ${rowNumber} of sheet "${sheet.name}"; only row ${first} was read.`,
        { sheet: sheet.name, row: rowNumber, cell: row.getCell(column.id!).address },
      );
      return;
    }
    seen.set(rowId, rowNumber);
    rows.push({
      id: rowId,
      terms,
      status,
      ...(column.note !== undefined ? { note } : {}),
      exported: snapshot.get(rowId) ?? null,
      place: { sheet: sheet.name, row: rowNumber },
    });
  });
  return { rows, messages };
}

/** ExcelJS's `load` takes an ArrayBuffer-like; hand it exactly the bytes of the view. */
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].slice(0, 200);
}
