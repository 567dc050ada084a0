import type { Bead, Lang } from '../model/index.js';
import type { AlignedSection } from '../align/types.js';
import { singleLine } from './single-line.js';

/**
 * The text of a bead in one language: its sentences' texts joined with a space, or `null` when the bead has no
 * sentence in that language, as one line (see {@link singleLine}: a hard-wrapped source line must not split a
 * segment). Indices outside the section are skipped rather than thrown on: a damaged artefact should still
 * export what it can.
 */
export function beadText(section: AlignedSection, bead: Bead, lang: Lang): string | null {
  let text = '';
  for (const index of bead[lang]) {
    const sentence = section.sentences[lang][index];
    const line = sentence ? singleLine(sentence.text) : '';
    if (line.length > 0) text = text.length > 0 ? `${text} ${line}` : line;
  }
  return text.length > 0 ? text : null;
}
