import { GLOSSARY_SHEET } from './glossary-sheet-columns.js';
import type { WorkbookSink } from './workbook-cells.js';

/** What a reviewer who gets the workbook by e-mail needs to know, one line per row. */
const LINES: ReadonlyArray<readonly [string, string]> = [
  ['How to review this glossary', ''],
  ['Status', `On the "${GLOSSARY_SHEET}" sheet, choose approved, rejected or candidate (undecided) from the drop-down.`],
  ['', 'approved: the entry stays in the glossary in every rebuild, even if the articles no longer support it.'],
  ['', 'rejected: the entry is left out of the translators\u2019 files (TBX, CSV); tilmash remembers the decision.'],
  ['Corrections', 'Correct a wrong term in place, in its "en term", "kk term" or "ru term" cell; empty the cell if the language has no term.'],
  ['Reviewer note', 'Anything for the next reviewer or the translators; it comes back in the next workbook.'],
  ['New terms', 'Add a row below the others with the terms in two or three languages, no entry id, and the status approved.'],
  ['Entry id', 'Do not change it: it ties the row to its glossary entry.'],
  ['Free to do', 'Sort, filter, hide or move columns, add columns or sheets, delete rows (a deleted row is not a decision).'],
  ['Feeding it back', 'Save as .xlsx and run: tilmash review import glossary.xlsx --corpus <corpus folder>; then tilmash build.'],
  ['Other sheets', 'Alignment: every aligned sentence; Unpaired en/kk/ru: terms without a counterpart; Report: what the build found.'],
];

/** Adds the "How to review" sheet, after the others, so that the workbook opens on the Glossary sheet. */
export function addInstructionsSheet(workbook: WorkbookSink): void {
  const sheet = workbook.addWorksheet('How to review');
  sheet.columns = [{ width: 18 }, { width: 110, style: { alignment: { wrapText: true, vertical: 'top' } } }];
  LINES.forEach(([label, text], index) => {
    const row = sheet.getRow(index + 1);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true, ...(index === 0 ? { size: 13 } : {}) };
    if (text) row.getCell(2).value = text;
    row.commit();
  });
  sheet.commit();
}
