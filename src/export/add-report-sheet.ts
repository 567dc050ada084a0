import type { Workbook, Worksheet } from 'exceljs';
import { LANGS } from '../model/index.js';
import type { ReportSummary, ReportSummaryMessage } from './types.js';
import { cellText, FILLS, shadeRow, TEXT_FORMAT, writeRow } from './workbook-cells.js';

const DOCUMENT_HEADER = ['Document', 'File', 'Languages', 'Sentences en', 'Sentences kk', 'Sentences ru', 'Beads', 'Candidates', 'Failed', 'Warnings', 'Fatal'];
const MESSAGE_HEADER = ['File', 'Line', 'Column', 'Severity', 'Rule', 'Stage', 'Reason'];
const WIDTHS = [26, 30, 12, 12, 12, 12, 9, 11, 80, 10, 8];

/**
 * Adds the "Report" sheet: what the build found per document (languages, counts, failures), then every message
 * (the documents' and the corpus-wide ones) as a table with an autofilter, so a reviewer can filter on a rule.
 * Warnings and fatal messages are shaded.
 */
export function addReportSheet(workbook: Workbook, report: ReportSummary): void {
  const sheet = workbook.addWorksheet('Report');
  WIDTHS.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  let rowNumber = 1;
  const title = sheet.getRow(rowNumber++);
  title.getCell(1).value = 'tilmash build report';
  title.getCell(1).font = { bold: true, size: 13 };
  if (report.generated) writeTextRow(sheet, rowNumber++, ['Generated', report.generated]);
  if (report.corpus) writeTextRow(sheet, rowNumber++, ['Corpus', report.corpus]);
  rowNumber++;

  header(sheet, rowNumber++, DOCUMENT_HEADER);
  for (const document of report.documents) {
    const count = (severity: string) => document.messages.filter((m) => m.severity === severity).length;
    const row = writeTextRow(sheet, rowNumber++, [document.id, document.file, document.languages.join(' ')]);
    writeNumbers(sheet, row.number, 4, [
      ...LANGS.map((lang) => document.sentences?.[lang] ?? null),
      document.beads ?? null,
      document.candidates ?? null,
    ]);
    row.getCell(9).value = document.failed ? 'yes' : 'no';
    writeNumbers(sheet, row.number, 10, [count('warning'), count('fatal')]);
    if (document.failed) shadeRow(row, DOCUMENT_HEADER.length, FILLS.fatal);
  }
  rowNumber++;

  const messages: ReportSummaryMessage[] = [...report.documents.flatMap((d) => d.messages), ...report.messages];
  const messageHeader = rowNumber;
  header(sheet, rowNumber++, MESSAGE_HEADER);
  for (const message of messages) {
    const row = writeTextRow(sheet, rowNumber++, [message.file]);
    writeNumbers(sheet, row.number, 2, [message.line ?? null, message.column ?? null]);
    writeTextCells(sheet, row.number, 4, [message.severity, message.ruleId, message.source ?? '', message.reason]);
    row.getCell(7).alignment = { wrapText: true, vertical: 'top' };
    if (message.severity !== 'info') shadeRow(row, MESSAGE_HEADER.length, message.severity === 'fatal' ? FILLS.fatal : FILLS.warning);
  }
  if (messages.length === 0) writeTextRow(sheet, rowNumber++, ['(no messages)']);
  sheet.autoFilter = {
    from: { row: messageHeader, column: 1 },
    to: { row: messageHeader, column: MESSAGE_HEADER.length },
  };
}

function header(sheet: Worksheet, rowNumber: number, titles: readonly string[]): void {
  const row = writeTextRow(sheet, rowNumber, titles);
  row.font = { bold: true };
  shadeRow(row, titles.length, FILLS.header);
}

function writeTextRow(sheet: Worksheet, rowNumber: number, texts: readonly string[]) {
  writeTextCells(sheet, rowNumber, 1, texts);
  return sheet.getRow(rowNumber);
}

/** Free text in Text-formatted cells: a file name or reason starting with `=` stays text when edited. */
function writeTextCells(sheet: Worksheet, rowNumber: number, firstColumn: number, texts: readonly string[]): void {
  const row = sheet.getRow(rowNumber);
  texts.forEach((text, index) => {
    const cell = row.getCell(firstColumn + index);
    cell.value = cellText(text);
    cell.numFmt = TEXT_FORMAT;
  });
}

function writeNumbers(sheet: Worksheet, rowNumber: number, firstColumn: number, values: ReadonlyArray<number | null>): void {
  writeRow(sheet, rowNumber, [...Array<null>(firstColumn - 1).fill(null), ...values]);
}
