import type { Worksheet } from 'exceljs';
import { LANGS, type Lang } from '../model/index.js';
import type { GlossaryEntry } from '../glossary/types.js';
import { GLOSSARY_COLUMNS, GLOSSARY_SHEET, STATUS_VALUES, type GlossaryColumnKey } from './glossary-sheet-columns.js';
import { addTableSheet, FILLS, writeRows, type WorkbookSink } from './workbook-cells.js';

/** ExcelJS 4.4 has `worksheet.dataValidations` but leaves it out of its typings. */
interface DataValidationsSheet {
  dataValidations: {
    add(address: string, validation: {
      type: 'list';
      allowBlank: boolean;
      formulae: string[];
      showErrorMessage: boolean;
      errorStyle: 'stop' | 'warning' | 'information';
      errorTitle: string;
      error: string;
      showInputMessage: boolean;
      promptTitle: string;
      prompt: string;
    }): void;
  };
}

/** The "Glossary" sheet with its header only: added first, so that it is the workbook's first sheet (see {@link fillGlossarySheet}). */
export function startGlossarySheet(workbook: WorkbookSink): Worksheet {
  return addTableSheet(workbook, GLOSSARY_SHEET, GLOSSARY_COLUMNS, { tabColor: 'FF4472C4' });
}

/**
 * Writes the "Glossary" sheet's rows into a sheet from {@link startGlossarySheet}, and commits it: one row per
 * entry (rejected ones included, so the reviewer sees and can revert them), with the review columns Status (a
 * drop-down added once for the whole range) and Reviewer note filled from earlier decisions. Rows whose score is
 * below `lowScore` are shaded.
 */
export function fillGlossarySheet(sheet: Worksheet, entries: readonly GlossaryEntry[], lowScore: number): void {
  writeRows(
    sheet,
    entries.map((entry, index) => ({
      number: index + 2,
      values: GLOSSARY_COLUMNS.map((column) => glossaryCell(entry, column.key)),
      fill: entry.score < lowScore ? FILLS.lowScore : undefined,
    })),
  );
  const statusColumn = columnLetter(GLOSSARY_COLUMNS.findIndex((c) => c.key === 'status') + 1);
  const lastRow = Math.max(2, entries.length + 1);
  (sheet as Worksheet & DataValidationsSheet).dataValidations.add(`${statusColumn}2:${statusColumn}${lastRow}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${STATUS_VALUES.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Status',
    error: `Choose one of: ${STATUS_VALUES.join(', ')}.`,
    showInputMessage: true,
    promptTitle: 'Status',
    prompt: 'approved: keep (survives rebuilds); rejected: leave out of the exports; candidate: undecided.',
  });
  addStatusFormatting(sheet, statusColumn, lastRow);
  sheet.commit();
}

/**
 * Shows each row's decision as the reviewer makes it: an approved row's Status cell turns green, a rejected
 * row is greyed and struck through. Conditional formats follow the Status cell, so they stay right after
 * sorting and filtering, unlike fills written once.
 */
function addStatusFormatting(sheet: Worksheet, statusColumn: string, lastRow: number): void {
  const lastColumn = columnLetter(GLOSSARY_COLUMNS.length);
  sheet.addConditionalFormatting({
    ref: `${statusColumn}2:${statusColumn}${lastRow}`,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`$${statusColumn}2="approved"`],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } }, font: { color: { argb: 'FF006100' } } },
      },
    ],
  });
  sheet.addConditionalFormatting({
    ref: `A2:${lastColumn}${lastRow}`,
    rules: [
      {
        type: 'expression',
        priority: 2,
        formulae: [`$${statusColumn}2="rejected"`],
        style: { font: { color: { argb: 'FF808080' }, strike: true } },
      },
    ],
  });
}

/** A1-style letter of a 1-based column number (the streaming writer has no `getColumn(n).letter` for us). */
function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function glossaryCell(entry: GlossaryEntry, key: GlossaryColumnKey): string | number | null {
  switch (key) {
    case 'status':
      return entry.status;
    case 'note':
      return entry.note ?? null;
    case 'score':
      return Math.round(entry.score * 1000) / 1000;
    case 'frequency':
      return frequency(entry);
    case 'documents':
      return entry.documents.join(', ');
    case 'id':
      return entry.id;
  }
  const [kind, lang] = key.split('-') as ['term' | 'variants' | 'example', Lang];
  if (kind === 'term') return entry[lang]?.term ?? null;
  if (kind === 'variants') return entry[lang]?.variants.join(', ') ?? null;
  return entry.examples.find((example) => example[lang])?.[lang] ?? null;
}

/** The entry's frequency: its most frequent language's count (the languages count inflected forms alike). */
function frequency(entry: GlossaryEntry): number {
  return Math.max(0, ...LANGS.map((lang) => entry[lang]?.frequency ?? 0));
}
