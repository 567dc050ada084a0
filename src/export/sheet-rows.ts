import type { Style, Worksheet } from 'exceljs';

/** A cell of a row written by {@link writeSheetRows}. */
export interface RowCell {
  /** Text (written as a shared string), a number, or null: an empty cell that still carries its style. */
  value: string | number | null;
  /**
   * The cell's style: an object shared by many cells and never changed once used, since ExcelJS remembers the
   * style id of an object it has seen (a style changed in place would keep its old id).
   */
  style: Partial<Style>;
}

/**
 * The parts of ExcelJS 4.4's streaming `WorksheetWriter` that writing a row touches (`lib/stream/xlsx/
 * worksheet-writer.js`, `_writeRow`): the workbook's shared strings and style registry, the sheet's output
 * stream, and its row bookkeeping. None is in ExcelJS's typings; {@link streamingSheet} checks each is there.
 */
interface StreamingSheet {
  _workbook: {
    sharedStrings: { add(value: string): number; readonly values: readonly string[]; _totalRefs: number };
    styles: { addStyleModel(style: Partial<Style>, cellType?: number): number };
  };
  useSharedStrings: boolean;
  stream: { write(chunk: string): unknown };
  startedData: boolean;
  /** Rows taken with `getRow` and not yet committed, first one numbered `_rowZero`. */
  _rows: unknown[] | null;
  _rowZero: number;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
}

/** ExcelJS's `Enums.ValueType` codes of the cell types written here: for a style without a number format, it picks one by type. */
const CELL_TYPE = { null: 0, number: 2, string: 3 } as const;

/** The style of a row without one: ExcelJS gives every row `{}`, which is style 0. */
const NO_ROW_STYLE: Partial<Style> = {};

/** Column letters already worked out (A, B, ..., AA, ...), index 0 for column 1. */
const COLUMN_LETTERS: string[] = [];

function columnLetters(column: number): string {
  let letters = COLUMN_LETTERS[column - 1];
  if (letters === undefined) {
    letters = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    COLUMN_LETTERS[column - 1] = letters;
  }
  return letters;
}

/** A row for {@link writeSheetRows}: `cells[i]` goes in column i + 1 (an absent cell is not written). */
export interface SheetRow {
  number: number;
  cells: ReadonlyArray<RowCell | undefined>;
  /** The style of the row itself. */
  style?: Partial<Style>;
}

/** Row XML is handed to the sheet's stream in pieces of about this many characters (its own buffers are 64 KiB). */
const WRITE_CHUNK = 64 * 1024;

/**
 * Writes and commits rows of a sheet, in increasing order of number, as committed rows go in ExcelJS's
 * streaming writer. `rows` may be a generator; it must not write to the sheet itself.
 *
 * ExcelJS's row and cell objects cost more than the rest of the workbook together on a large sheet (an object
 * per cell, a model of it, then its XML through a generic serialiser: about 14 µs a row of the Alignment
 * sheet). On the streaming writer the rows' XML is therefore written here directly, with the workbook's own
 * shared strings and style ids, asked for in the order ExcelJS asks, so the file is byte for byte what
 * ExcelJS writes for the same cells (`test/export/sheet-rows.test.ts` holds the two side by side). Any other
 * sheet (an in-memory workbook, an ExcelJS whose writer looks different) goes through ExcelJS's row objects.
 */
export function writeSheetRows(sheet: Worksheet, rows: Iterable<SheetRow>): void {
  for (const _written of writeInPieces(sheet, rows)) {
    // Written: nothing to wait for.
  }
}

/**
 * {@link writeSheetRows} for a large sheet: between pieces of rows this thread lets the zip stream take what was
 * written, so that the compression (in libuv's thread pool) runs beside the writing instead of after it.
 */
