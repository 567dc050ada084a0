import type { Fill, Style, Worksheet } from 'exceljs';
import { LANGS } from '../model/index.js';
import type { ReportSummary, ReportSummaryMessage } from './types.js';
import { cellText, EXCEL_MAX_ROWS, FILLS, shadedStyle, TEXT_FORMAT, type WorkbookSink } from './workbook-cells.js';
import { writeSheetRow, writeSheetRowsInTurns, type RowCell, type SheetRow } from './sheet-rows.js';

const DOCUMENT_HEADER = ['Document', 'File', 'Languages', 'Sentences en', 'Sentences kk', 'Sentences ru', 'Beads', 'Candidates', 'Failed', 'Warnings', 'Fatal'];
const MESSAGE_HEADER = ['File', 'Line', 'Column', 'Severity', 'Rule', 'Stage', 'Reason'];
const WIDTHS = [26, 30, 12, 12, 12, 12, 9, 11, 80, 10, 8];

const SEVERITY_ORDER = { fatal: 0, warning: 1, info: 2 } as const;

/** A cell value of the Report sheet: text (Text-formatted, so it stays text when edited), a number, or nothing. */
type ReportValue = string | number | null | undefined;

/**
 * Adds the "Report" sheet: what the build found per document (languages, counts, failures), then every message
 * (the documents' and the corpus-wide ones) as a table with an autofilter, so a reviewer can filter on a rule.
 * Failed documents, warnings and fatal messages are shaded. Rows are written and committed top to bottom.
 */
export async function addReportSheet(workbook: WorkbookSink, report: ReportSummary, maxRows = EXCEL_MAX_ROWS): Promise<void> {
  const sheet = workbook.addWorksheet('Report');
  sheet.columns = WIDTHS.map((width) => ({ width }));
  let rowNumber = 1;
  writeSheetRow(sheet, rowNumber++, [{ value: 'tilmash build report', style: TITLE_STYLE }]);
  if (report.generated) writeValues(sheet, rowNumber++, ['Generated', report.generated]);
  if (report.corpus) writeValues(sheet, rowNumber++, ['Corpus', report.corpus]);
  rowNumber++;

  header(sheet, rowNumber++, DOCUMENT_HEADER);
  const documentRows = report.documents.map((document, index): SheetRow => {
    let warnings = 0;
    let fatal = 0;
    for (const message of document.messages) {
      if (message.severity === 'warning') warnings++;
      else if (message.severity === 'fatal') fatal++;
    }
    const values = [
      document.id,
      document.file,
      document.languages.join(' '),
      ...LANGS.map((lang) => document.sentences?.[lang]),
      document.beads,
      document.candidates,
      document.failed ? 'yes' : 'no',
      warnings,
      fatal,
    ];
    return { number: rowNumber + index, cells: valueCells(values, { fill: document.failed ? FILLS.fatal : undefined, width: DOCUMENT_HEADER.length }) };
  });
  await writeSheetRowsInTurns(sheet, documentRows);
  rowNumber += documentRows.length;
  rowNumber++;

  const messages: ReportSummaryMessage[] = [...report.documents.flatMap((d) => d.messages), ...report.messages];
  const messageHeader = rowNumber;
  header(sheet, rowNumber++, MESSAGE_HEADER);
  // Errors first when not all fit: the rows left out should be the least important.
  const room = maxRows - rowNumber;
  const shown = messages.length <= room ? messages : [...messages].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]).slice(0, room - 1);
  await writeSheetRowsInTurns(sheet, messageRows(shown, rowNumber));
  rowNumber += shown.length;
  if (messages.length === 0) writeValues(sheet, rowNumber++, ['(no messages)']);
  if (shown.length < messages.length) {
    writeValues(sheet, rowNumber++, [`${messages.length - shown.length} more messages are not shown (a sheet holds ${maxRows} rows); report.json has them all.`]);
  }
  sheet.autoFilter = {
    from: { row: messageHeader, column: 1 },
    to: { row: messageHeader, column: MESSAGE_HEADER.length },
  };
  sheet.commit();
}

/** The title's style: bold and larger. */
const TITLE_STYLE: Partial<Style> = { font: { bold: true, size: 13 } };
/** The style of a header row, whose cells are bold, Text-formatted and shaded. */
const HEADER_ROW_STYLE: Partial<Style> = { font: { bold: true } };
const HEADER_CELL_STYLE: Partial<Style> = { numFmt: TEXT_FORMAT, font: { bold: true }, fill: FILLS.header };
/** A number cell without shading: style 0, "General". */
const NUMBER_STYLE: Partial<Style> = {};
/** A text cell, and a wrapped one (the messages' reasons). */
const TEXT_STYLE: Partial<Style> = { numFmt: TEXT_FORMAT };
const WRAPPED_TEXT_STYLE: Partial<Style> = { numFmt: TEXT_FORMAT, alignment: { wrapText: true, vertical: 'top' } };

function header(sheet: Worksheet, rowNumber: number, titles: readonly string[]): void {
  writeSheetRow(
    sheet,
    rowNumber,
    titles.map((title) => ({ value: cellText(title), style: HEADER_CELL_STYLE })),
    HEADER_ROW_STYLE,
  );
}

/** The rows of the messages, from row `first` on; warnings and fatal messages are shaded. */
function* messageRows(messages: readonly ReportSummaryMessage[], first: number): Generator<SheetRow> {
  let rowNumber = first;
  for (const message of messages) {
    const fill = message.severity === 'info' ? undefined : message.severity === 'fatal' ? FILLS.fatal : FILLS.warning;
    const values = [message.file, message.line, message.column, message.severity, message.ruleId, message.source ?? '', message.reason];
    // The reason is long: wrapped.
    yield { number: rowNumber++, cells: valueCells(values, { fill, width: MESSAGE_HEADER.length, wrapLast: true }) };
  }
}

/** Writes a row of values (see {@link valueCells}). */
function writeValues(sheet: Worksheet, rowNumber: number, values: readonly ReportValue[]): void {
  writeSheetRow(sheet, rowNumber, valueCells(values));
}

/**
 * The cells of a row: text in Text-formatted cells (a file name or reason starting with `=` stays text),
 * numbers as numbers, nothing for null or undefined. A shaded row has a cell, empty or not, in each of its
 * `width` columns, each keeping its format. With `wrapLast`, the last column's text is wrapped.
 */
function valueCells(values: readonly ReportValue[], options: { fill?: Fill; width?: number; wrapLast?: boolean } = {}): Array<RowCell | undefined> {
  const { fill, wrapLast = false } = options;
  const width = fill ? Math.max(values.length, options.width ?? 0) : values.length;
  // Shared style objects, shaded through `shadedStyle`: ExcelJS recognises an object it has seen and otherwise
  // serialises it to find its id, which made the sheet's tens of thousands of message rows a third of the
  // workbook's writing time.
  const styled = (style: Partial<Style>) => (fill ? shadedStyle(style, fill) : style);
  const cells: Array<RowCell | undefined> = [];
  for (let index = 0; index < width; index++) {
    const value = values[index];
    const wrap = wrapLast && index === values.length - 1;
    if (typeof value === 'number') cells.push({ value, style: styled(NUMBER_STYLE) });
    else if (typeof value === 'string') cells.push({ value: cellText(value), style: styled(wrap ? WRAPPED_TEXT_STYLE : TEXT_STYLE) });
    else if (fill || wrap) cells.push({ value: null, style: styled(wrap ? WRAPPED_TEXT_STYLE : NUMBER_STYLE) });
    else cells.push(undefined);
  }
  return cells;
}
