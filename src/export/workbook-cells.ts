import type { Fill, Style, Workbook, Worksheet } from 'exceljs';
import { xmlSafeText } from './xml-safe-text.js';
import { writeSheetRows, writeSheetRowsInTurns, writeSheetRowsRecorded, type RecordedRows, type RowCell, type SheetRow } from './sheet-rows.js';

/**
 * Excel's "Text" number format. A cell in this format keeps what is typed into it as text, so a reviewer who
 * edits `=HYPERLINK(...)` or `-ism` does not turn it into a formula; ExcelJS writes the value itself as a
 * shared string (never an `<f>` element), so the value stays byte-for-byte what the glossary said.
 */
export const TEXT_FORMAT = '@';

/** Rows of an Excel sheet; a longer sheet makes Excel refuse the whole file. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** Excel stores at most this many characters in a cell; longer text would make it refuse the file. */
export const MAX_CELL_TEXT = 32_767;

/** Text for a cell: without XML-invalid characters, cut to Excel's limit. */
export function cellText(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  const safe = xmlSafeText(text);
  return safe.length > MAX_CELL_TEXT ? safe.slice(0, MAX_CELL_TEXT - 1) + '…' : safe;
}

/** A solid background fill. */
export function solidFill(argb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

export const FILLS = {
  header: solidFill('FFD9E1F2'),
  /** Header of the columns the reviewer fills in. */
  reviewHeader: solidFill('FFFFE699'),
  lowScore: solidFill('FFFCE4D6'),
  flagged: solidFill('FFFFF2CC'),
  fatal: solidFill('FFF8CBAD'),
  warning: solidFill('FFFFF2CC'),
} as const;

/** Column set-up shared by the sheets: header text, width, Text format for free-text columns, wrapping. */
export interface SheetColumn {
  header: string;
  width: number;
  text: boolean;
  numFmt?: string;
  /** A column the reviewer fills in: its header is highlighted. */
  review?: boolean;
}

/** What the sheet-adding steps write to: ExcelJS's streaming writer, or (in tests) an in-memory workbook. */
export type WorkbookSink = Pick<Workbook, 'addWorksheet'>;

/**
 * Adds a table sheet: columns with widths and formats, a bold shaded header row, the header frozen and an
 * autofilter over the header. Free-text columns are Text-formatted and wrapped. The header row is committed:
 * the streaming writer needs rows written in order, and each committed row leaves memory.
 */
export function addTableSheet(
  workbook: WorkbookSink,
  name: string,
  columns: readonly SheetColumn[],
  options: { tabColor?: string } = {},
): Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    ...(options.tabColor ? { properties: { tabColor: { argb: options.tabColor } } } : {}),
  });
  const styles: Array<Partial<Style>> = columns.map((column) =>
    column.text
      ? { numFmt: TEXT_FORMAT, alignment: { wrapText: true, vertical: 'top' } }
      : { numFmt: column.numFmt ?? 'General', alignment: { vertical: 'top' } },
  );
  sheet.columns = columns.map((column, index) => ({ width: column.width, style: styles[index] }));
  COLUMN_STYLES.set(sheet, styles);
  const header = sheet.getRow(1);
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = column.review ? FILLS.reviewHeader : FILLS.header;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/**
 * The style object of each column of a table sheet, given to its cells by reference. ExcelJS recognises a style
 * object it has seen (a WeakMap) and otherwise serialises it to find its id: one shared object per column (and per
 * shading) instead of a copy per cell made the Alignment sheet of 1,000 articles several times faster to write.
 */
const COLUMN_STYLES = new WeakMap<Worksheet, Array<Partial<Style>>>();
const SHADED_STYLES = new WeakMap<Partial<Style>, Map<Fill, Partial<Style>>>();

/** The one shaded variant of a shared style object with `fill` (shared in turn, never changed in place). */
export function shadedStyle(style: Partial<Style>, fill: Fill): Partial<Style> {
  let byFill = SHADED_STYLES.get(style);
  if (!byFill) SHADED_STYLES.set(style, (byFill = new Map()));
  let shaded = byFill.get(fill);
  if (!shaded) byFill.set(fill, (shaded = { ...style, fill }));
  return shaded;
}

/** A row of values for {@link writeRows}, shaded with `fill` when given. */
export interface TableRow {
  number: number;
  values: ReadonlyArray<string | number | null>;
  fill?: Fill;
}

/**
 * Writes and commits rows of a table sheet (see {@link addTableSheet}), in increasing order of number: strings
 * through {@link cellText}, finite numbers as numbers, null (or a number that is not finite) as an empty cell,
 * each cell in its column's style, or its shaded variant for a row with a `fill`.
 */
export function writeRows(sheet: Worksheet, rows: Iterable<TableRow>): void {
  writeSheetRows(sheet, sheetRows(columnStyles(sheet), rows));
}

/** {@link writeRows} for a large sheet, letting the zip stream compress beside it (see `writeSheetRowsInTurns`). */
export async function writeRowsInTurns(sheet: Worksheet, rows: Iterable<TableRow>): Promise<void> {
  await writeSheetRowsInTurns(sheet, sheetRows(columnStyles(sheet), rows));
}

/** {@link writeRowsInTurns}, keeping what was written when it can be written again (see `writeSheetRowsRecorded`). */
export function writeRowsRecorded(sheet: Worksheet, rows: Iterable<TableRow>): Promise<RecordedRows | null> {
  return writeSheetRowsRecorded(sheet, sheetRows(columnStyles(sheet), rows));
}

/** The style object of each column of a table sheet (see {@link addTableSheet}), shared by its cells. */
export function columnStyles(sheet: Worksheet): ReadonlyArray<Partial<Style>> {
  const styles = COLUMN_STYLES.get(sheet);
  if (!styles) throw new Error(`Sheet "${sheet.name}" was not made by addTableSheet, so its columns have no styles for writeRows.`);
  return styles;
}

/** Writes and commits one row of a table sheet (see {@link writeRows}). */
export function writeRow(sheet: Worksheet, rowNumber: number, values: ReadonlyArray<string | number | null>, fill?: Fill): void {
  writeRows(sheet, [{ number: rowNumber, values, fill }]);
}

function* sheetRows(styles: ReadonlyArray<Partial<Style>>, rows: Iterable<TableRow>): Generator<SheetRow> {
  for (const { number, values, fill } of rows) {
    const cells: RowCell[] = [];
    for (let index = 0; index < values.length; index++) {
      const value = values[index];
      const style = fill ? shadedStyle(styles[index], fill) : styles[index];
      cells.push({ value: typeof value === 'number' ? (Number.isFinite(value) ? value : null) : value === null ? null : cellText(value), style });
    }
    yield { number, cells };
  }
}
