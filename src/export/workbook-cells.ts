import type { Cell, Fill, Row, Workbook, Worksheet } from 'exceljs';
import { xmlSafeText } from './xml-safe-text.js';

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
  sheet.columns = columns.map((column) => ({
    width: column.width,
    style: column.text
      ? { numFmt: TEXT_FORMAT, alignment: { wrapText: true, vertical: 'top' } }
      : { numFmt: column.numFmt ?? 'General', alignment: { vertical: 'top' } },
  }));
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

/** Writes a row of values: strings through {@link cellText}, numbers as numbers, null as an empty cell. */
export function writeRow(sheet: Worksheet, rowNumber: number, values: ReadonlyArray<string | number | null>): Row {
  const row = sheet.getRow(rowNumber);
  values.forEach((value, index) => {
    const cell: Cell = row.getCell(index + 1);
    if (value === null) return;
    cell.value = typeof value === 'number' ? (Number.isFinite(value) ? value : null) : cellText(value);
  });
  return row;
}

/** Shades the cells of a row from column 1 to `width`. */
export function shadeRow(row: Row, width: number, fill: Fill): void {
  for (let column = 1; column <= width; column++) row.getCell(column).fill = fill;
}
