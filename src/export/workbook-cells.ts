import type { Cell, Fill, Row, Style, Workbook, Worksheet } from 'exceljs';
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

function shadedStyle(style: Partial<Style>, fill: Fill): Partial<Style> {
  let byFill = SHADED_STYLES.get(style);
  if (!byFill) SHADED_STYLES.set(style, (byFill = new Map()));
  let shaded = byFill.get(fill);
  if (!shaded) byFill.set(fill, (shaded = { ...style, fill }));
  return shaded;
}

/** Writes a row of values: strings through {@link cellText}, numbers as numbers, null as an empty cell. */
export function writeRow(sheet: Worksheet, rowNumber: number, values: ReadonlyArray<string | number | null>): Row {
  const row = sheet.getRow(rowNumber);
  const styles = COLUMN_STYLES.get(sheet);
  values.forEach((value, index) => {
    const cell: Cell = row.getCell(index + 1);
    if (styles?.[index]) cell.style = styles[index];
    if (value === null) return;
    cell.value = typeof value === 'number' ? (Number.isFinite(value) ? value : null) : cellText(value);
  });
  return row;
}

/** Shades the cells of a row from column 1 to `width`. */
export function shadeRow(row: Row, width: number, fill: Fill): void {
  const styles = COLUMN_STYLES.get(row.worksheet);
  for (let column = 1; column <= width; column++) {
    const cell = row.getCell(column);
    const style = styles?.[column - 1];
    // A shared column style must not be changed in place: the cell gets the shared shaded variant.
    if (style) cell.style = shadedStyle(style, fill);
    else cell.fill = fill;
  }
}
