/**
 * Text that a spreadsheet would read as a formula (or, for tab and carriage return, as a cell break): `=`, `+`,
 * `-`, `@`. Terms come from articles nobody vetted, and `=HYPERLINK("http://x","y")` in a CSV opened in Excel
 * is a live link (the "CSV injection" of OWASP).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet could take `text` for a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * OWASP's guard for CSV cells: a leading apostrophe, which Excel and LibreOffice show as "text follows" and
 * do not evaluate. Only for CSV: the xlsx workbook stores such text as a string in a Text-formatted cell,
 * which keeps the value unchanged (see `render-glossary-workbook.ts`).
 */
export function guardCsvCell(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
