import type { Glossary } from '../glossary/types.js';
import type { CatGlossaryOptions } from './types.js';
import { tbxConcepts, type TbxConcept } from './tbx-concepts.js';
import { termNotes } from './tbx-data-categories.js';
import { renderXmlDocument, type XmlElement } from './xml-document.js';

/** The TBX v3 (ISO 30042:2019) namespace. */
export const TBX_V3_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';

/**
 * Renders the glossary as TBX v3 in the TBX-Basic dialect, DCA style (`<tbx type="TBX-Basic" style="dca">`,
 * `conceptEntry/langSec/termSec`), the current standard. The content is the same as {@link renderTbxV2}'s:
 * one concept entry per exportable entry, inflected forms as extra `termSec`s with `termType` `variant`.
 * `concepts` as for {@link renderTbxV2}.
 */
export function renderTbxV3(glossary: Glossary, options: CatGlossaryOptions = {}, concepts: readonly TbxConcept[] = tbxConcepts(glossary, options)): string {
  return renderXmlDocument('tbx', {
    '@_type': 'TBX-Basic',
    '@_style': 'dca',
    '@_xml:lang': 'en',
    '@_xmlns': TBX_V3_NAMESPACE,
    tbxHeader: {
      fileDesc: {
        titleStmt: { title: { '#text': 'tilmash trilingual glossary (en, kk, ru)' } },
        sourceDesc: { p: { '#text': 'Extracted by tilmash from aligned trilingual journal articles.' } },
      },
    },
    text: { body: concepts.length > 0 ? { conceptEntry: concepts.map(conceptEntry) } : {} },
  });
}

function conceptEntry(concept: TbxConcept): XmlElement {
  return {
    '@_id': concept.xmlId,
    note: { '#text': concept.note },
    langSec: concept.languages.map((language) => ({
      '@_xml:lang': language.lang,
      // termSec: term, then termNotes, then the other data categories (TBX v3 core structure order).
      termSec: language.terms.map((term) => {
        const termSec: XmlElement = { term: { '#text': term.text } };
        const notes = termNotes(term, concept.status).map(([type, value]) => ({ '@_type': type, '#text': value }));
        if (notes.length > 0) termSec.termNote = notes;
        if (!term.variant && language.context) termSec.descrip = { '@_type': 'context', '#text': language.context };
        return termSec;
      }),
    })),
  };
}
