import type { Glossary } from '../glossary/types.js';
import type { CatGlossaryOptions } from './types.js';
import { tbxConcepts, type TbxConcept } from './tbx-concepts.js';
import { termNotes } from './tbx-data-categories.js';
import { renderXmlDocument, type XmlElement } from './xml-document.js';

/**
 * Renders the glossary as TBX v2, TBX-Basic in the 2008 `martif` style, which OmegaT, memoQ and Trados read
 * (OmegaT rejects TBX v3 outright). One `termEntry` per exportable entry, a `langSet` per language, a `tig` per
 * term; inflected forms of the variant languages (Kazakh by default) follow as extra `tig`s with
 * `termType` `variant`. Rejected entries are left out.
 *
 * No DOCTYPE: CAT tools would try to fetch `TBXBasiccoreStructV02.dtd` and some refuse the file when offline.
 * `concepts` are the glossary's (`tbxConcepts`, with the same options) when the caller has them already: both
 * TBX versions render the same ones.
 */
export function renderTbxV2(glossary: Glossary, options: CatGlossaryOptions = {}, concepts: readonly TbxConcept[] = tbxConcepts(glossary, options)): string {
  return renderXmlDocument('martif', {
    '@_type': 'TBX-Basic',
    '@_xml:lang': 'en',
    martifHeader: {
      fileDesc: {
        titleStmt: { title: { '#text': 'tilmash trilingual glossary (en, kk, ru)' } },
        sourceDesc: { p: { '#text': 'Extracted by tilmash from aligned trilingual journal articles.' } },
      },
      encodingDesc: { p: { '@_type': 'XCSURI', '#text': 'TBXBasicXCSV02.xcs' } },
    },
    text: { body: concepts.length > 0 ? { termEntry: concepts.map(termEntry) } : {} },
  });
}

function termEntry(concept: TbxConcept): XmlElement {
  return {
    '@_id': concept.xmlId,
    note: { '#text': concept.note },
    langSet: concept.languages.map((language) => ({
      '@_xml:lang': language.lang,
      // tig: term, then termNotes, then the other data categories (TBX-Basic core structure order).
      tig: language.terms.map((term) => {
        const tig: XmlElement = { term: { '#text': term.text } };
        const notes = termNotes(term, concept.status).map(([type, value]) => ({ '@_type': type, '#text': value }));
        if (notes.length > 0) tig.termNote = notes;
        if (!term.variant && language.context) tig.descrip = { '@_type': 'context', '#text': language.context };
        return tig;
      }),
    })),
  };
}
