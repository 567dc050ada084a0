import { xmlSafeText } from './xml-safe-text.js';

/**
 * Matches a text that {@link singleLine} changes: white space other than a plain space, a character XML forbids
 * or may forbid (the surrogates of `xmlSafeText`'s pre-test), a leading or trailing space, two spaces in a row.
 */
// eslint-disable-next-line no-control-regex
const NOT_SINGLE_LINE = /[^\S ]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|^ | $| {2}/;

/**
 * A term or sentence as one line: XML-safe, every run of white space (line breaks, tabs, no-break spaces) one
 * space, trimmed. Terms and segments are matched by CAT tools as single lines, and XML parsers would turn a
 * carriage return into a line feed, so a line break could not survive the round trip anyway.
 */
export function singleLine(text: string): string {
  // Most sentences are one line already: one scan tells, where folding would build a new string of each.
  if (!NOT_SINGLE_LINE.test(text)) return text;
  return xmlSafeText(text).replace(/\s+/g, ' ').trim();
}

/** Multi-line text (a reviewer's note) with its line breaks as XML will read them back: `\n` only. */
export function xmlLines(text: string): string {
  return xmlSafeText(text).replace(/\r\n?/g, '\n').trim();
}
