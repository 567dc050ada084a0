import { LANGS } from '../model/index.js';
import type { AlignedDocument, AlignedSection } from '../align/types.js';
import { beadText } from './bead-text.js';
import { addTableSheet, EXCEL_MAX_ROWS, FILLS, writeRow, writeRows, type SheetColumn, type TableRow, type WorkbookSink } from './workbook-cells.js';

const ALIGNMENT_COLUMNS: readonly SheetColumn[] = [
  { header: 'Document', width: 24, text: true },
  { header: 'Section', width: 11, text: true },
  { header: 'en', width: 55, text: true },
  { header: 'kk', width: 55, text: true },
  { header: 'ru', width: 55, text: true },
  { header: 'Score', width: 8, text: false, numFmt: '0.000' },
  { header: 'Flags', width: 20, text: true },
];

/** Whether a section has sentences in two or more languages, so that it has an alignment to show. */
export function isMultilingual(section: AlignedSection): boolean {
  return LANGS.filter((lang) => section.sentences[lang].length > 0).length >= 2;
}

/**
 * Sections with sentences in two or more languages: the ones that have an alignment to review. A section in
 * one language only (the English body of most articles, a reference list) would fill the sheet with rows that
 * pair nothing; alignment.json has them.
 */
function alignedSections(document: AlignedDocument): AlignedDocument['sections'] {
  return document.sections.filter(isMultilingual);
}

/**
 * Adds the "Alignment" sheet: one row per bead of every section that has two or more languages (unaligned
 * sentences included, with an empty cell for the missing language), with its score and flags; flagged beads
 * are shaded. A corpus with more beads
 * than a sheet has rows (`maxRows`, Excel's limit by default) ends with a row saying how many were left out:
 * they are all in alignment.tmx and alignment.json.
 */
export function addAlignmentSheet(workbook: WorkbookSink, documents: readonly AlignedDocument[], maxRows = EXCEL_MAX_ROWS): void {
  const sheet = addTableSheet(workbook, 'Alignment', ALIGNMENT_COLUMNS);
  const total = documents.reduce((n, d) => n + alignedSections(d).reduce((m, s) => m + s.beads.length, 0), 0);
  // The header takes a row; keep one for the note when not everything fits.
  const shown = total <= maxRows - 1 ? total : maxRows - 2;
  writeRows(sheet, beadRows(documents, shown));
  if (shown < total) {
    writeRow(sheet, shown + 2, [`${total - shown} more beads are not shown (a sheet holds ${maxRows} rows); alignment.tmx and alignment.json have them all.`]);
  }
  sheet.commit();
}

/** The rows of the first `shown` beads, from row 2 on. */
function* beadRows(documents: readonly AlignedDocument[], shown: number): Generator<TableRow> {
  let rowNumber = 2;
  for (const document of documents) {
    for (const section of alignedSections(document)) {
      for (const bead of section.beads) {
        if (rowNumber - 1 > shown) return;
        yield {
          number: rowNumber++,
          values: [
            document.id,
            section.kind,
            ...LANGS.map((lang) => beadText(section, bead, lang)),
            Math.round(bead.score * 1000) / 1000,
            bead.flags.join(', ') || null,
          ],
          fill: bead.flags.length > 0 ? FILLS.flagged : undefined,
        };
      }
    }
  }
}
