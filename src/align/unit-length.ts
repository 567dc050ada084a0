/**
 * Length of a unit for the Gale–Church length model: Unicode code points with runs of white space counted as one,
 * so that PDF spacing damage and double spaces do not count as text.
 */
export function unitLength(text: string): number {
  let length = 0;
  let inSpace = true;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // A surrogate pair is one code point: its second half adds nothing.
    if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
      const previous = text.charCodeAt(index - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) continue;
    }
    const space = code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0;
    if (space) {
      if (!inSpace) length++;
      inSpace = true;
    } else {
      length++;
      inSpace = false;
    }
  }
  return inSpace && length > 0 ? length - 1 : length;
}
