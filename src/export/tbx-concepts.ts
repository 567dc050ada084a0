import { LANGS, type Lang } from '../model/index.js';
import type { EntryStatus, Glossary } from '../glossary/types.js';
import type { CatGlossaryOptions } from './types.js';
import { catTerms, type CatTerm } from './cat-terms.js';
import { exportableEntries } from './exportable-entries.js';
import { entryNote } from './tbx-data-categories.js';
import { xmlIds } from './xml-id.js';
import { singleLine, xmlLines } from './single-line.js';

/** One glossary entry as both TBX versions render it; only the element names differ between them. */
export interface TbxConcept {
  xmlId: string;
  status: Exclude<EntryStatus, 'rejected'>;
  note: string;
  languages: Array<{ lang: Lang; terms: CatTerm[]; context: string | null }>;
}

/** The concepts of the exportable (not rejected) entries that have a term in at least one language. */
export function tbxConcepts(glossary: Glossary, options: CatGlossaryOptions = {}): TbxConcept[] {
  const entries = exportableEntries(glossary);
  const ids = xmlIds(entries.map((entry) => entry.id));
  const concepts: TbxConcept[] = [];
  entries.forEach((entry, index) => {
    const languages = LANGS.map((lang) => {
      const example = entry.examples.find((e) => e[lang] !== null && singleLine(e[lang]!).length > 0);
      return {
        lang,
        terms: catTerms(entry, lang, options),
        context: example ? singleLine(example[lang]!) : null,
      };
    }).filter((language) => language.terms.length > 0);
    if (languages.length === 0) return;
    concepts.push({
      xmlId: ids[index],
      status: entry.status as Exclude<EntryStatus, 'rejected'>,
      note: xmlLines(entryNote(entry)),
      languages,
    });
  });
  return concepts;
}
