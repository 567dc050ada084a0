/**
 * The export stage: pure renderers from the corpus-wide artefacts (glossary, aligned documents, build report)
 * to the files translators and reviewers use. Each returns a string or bytes; the runner writes them.
 *
 * | file                | renderer                  |
 * |---------------------|---------------------------|
 * | `glossary.xlsx`     | {@link renderGlossaryWorkbook} |
 * | `alignment.tmx`     | {@link renderTmx}         |
 * | `glossary.tbx`      | {@link renderTbxV2} (TBX-Basic, `martif`: what OmegaT, memoQ, Trados read) |
 * | `glossary.v3.tbx`   | {@link renderTbxV3} (TBX v3, TBX-Basic dialect) |
 * | `glossary.csv`      | {@link renderGlossaryCsv} |
 * | `omegat/glossary.<src>-<tgt>.utf8` | {@link renderOmegaTGlossary} |
 */

/** Bump whenever any export's output changes for the same input (part of the cache key). */
export const version = 1;

export type * from './types.js';
export { renderGlossaryWorkbook } from './render-glossary-workbook.js';
export { isMultilingual } from './add-alignment-sheet.js';
export { contentKeyOf, rememberContentKey } from './document-content-key.js';
export { renderTmx, tmxParts, tmxFormat, TMX_CREATION_TOOL } from './render-tmx.js';
export { renderDocumentParts, type DocumentPartsFormat } from './document-parts.js';
export { renderTbxV2 } from './render-tbx-v2.js';
export { renderTbxV3, TBX_V3_NAMESPACE } from './render-tbx-v3.js';
export { tbxConcepts, type TbxConcept } from './tbx-concepts.js';
export { renderGlossaryCsv, GLOSSARY_CSV_HEADER } from './render-glossary-csv.js';
export { renderOmegaTGlossary } from './render-omegat-glossary.js';
export { exportableEntries } from './exportable-entries.js';
export { looksLikeFormula } from './guard-spreadsheet-text.js';
export {
  GLOSSARY_SHEET,
  EXPORT_SNAPSHOT_SHEET,
  GLOSSARY_COLUMNS,
  STATUS_VALUES,
} from './glossary-sheet-columns.js';
