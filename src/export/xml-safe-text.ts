/**
 * Characters XML 1.0 does not allow (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF;
 * lone surrogates). PDF-extracted articles carry stray form feeds and NULs, and one of them makes a TMX, TBX or
 * xlsx file unreadable (OmegaT then drops the whole TMX without a word), so exporters remove them.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Cheap pre-test: almost no text has any of these, and the full pattern's look-arounds cost time on every cell. */
// eslint-disable-next-line no-control-regex
const MAYBE_NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Returns `text` without the characters XML 1.0 forbids. */
export function xmlSafeText(text: string): string {
  return MAYBE_NOT_XML_CHAR.test(text) ? text.replace(NOT_XML_CHAR, '') : text;
}
