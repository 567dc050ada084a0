import { LANGS } from '../model/index.js';
import type { Glossary } from '../glossary/types.js';
import { addTableSheet, writeRows, type SheetColumn, type WorkbookSink } from './workbook-cells.js';

const UNPAIRED_COLUMNS: readonly SheetColumn[] = [
  { header: 'Term', width: 34, text: true },
  { header: 'Frequency', width: 10, text: false },
  { header: 'Variants', width: 60, text: true },
];

/**
 * Adds a sheet per language ("Unpaired en", "Unpaired kk", "Unpaired ru") with the term candidates that found
 * no partner in another language, most frequent first: where a reviewer looks for terms the aligner missed.
 */
export function addUnpairedSheets(workbook: WorkbookSink, unpaired: Glossary['unpaired']): void {
  for (const lang of LANGS) {
    const sheet = addTableSheet(workbook, `Unpaired ${lang}`, UNPAIRED_COLUMNS);
    const terms = [...(unpaired[lang] ?? [])].sort((a, b) => b.frequency - a.frequency || a.term.localeCompare(b.term));
    writeRows(
      sheet,
      terms.map((term, index) => ({ number: index + 2, values: [term.term, term.frequency, term.variants.join(', ') || null] })),
    );
    sheet.commit();
  }
}
