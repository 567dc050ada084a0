import { LANGS, type Lang } from '../model/index.js';
import type { AlignedDocument } from '../align/types.js';
import type { TmxOptions } from './types.js';
import { beadText } from './bead-text.js';
import { escapeXml, renderXmlElement, XML_DECLARATION, type XmlElement } from './xml-document.js';
import { xmlSafeText } from './xml-safe-text.js';
import { renderDocumentParts, type DocumentPartsFormat } from './document-parts.js';

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
  return [...tmxParts(documents, options)].join('');
}

/**
 * `renderTmx` in parts, a document's units at a time, for writing a large memory to a file without holding
 * all of it: the parts joined are `renderTmx`'s text.
 */
export function tmxParts(documents: Iterable<AlignedDocument>, options: TmxOptions = {}): Generator<string> {
  return renderDocumentParts(tmxFormat(options), documents);
}

/** The TMX as a document-parts export (see `DocumentPartsFormat`): a document's part is its units. */
export function tmxFormat(options: TmxOptions = {}): DocumentPartsFormat {
  const header: XmlElement = {
    '@_creationtool': TMX_CREATION_TOOL,
    '@_creationtoolversion': options.toolVersion ?? '1',
    // Sentence-level units; "block" would tell CAT tools to expect paragraphs.
    '@_segtype': 'sentence',
    '@_o-tmf': 'tilmash-alignment',
    '@_adminlang': 'en',
    '@_srclang': options.srcLang ?? 'en',
    '@_datatype': 'plaintext',
  };
  const head = `${XML_DECLARATION}<tmx version="1.4">\n${renderXmlElement('header', header, '  ')}`;
  return {
    part: translationUnits,
    open: `${head}  <body>\n`,
    between: '',
    close: '  </body>\n</tmx>\n',
    // An empty body must still be an element: the DTD wants <body/>, not nothing.
    empty: `${head}  <body/>\n</tmx>\n`,
  };
}

/**
 * The translation units of one document, in bead order, as `renderXmlElement` writes them (indented inside
 * `body`). Written out directly: the units are nearly all of a memory, and building an element object per
 * unit, prop and tuv for the generic writer cost twice the writing.
 */
function translationUnits(document: AlignedDocument): string {
  let xml = '';
  document.sections.forEach((section, sectionIndex) => {
    section.beads.forEach((bead, beadIndex) => {
      const texts = LANGS.map((lang) => [lang, beadText(section, bead, lang)] as const).filter(
        (pair): pair is readonly [Lang, string] => pair[1] !== null,
      );
      if (texts.length < 2) return;
      xml += `    <tu tuid="${escapeXml(xmlSafeText(`${document.id}/${sectionIndex}/${beadIndex}`))}">\n`;
      // DTD order: props before tuvs.
      xml += prop('x-document', document.id) + prop('x-section', section.kind) + prop('x-score', String(Math.round(bead.score * 1000) / 1000));
      if (bead.flags.length > 0) xml += prop('x-flags', bead.flags.join(' '));
      for (const [lang, text] of texts) xml += `      <tuv xml:lang="${lang}">\n        <seg>${escapeXml(text)}</seg>\n      </tuv>\n`;
      xml += '    </tu>\n';
    });
  });
  return xml;
}

/** A `prop` of a unit; without text it is an empty element, as `renderXmlElement` writes one. */
function prop(type: string, value: string): string {
  const text = xmlSafeText(value);
  return text === '' ? `      <prop type="${type}"/>\n` : `      <prop type="${type}">${escapeXml(text)}</prop>\n`;
}
