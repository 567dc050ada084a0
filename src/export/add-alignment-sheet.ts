import { createHash } from 'node:crypto';
import type { Worksheet } from 'exceljs';
import { LANGS } from '../model/index.js';
import type { AlignedDocument, AlignedSection } from '../align/types.js';
import { beadText } from './bead-text.js';
import { contentKeyOf } from './document-content-key.js';
import { replaySheetRows, styleIds } from './sheet-rows.js';
import type { AlignmentRowsCache } from './types.js';
import {
  addTableSheet,
  columnStyles,
  EXCEL_MAX_ROWS,
  FILLS,
  shadedStyle,
  writeRow,
  writeRowsInTurns,
  writeRowsRecorded,
  type SheetColumn,
  type TableRow,
  type WorkbookSink,
} from './workbook-cells.js';

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

/** Bump whenever the rows written for the same documents change (part of the cache key). */
const ALIGNMENT_ROWS_VERSION = 1;

/**
 * Adds the "Alignment" sheet: one row per bead of every section that has two or more languages (unaligned
 * sentences included, with an empty cell for the missing language), with its score and flags; flagged beads
 * are shaded. A corpus with more beads
 * than a sheet has rows (`maxRows`, Excel's limit by default) ends with a row saying how many were left out:
 * they are all in alignment.tmx and alignment.json.
 *
 * With a `cache`, the rows written are kept, and written again as they were when the documents (by
 * `contentKeyOf`), the styles and the shared strings before them are the same: a rebuild after a review, where
 * no document changed, neither reads the documents nor renders their hundreds of thousands of rows. Call it
 * before any other sheet adds shared strings, so that theirs (the glossary's) cannot change the rows' numbers.
 */
export async function addAlignmentSheet(
  workbook: WorkbookSink,
  documents: readonly AlignedDocument[],
  maxRows = EXCEL_MAX_ROWS,
  cache?: AlignmentRowsCache,
): Promise<void> {
  const sheet = addTableSheet(workbook, 'Alignment', ALIGNMENT_COLUMNS);
  const key = cache ? rowsKey(sheet, documents, maxRows) : null;
  const cached = key ? await cache!.get(key) : null;
  if (!cached || !(await replaySheetRows(sheet, cached))) {
    const total = documents.reduce((n, d) => n + alignedSections(d).reduce((m, s) => m + s.beads.length, 0), 0);
    // The header takes a row; keep one for the note when not everything fits.
    const shown = total <= maxRows - 1 ? total : maxRows - 2;
    if (key) {
      const recorded = await writeRowsRecorded(sheet, beadRows(documents, shown));
      if (shown < total) writeRow(sheet, shown + 2, [omittedNote(total - shown, maxRows)]);
      if (recorded && shown === total) await cache!.set(key, recorded);
    } else {
      await writeRowsInTurns(sheet, beadRows(documents, shown));
      if (shown < total) writeRow(sheet, shown + 2, [omittedNote(total - shown, maxRows)]);
    }
  }
  sheet.commit();
}

function omittedNote(omitted: number, maxRows: number): string {
  return `${omitted} more beads are not shown (a sheet holds ${maxRows} rows); alignment.tmx and alignment.json have them all.`;
}

/**
 * What the rows depend on: the documents' content in order, the row limit, the style ids of the cells (registered
 * here, so that they do not depend on which rows come first) and the shared strings before the rows. Null when the
 * sheet is not a streaming one (nothing is kept then).
 */
function rowsKey(sheet: Worksheet, documents: readonly AlignedDocument[], maxRows: number): string | null {
  const styles = columnStyles(sheet);
  const ids = styleIds(sheet, [...styles, ...styles.map((style) => shadedStyle(style, FILLS.flagged))]);
  const strings = (sheet as unknown as { _workbook?: { sharedStrings?: { values?: unknown } } })._workbook?.sharedStrings?.values;
  if (!ids || !Array.isArray(strings)) return null;
  const hash = createHash('sha256');
  hash.update(`alignment rows ${ALIGNMENT_ROWS_VERSION} ${maxRows} ${ids.join(',')}\u0000`);
  hash.update(`${JSON.stringify(strings)}\u0000`);
  for (const document of documents) hash.update(`${contentKeyOf(document)}\u0000`);
  return hash.digest('hex');
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
