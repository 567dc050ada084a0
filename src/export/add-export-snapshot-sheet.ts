import type { GlossaryEntry } from '../glossary/types.js';
import { EXPORT_SNAPSHOT_SHEET } from './glossary-sheet-columns.js';
import { cellText, TEXT_FORMAT, type WorkbookSink } from './workbook-cells.js';
import { writeSheetRows } from './sheet-rows.js';

/** The style of every cell of the sheet, shared (see `RowCell`). */
const TEXT_STYLE = { numFmt: TEXT_FORMAT };

/** Header of the snapshot sheet, in order. */
export const EXPORT_SNAPSHOT_HEADER = ['id', 'en', 'kk', 'ru', 'status', 'note'] as const;

/**
 * Adds a very hidden sheet recording, per entry id, the terms, status and note the "Glossary" sheet showed when
 * written. The review import compares each row with it to tell what the reviewer changed (a corrected Kazakh
 * term, a status set back to candidate) from what was merely shown, so that importing a workbook twice, or an
 * older workbook, never overwrites a later decision. Keyed by id, it survives sorting and deleted rows.
 */
export function addExportSnapshotSheet(workbook: WorkbookSink, entries: readonly GlossaryEntry[]): void {
  const sheet = workbook.addWorksheet(EXPORT_SNAPSHOT_SHEET, { state: 'veryHidden' });
  // Text format, so that whatever a tool does on re-save, no value is re-read as a number or formula.
  sheet.columns = EXPORT_SNAPSHOT_HEADER.map(() => ({ style: TEXT_STYLE }));
  const row = (values: readonly string[]) => values.map((value) => ({ value, style: TEXT_STYLE }));
  writeSheetRows(sheet, [
    { number: 1, cells: row(EXPORT_SNAPSHOT_HEADER) },
    ...entries.map((entry, index) => ({
      number: index + 2,
      cells: row([cellText(entry.id), cellText(entry.en?.term), cellText(entry.kk?.term), cellText(entry.ru?.term), entry.status, cellText(entry.note)]),
    })),
  ]);
  sheet.commit();
}
