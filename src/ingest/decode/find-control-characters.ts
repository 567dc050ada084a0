/** Control characters in a text, with where the first few are. */
export interface ControlCharacters {
  count: number;
  nul: number;
  /** UTF-16 offsets of the first control characters (at most `limit`). */
  offsets: number[];
}

/**
 * Finds C0 and C1 control characters other than the layout ones a text file may hold: tab, line feed,
 * vertical tab (Word's manual line break when text is copied out), form feed (page breaks in text extracted
 * from PDF) and carriage return. DEL counts as control. Text editors do not write the others, so many of
 * them mean binary data, a few mean damage worth a warning.
 */
export function findControlCharacters(text: string, limit = 10): ControlCharacters {
  let count = 0;
  let nul = 0;
  const offsets: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isStrayControl(code)) continue;
    count += 1;
    if (code === 0) nul += 1;
    if (offsets.length < limit) offsets.push(index);
  }
  return { count, nul, offsets };
}

/** True for a control character that is not tab, line feed, vertical tab, form feed or carriage return. */
export function isStrayControl(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d;
  return code === 0x7f || (code >= 0x80 && code <= 0x9f);
}
