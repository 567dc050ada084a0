/**
 * Length of a unit for the Gale–Church length model: Unicode code points with runs of white space counted as one,
 * so that PDF spacing damage and double spaces do not count as text.
 */
export function unitLength(text: string): number {
  let length = 0;
  let inSpace = true;
  for (const ch of text) {
    const space = ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
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
