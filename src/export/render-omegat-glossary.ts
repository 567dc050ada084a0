import type { Lang } from '../model/index.js';
import type { Glossary } from '../glossary/types.js';
import type { CatGlossaryOptions } from './types.js';
import { catTerms } from './cat-terms.js';
import { exportableEntries } from './exportable-entries.js';

/**
 * Renders OmegaT's tab-separated glossary format, `source<TAB>target<TAB>comment` per line, for one language
 * pair (save it as `*.utf8` in the project's `glossary/` folder, which OmegaT reads as UTF-8). OmegaT matches
 * the source column against the text, so when the source language is a variant language (Kazakh by default)
 * each inflected form gets a line of its own, with the same target and a comment naming the dictionary form.
 * Entries lacking either language, and rejected entries, are left out.
 */
export function renderOmegaTGlossary(
  glossary: Glossary,
  pair: { source: Lang; target: Lang } = { source: 'en', target: 'kk' },
  options: CatGlossaryOptions = {},
): string {
  const lines: string[] = [];
  for (const entry of exportableEntries(glossary)) {
    const sources = catTerms(entry, pair.source, options);
    const target = catTerms(entry, pair.target, { ...options, variantLangs: [] })[0];
    if (sources.length === 0 || !target) continue;
    const status = entry.status === 'approved' ? 'approved' : 'candidate';
    const note = entry.note ? ` ${tsvField(entry.note)}` : '';
    for (const source of sources) {
      const comment = source.variant ? `${status}; form of "${sources[0].text}"` : `${status}${note ? ';' + note : ''}`;
      lines.push([tsvField(source.text), tsvField(target.text), comment].join('\t'));
    }
  }
  return lines.map((line) => line + '\n').join('');
}

/** Tabs and line breaks would split the line; OmegaT has no escape for them. */
function tsvField(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}