export async function writeSheetRowsInTurns(sheet: Worksheet, rows: Iterable<SheetRow>): Promise<void> {
  for (const _written of writeInPieces(sheet, rows)) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * What {@link writeSheetRowsRecorded} wrote to a streaming sheet, enough for {@link replaySheetRows} to write the
 * same rows again without them: their XML and what they added to the workbook's shared strings.
 */
export interface RecordedRows {
  /** The shared strings the rows added, in order (numbered from `stringsBefore` on). */
  strings: string[];
  /** The shared strings the table held before the rows. */
  stringsBefore: number;
  /** References the rows made to shared strings (each text cell is one; the table's `count`). */
  references: number;
  xml: string;
  /** The number of the row the sheet was at before the rows, and after them. */
  rowBefore: number;
  nextRow: number;
}

/**
 * {@link writeSheetRowsInTurns}, keeping what was written, when the sheet is a streaming one (null otherwise, and
 * when the sheet's data had not started: the first row also writes the columns).
 */
export async function writeSheetRowsRecorded(sheet: Worksheet, rows: Iterable<SheetRow>): Promise<RecordedRows | null> {
  const streaming = streamingSheet(sheet);
  if (!streaming?.startedData) {
    await writeSheetRowsInTurns(sheet, rows);
    return null;
  }
  const { sharedStrings } = streaming._workbook;
  const stringsBefore = sharedStrings.values.length;
  const referencesBefore = sharedStrings._totalRefs;
  const rowBefore = streaming._rowZero;
  const pieces: string[] = [];
  for (const piece of writeInPieces(sheet, rows)) {
    pieces.push(piece);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return {
    strings: sharedStrings.values.slice(stringsBefore),
    stringsBefore,
    references: sharedStrings._totalRefs - referencesBefore,
    xml: pieces.join(''),
    rowBefore,
    nextRow: streaming._rowZero,
  };
}

/**
 * Writes rows recorded by {@link writeSheetRowsRecorded} to a streaming sheet at the same row, whose data has
 * started and whose workbook's shared strings and styles are those they were when the rows were recorded (the
 * caller knows: see the Alignment sheet's cache key). False, with nothing written, when the sheet is not such a
 * sheet or not at that row.
 */
export async function replaySheetRows(sheet: Worksheet, recorded: RecordedRows): Promise<boolean> {
  const streaming = streamingSheet(sheet);
  const sharedStrings = streaming?._workbook.sharedStrings;
  if (!streaming?.startedData || sharedStrings!.values.length !== recorded.stringsBefore || streaming._rowZero !== recorded.rowBefore) return false;
  recorded.strings.forEach((value, index) => {
    if (sharedStrings!.add(value) !== recorded.stringsBefore + index) throw new Error(`The recorded shared string ${index} (\`${value.slice(0, 40)}\`) is in the table already: the rows were recorded against other strings.`);
  });
  // Each text cell counts as a reference, the first one of each string included (counted by `add` above).
  sharedStrings!._totalRefs += recorded.references - recorded.strings.length;
  for (let at = 0; at < recorded.xml.length; at += WRITE_CHUNK) {
    streaming.stream.write(recorded.xml.slice(at, at + WRITE_CHUNK));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  streaming._rowZero = recorded.nextRow;
  return true;
}

/**
 * The style ids a streaming sheet's workbook gives these cell styles (registering those it has not seen), or
 * null for another sheet.
 */
export function styleIds(sheet: Worksheet, styles: ReadonlyArray<Partial<Style>>): number[] | null {
  const streaming = streamingSheet(sheet);
  return streaming ? styles.map((style) => streaming._workbook.styles.addStyleModel(style, CELL_TYPE.string)) : null;
}

/** Writes the rows, yielding each piece of XML handed to the sheet's stream (see {@link writeSheetRows}). */
function* writeInPieces(sheet: Worksheet, rows: Iterable<SheetRow>): Generator<string> {
  const streaming = streamingSheet(sheet);
  if (!streaming) {
    for (const row of rows) writeRowObjects(sheet, row.number, row.cells, row.style);
    return;
  }
  // Rows in pieces rather than one by one: each write to the stream costs a buffer and a promise.
  let pending = '';
  try {
    for (const row of rows) {
      pending += rowXml(streaming, row.number, row.cells, row.style);
      if (pending.length >= WRITE_CHUNK) {
        streaming.stream.write(pending);
        const piece = pending;
        pending = '';
        yield piece;
      }
    }
  } finally {
    if (pending.length > 0) streaming.stream.write(pending);
  }
  if (pending.length > 0) yield pending;
}

/** Writes and commits one row (see {@link writeSheetRows}). */
export function writeSheetRow(sheet: Worksheet, rowNumber: number, cells: ReadonlyArray<RowCell | undefined>, rowStyle?: Partial<Style>): void {
  writeSheetRows(sheet, [{ number: rowNumber, cells, style: rowStyle }]);
}

/**
 * The sheet as ExcelJS's streaming writer, when it is one, writes shared strings, and has no row taken with
 * `getRow` still uncommitted (which must be written first, in order: ExcelJS's own row objects do that).
 */
function streamingSheet(sheet: Worksheet): StreamingSheet | undefined {
  const candidate = sheet as unknown as Partial<StreamingSheet>;
  if (
    candidate.useSharedStrings !== true ||
    !Array.isArray(candidate._rows) ||
    candidate._rows.length > 0 ||
    typeof candidate._rowZero !== 'number' ||
    typeof candidate.stream?.write !== 'function' ||
    typeof candidate._writeColumns !== 'function' ||
    typeof candidate._writeOpenSheetData !== 'function' ||
    typeof candidate._workbook?.sharedStrings?.add !== 'function' ||
    !Array.isArray(candidate._workbook.sharedStrings.values) ||
    typeof candidate._workbook.sharedStrings._totalRefs !== 'number' ||
    typeof candidate._workbook.styles?.addStyleModel !== 'function'
  ) {
    return undefined;
  }
  return candidate as StreamingSheet;
}

/** The row through ExcelJS's row and cell objects: the reference for {@link rowXml}. */
export function writeRowObjects(sheet: Worksheet, rowNumber: number, cells: ReadonlyArray<RowCell | undefined>, rowStyle?: Partial<Style>): void {
  const row = sheet.getRow(rowNumber);
  // ExcelJS 4.4 has `row.style` but leaves it out of its typings.
  if (rowStyle) (row as typeof row & { style: Partial<Style> }).style = rowStyle;
  cells.forEach((cell, index) => {
    if (!cell) return;
    const target = row.getCell(index + 1);
    target.style = cell.style;
    if (cell.value !== null) target.value = cell.value;
  });
  row.commit();
}

/**
 * The XML of a row as ExcelJS's `_writeRow` writes it (`row-xform.js`, `cell-xform.js`), the row then counting
 * as committed: nothing for a row without a value; `spans` over the cells that exist, valued or not; `s` only
 * for a style other than 0; an empty cell without style left out. Before the first row of the sheet, the
 * columns and `<sheetData>` go to the stream, as ExcelJS writes them.
 */
function rowXml(sheet: StreamingSheet, rowNumber: number, cells: ReadonlyArray<RowCell | undefined>, rowStyle: Partial<Style> | undefined): string {
  if (rowNumber < sheet._rowZero) throw new Error(`Row ${rowNumber} was written already: rows go in increasing order (next is ${sheet._rowZero}).`);
  if (!sheet.startedData) {
    sheet._writeColumns();
    sheet._writeOpenSheetData();
    sheet.startedData = true;
  }
  // Rows left out in between are empty, as ExcelJS leaves them.
  sheet._rowZero = rowNumber + 1;
  let first = 0;
  let last = 0;
  let hasValue = false;
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index];
    if (!cell) continue;
    if (first === 0) first = index + 1;
    last = index + 1;
    if (cell.value !== null) hasValue = true;
  }
  if (!hasValue) return '';
  const { styles, sharedStrings } = sheet._workbook;
  const rowStyleId = styles.addStyleModel(rowStyle ?? NO_ROW_STYLE);
  let xml = `<row r="${rowNumber}" spans="${first}:${last}"${rowStyleId ? ` s="${rowStyleId}" customFormat="1"` : ''} x14ac:dyDescent="0.25">`;
  for (let index = first - 1; index < last; index++) {
    const cell = cells[index];
    if (!cell) continue;
    const { value } = cell;
    const type = value === null ? CELL_TYPE.null : typeof value === 'number' ? CELL_TYPE.number : CELL_TYPE.string;
    const styleId = styles.addStyleModel(cell.style, type);
    if (value === null && !styleId) continue;
    const address = columnLetters(index + 1) + rowNumber;
    const style = styleId ? ` s="${styleId}"` : '';
    if (value === null) xml += `<c r="${address}"${style}/>`;
    else if (typeof value === 'number') xml += `<c r="${address}"${style}><v>${value}</v></c>`;
    else xml += `<c r="${address}"${style} t="s"><v>${sharedStrings.add(value)}</v></c>`;
  }
  return xml + '</row>';
}
