import { LANGS } from '../model/index.js';
import type { Glossary } from '../glossary/types.js';
import type { CatGlossaryOptions } from './types.js';
import { catTerms } from './cat-terms.js';
import { exportableEntries } from './exportable-entries.js';
import { guardCsvCell } from './guard-spreadsheet-text.js';
import { xmlSafeText } from './xml-safe-text.js';

/** Header row of `glossary.csv`. */
export const GLOSSARY_CSV_HEADER = [
  'en',
  'kk',
  'ru',
  'en variants',
  'kk variants',
  'ru variants',
  'status',
  'note',
  'id',
] as const;

/** Separator of several forms inside one CSV cell (memoQ and Trados import it as the synonym separator). */
export const CSV_VARIANT_SEPARATOR = '; ';

/**
 * Renders the exportable (not rejected) entries as CSV for CAT glossary import: RFC 4180 (comma, CRLF, fields
 * quoted when needed), UTF-8 with a byte-order mark so that Excel opens the Cyrillic correctly, one header row,
 * one row per entry. The "variants" columns list the inflected forms of the variant languages (Kazakh by
 * default) that exact-match CAT tools need. Cells that a spreadsheet would evaluate get a leading apostrophe.
 */
export function renderGlossaryCsv(glossary: Glossary, options: CatGlossaryOptions & { bom?: boolean } = {}): string {
  const lines = [GLOSSARY_CSV_HEADER.map(csvField).join(',')];
  for (const entry of exportableEntries(glossary)) {
    const terms = LANGS.map((lang) => catTerms(entry, lang, options));
    const row = [
      ...terms.map((list) => list.find((t) => !t.variant)?.text ?? ''),
      ...terms.map((list) =>
        list
          .filter((t) => t.variant)
          .map((t) => t.text)
          .join(CSV_VARIANT_SEPARATOR),
      ),
      entry.status,
      xmlSafeText(entry.note ?? ''),
      entry.id,
    ];
    lines.push(row.map((cell) => csvField(guardCsvCell(cell))).join(','));
  }
  return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
