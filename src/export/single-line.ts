import { xmlSafeText } from './xml-safe-text.js';

/**
 * A term or sentence as one line: XML-safe, every run of white space (line breaks, tabs, no-break spaces) one
 * space, trimmed. Terms and segments are matched by CAT tools as single lines, and XML parsers would turn a
 * carriage return into a line feed, so a line break could not survive the round trip anyway.
 */
export function singleLine(text: string): string {
  return xmlSafeText(text).replace(/\s+/g, ' ').trim();
}

/** Multi-line text (a reviewer's note) with its line breaks as XML will read them back: `\n` only. */
export function xmlLines(text: string): string {
  return xmlSafeText(text).replace(/\r\n?/g, '\n').trim();
}
