import type { Fill, Row, Style, Worksheet } from 'exceljs';
import { LANGS } from '../model/index.js';
import type { ReportSummary, ReportSummaryMessage } from './types.js';
import { cellText, EXCEL_MAX_ROWS, FILLS, shadeRow, TEXT_FORMAT, type WorkbookSink } from './workbook-cells.js';

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
export function addReportSheet(workbook: WorkbookSink, report: ReportSummary, maxRows = EXCEL_MAX_ROWS): void {
  const sheet = workbook.addWorksheet('Report');
  sheet.columns = WIDTHS.map((width) => ({ width }));
  let rowNumber = 1;
  const title = sheet.getRow(rowNumber++);
  title.getCell(1).value = 'tilmash build report';
  title.getCell(1).font = { bold: true, size: 13 };
  title.commit();
  if (report.generated) writeValues(sheet, rowNumber++, ['Generated', report.generated]).commit();
  if (report.corpus) writeValues(sheet, rowNumber++, ['Corpus', report.corpus]).commit();
  rowNumber++;

  header(sheet, rowNumber++, DOCUMENT_HEADER);
  for (const document of report.documents) {
    const count = (severity: string) => document.messages.filter((m) => m.severity === severity).length;
    const row = writeValues(sheet, rowNumber++, [
      document.id,
      document.file,
      document.languages.join(' '),
      ...LANGS.map((lang) => document.sentences?.[lang]),
      document.beads,
      document.candidates,
      document.failed ? 'yes' : 'no',
      count('warning'),
      count('fatal'),
    ]);
    if (document.failed) shadeCells(row, DOCUMENT_HEADER.length, FILLS.fatal);
    row.commit();
  }
  rowNumber++;

  const messages: ReportSummaryMessage[] = [...report.documents.flatMap((d) => d.messages), ...report.messages];
  const messageHeader = rowNumber;
  header(sheet, rowNumber++, MESSAGE_HEADER);
  // Errors first when not all fit: the rows left out should be the least important.
  const room = maxRows - rowNumber;
  const shown = messages.length <= room ? messages : [...messages].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]).slice(0, room - 1);
  for (const message of shown) {
    const row = writeValues(sheet, rowNumber++, [
      message.file,
      message.line,
      message.column,
      message.severity,
      message.ruleId,
      message.source ?? '',
      message.reason,
    ]);
    const fill = message.severity === 'info' ? undefined : message.severity === 'fatal' ? FILLS.fatal : FILLS.warning;
    row.getCell(7).style = sharedStyle(true, true, fill);
    if (fill) shadeCells(row, MESSAGE_HEADER.length, fill);
    row.commit();
  }
  if (messages.length === 0) writeValues(sheet, rowNumber++, ['(no messages)']).commit();
  if (shown.length < messages.length) {
    writeValues(sheet, rowNumber++, [`${messages.length - shown.length} more messages are not shown (a sheet holds ${maxRows} rows); report.json has them all.`]).commit();
  }
  sheet.autoFilter = {
    from: { row: messageHeader, column: 1 },
    to: { row: messageHeader, column: MESSAGE_HEADER.length },
  };
  sheet.commit();
}

function header(sheet: Worksheet, rowNumber: number, titles: readonly string[]): void {
  const row = sheet.getRow(rowNumber);
  // Each header cell keeps a style object of its own: the font and fill below change it in place.
  titles.forEach((title, index) => {
    const cell = row.getCell(index + 1);
    cell.value = cellText(title);
    cell.numFmt = TEXT_FORMAT;
  });
  row.font = { bold: true };
  shadeRow(row, titles.length, FILLS.header);
  row.commit();
}

/** Writes a row: text in Text-formatted cells (a file name or reason starting with `=` stays text), numbers as numbers. */
function writeValues(sheet: Worksheet, rowNumber: number, values: readonly ReportValue[]): Row {
  const row = sheet.getRow(rowNumber);
  values.forEach((value, index) => {
    if (value === null || value === undefined) return;
    const cell = row.getCell(index + 1);
    if (typeof value === 'number') {
      cell.value = value;
    } else {
      cell.value = cellText(value);
      cell.style = sharedStyle(true, false);
    }
  });
  return row;
}

/**
 * Shades the cells of a row from column 1 to `width`, keeping each cell's format and wrapping. Cells get shared
 * style objects: ExcelJS recognises an object it has seen and otherwise serialises it to find its id, which made
 * the Report sheet's tens of thousands of message rows a third of the workbook's writing time.
 */
function shadeCells(row: Row, width: number, fill: Fill): void {
  for (let column = 1; column <= width; column++) {
    const cell = row.getCell(column);
    cell.style = sharedStyle(cell.style?.numFmt === TEXT_FORMAT, cell.style?.alignment?.wrapText === true, fill);
  }
}

const SHARED_STYLES = new Map<string, Partial<Style>>();

/** The one style object of each combination of Text format, wrapping and fill (never changed in place). */
function sharedStyle(text: boolean, wrap: boolean, fill?: Fill): Partial<Style> {
  const key = `${text}|${wrap}|${fill ? JSON.stringify(fill) : ''}`;
  let style = SHARED_STYLES.get(key);
  if (!style) {
    style = {};
    if (text) style.numFmt = TEXT_FORMAT;
    if (wrap) style.alignment = { wrapText: true, vertical: 'top' };
    if (fill) style.fill = fill;
    SHARED_STYLES.set(key, style);
  }
  return style;
}
