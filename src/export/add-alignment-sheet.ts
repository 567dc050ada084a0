import { LANGS } from '../model/index.js';
import type { AlignedDocument } from '../align/types.js';
import { beadText } from './bead-text.js';
import { addTableSheet, FILLS, shadeRow, writeRow, type SheetColumn, type WorkbookSink } from './workbook-cells.js';

const ALIGNMENT_COLUMNS: readonly SheetColumn[] = [
  { header: 'Document', width: 24, text: true },
  { header: 'Section', width: 11, text: true },
  { header: 'en', width: 55, text: true },
  { header: 'kk', width: 55, text: true },
  { header: 'ru', width: 55, text: true },
  { header: 'Score', width: 8, text: false, numFmt: '0.000' },
  { header: 'Flags', width: 20, text: true },
];

/**
 * Adds the "Alignment" sheet: one row per bead of every document (unaligned sentences included, with an empty
 * cell for the missing language), with its score and flags; flagged beads are shaded.
 */
export function addAlignmentSheet(workbook: WorkbookSink, documents: readonly AlignedDocument[]): void {
  const sheet = addTableSheet(workbook, 'Alignment', ALIGNMENT_COLUMNS);
  let rowNumber = 2;
  for (const document of documents) {
    for (const section of document.sections) {
      for (const bead of section.beads) {
        const row = writeRow(sheet, rowNumber++, [
          document.id,
          section.kind,
          ...LANGS.map((lang) => beadText(section, bead, lang)),
          Math.round(bead.score * 1000) / 1000,
          bead.flags.join(', ') || null,
        ]);
        if (bead.flags.length > 0) shadeRow(row, ALIGNMENT_COLUMNS.length, FILLS.flagged);
        row.commit();
      }
    }
  }
  sheet.commit();
}
