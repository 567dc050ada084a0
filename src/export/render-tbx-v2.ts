import { create } from 'xmlbuilder2';
import type { Glossary } from '../glossary/types.js';
import type { CatGlossaryOptions } from './types.js';
import { tbxConcepts } from './tbx-concepts.js';
import { termNotes } from './tbx-data-categories.js';

/**
 * Renders the glossary as TBX v2, TBX-Basic in the 2008 `martif` style, which OmegaT, memoQ and Trados read
 * (OmegaT rejects TBX v3 outright). One `termEntry` per exportable entry, a `langSet` per language, a `tig` per
 * term; inflected forms of the variant languages (Kazakh by default) follow as extra `tig`s with
 * `termType` `variant`. Rejected entries are left out.
 *
 * No DOCTYPE: CAT tools would try to fetch `TBXBasiccoreStructV02.dtd` and some refuse the file when offline.
 */
export function renderTbxV2(glossary: Glossary, options: CatGlossaryOptions = {}): string {
  const martif = create({ version: '1.0', encoding: 'UTF-8' }).ele('martif', { type: 'TBX-Basic', 'xml:lang': 'en' });
  const header = martif.ele('martifHeader');
  const fileDesc = header.ele('fileDesc');
  fileDesc.ele('titleStmt').ele('title').txt('tilmash trilingual glossary (en, kk, ru)');
  fileDesc.ele('sourceDesc').ele('p').txt('Extracted by tilmash from aligned trilingual journal articles.');
  header.ele('encodingDesc').ele('p', { type: 'XCSURI' }).txt('TBXBasicXCSV02.xcs');
  const body = martif.ele('text').ele('body');
  for (const concept of tbxConcepts(glossary, options)) {
    const termEntry = body.ele('termEntry', { id: concept.xmlId });
    termEntry.ele('note').txt(concept.note);
    for (const language of concept.languages) {
      const langSet = termEntry.ele('langSet', { 'xml:lang': language.lang });
      for (const term of language.terms) {
        const tig = langSet.ele('tig');
        tig.ele('term').txt(term.text);
        for (const [type, value] of termNotes(term, concept.status)) tig.ele('termNote', { type }).txt(value);
        if (!term.variant && language.context) tig.ele('descrip', { type: 'context' }).txt(language.context);
      }
    }
  }
  return martif.end({ prettyPrint: true }) + '\n';
}
