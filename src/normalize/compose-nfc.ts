import type { Edit, MappedText } from './mapped-text.js';
import { applyEdits } from './mapped-text.js';

/**
 * Unicode NFC, cluster by cluster so the offset map survives: a base letter with its combining marks
 * (`и` + U+0306 → `й`, `е` + U+0308 → `ё`) becomes the composed letter, mapped to the base letter's offset.
 */
export function composeNfc(mapped: MappedText): MappedText {
  const { text } = mapped;
  if (text.normalize('NFC') === text) return mapped;
  const edits: Edit[] = [];
  const cluster = /\P{M}\p{M}+/gu;
  for (let match = cluster.exec(text); match; match = cluster.exec(text)) {
    const composed = match[0].normalize('NFC');
    if (composed !== match[0]) edits.push({ start: match.index, end: match.index + match[0].length, insert: composed });
  }
  // Singletons that NFC rewrites without marks (e.g. U+212A KELVIN SIGN → K).
  const rest = applyEdits(mapped, edits);
  if (rest.text.normalize('NFC') === rest.text) return rest;
  const more: Edit[] = [];
  for (let i = 0; i < rest.text.length; i++) {
    const unit = rest.text.codePointAt(i)!;
    const ch = String.fromCodePoint(unit);
    const nfc = ch.normalize('NFC');
    if (nfc !== ch) more.push({ start: i, end: i + ch.length, insert: nfc });
    if (ch.length === 2) i++;
  }
  return applyEdits(rest, more);
}
