import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { LANGS } from '../model/index.js';
import type { AlignedDocument } from '../align/types.js';
import type { TmxOptions } from './types.js';
import { beadText } from './bead-text.js';
import { xmlSafeText } from './xml-safe-text.js';

/** `creationtool` of the TMX header. */
export const TMX_CREATION_TOOL = 'tilmash';

/**
 * Renders the aligned documents as a TMX 1.4b translation memory (`<tmx version="1.4">`, valid against the
 * TMX 1.4b DTD): one `tu` per bead that has text in at least two languages, with a `tuv` (`xml:lang` en, kk,
 * ru) per language present and the document id, section kind and alignment score as `prop`s. A bead with one
 * language is an unaligned sentence: a translation unit without a translation is useless to a CAT tool and
 * only inflates its memory, so it is left out.
 *
 * The output is deterministic (no creation date): the same alignment gives the same bytes.
 */
export function renderTmx(documents: readonly AlignedDocument[], options: TmxOptions = {}): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('tmx', { version: '1.4' });
  root.ele('header', {
    creationtool: TMX_CREATION_TOOL,
    creationtoolversion: options.toolVersion ?? '1',
    // Sentence-level units; "block" would tell CAT tools to expect paragraphs.
    segtype: 'sentence',
    'o-tmf': 'tilmash-alignment',
    adminlang: 'en',
    srclang: options.srcLang ?? 'en',
    datatype: 'plaintext',
  });
  const body = root.ele('body');
  for (const document of documents) {
    document.sections.forEach((section, sectionIndex) => {
      section.beads.forEach((bead, beadIndex) => {
        const texts = LANGS.map((lang) => [lang, beadText(section, bead, lang)] as const).filter(
          (pair): pair is readonly [(typeof LANGS)[number], string] => pair[1] !== null,
        );
        if (texts.length < 2) return;
        const tu = body.ele('tu', { tuid: `${document.id}/${sectionIndex}/${beadIndex}` });
        addProp(tu, 'x-document', document.id);
        addProp(tu, 'x-section', section.kind);
        addProp(tu, 'x-score', String(Math.round(bead.score * 1000) / 1000));
        if (bead.flags.length > 0) addProp(tu, 'x-flags', bead.flags.join(' '));
        for (const [lang, text] of texts) tu.ele('tuv', { 'xml:lang': lang }).ele('seg').txt(text);
      });
    });
  }
  return root.end({ prettyPrint: true }) + '\n';
}

function addProp(tu: XMLBuilder, type: string, value: string): void {
  tu.ele('prop', { type }).txt(xmlSafeText(value));
}
