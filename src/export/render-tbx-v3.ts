import { create } from 'xmlbuilder2';
import type { Glossary } from '../glossary/types.js';
import type { CatGlossaryOptions } from './types.js';
import { tbxConcepts } from './tbx-concepts.js';
import { termNotes } from './tbx-data-categories.js';

/** The TBX v3 (ISO 30042:2019) namespace. */
export const TBX_V3_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';

/**
 * Renders the glossary as TBX v3 in the TBX-Basic dialect, DCA style (`<tbx type="TBX-Basic" style="dca">`,
 * `conceptEntry/langSec/termSec`), the current standard. The content is the same as {@link renderTbxV2}'s:
 * one concept entry per exportable entry, inflected forms as extra `termSec`s with `termType` `variant`.
 */
export function renderTbxV3(glossary: Glossary, options: CatGlossaryOptions = {}): string {
  const tbx = create({ version: '1.0', encoding: 'UTF-8' }).ele(TBX_V3_NAMESPACE, 'tbx', {
    type: 'TBX-Basic',
    style: 'dca',
    'xml:lang': 'en',
  });
  const fileDesc = tbx.ele('tbxHeader').ele('fileDesc');
  fileDesc.ele('titleStmt').ele('title').txt('tilmash trilingual glossary (en, kk, ru)');
  fileDesc.ele('sourceDesc').ele('p').txt('Extracted by tilmash from aligned trilingual journal articles.');
  const body = tbx.ele('text').ele('body');
  for (const concept of tbxConcepts(glossary, options)) {
    const conceptEntry = body.ele('conceptEntry', { id: concept.xmlId });
    conceptEntry.ele('note').txt(concept.note);
    for (const language of concept.languages) {
      const langSec = conceptEntry.ele('langSec', { 'xml:lang': language.lang });
      for (const term of language.terms) {
        const termSec = langSec.ele('termSec');
        termSec.ele('term').txt(term.text);
        for (const [type, value] of termNotes(term, concept.status)) termSec.ele('termNote', { type }).txt(value);
        if (!term.variant && language.context) termSec.ele('descrip', { type: 'context' }).txt(language.context);
      }
    }
  }
  return tbx.end({ prettyPrint: true }) + '\n';
}
