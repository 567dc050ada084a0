import type { GlossaryEntry } from '../glossary/types.js';
import { EXPORT_SNAPSHOT_SHEET } from './glossary-sheet-columns.js';
import { cellText, TEXT_FORMAT, type WorkbookSink } from './workbook-cells.js';

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
  sheet.columns = EXPORT_SNAPSHOT_HEADER.map(() => ({ style: { numFmt: TEXT_FORMAT } }));
  sheet.addRow([...EXPORT_SNAPSHOT_HEADER]).commit();
  for (const entry of entries) {
    sheet.addRow([
      cellText(entry.id),
      cellText(entry.en?.term),
      cellText(entry.kk?.term),
      cellText(entry.ru?.term),
      entry.status,
      cellText(entry.note),
    ]).commit();
  }
  sheet.commit();
}
