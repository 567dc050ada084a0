// Property: whatever text the pipeline hands over (Kazakh letters, markup characters, control characters, lone
// surrogates, emoji, odd spaces), the TMX and TBX files parse back to exactly the text the exporters meant to
// write: export then import is lossless.
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/model/index.js';
import type { AlignedDocument } from '../../src/align/types.js';
import type { Glossary } from '../../src/glossary/types.js';
import { renderTbxV2, renderTbxV3, renderTmx } from '../../src/export/index.js';
import { beadText } from '../../src/export/bead-text.js';
import { catTerms } from '../../src/export/cat-terms.js';

const CHARS = [
  ...'abcXYZ019 .,;:-–—«»()[]{}/\\',
  ...'әғқңөұүһіӘҒҚҢӨҰҮҺІ',
  ...'бвгжзёЁщъыэюя',
  '&', '<', '>', '"', "'", ']]>', '<!--', '&amp;',
  '\t', '\n', '\r', '\u00A0', '\u2028', '\u0000', '\u0001', '\u000B', '\u000C', '\u001F', '\uFFFE', '\uFFFF',
  '\uD800', '\uDC00', '😀', 'й', 'и\u0306',
];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((parts) => parts.join(''));

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['tu', 'tuv', 'prop', 'termEntry', 'conceptEntry', 'langSet', 'langSec', 'tig', 'termSec'].includes(name),
  parseTagValue: false,
  trimValues: false,
});

type Node = Record<string, unknown>;

function document(rows: Array<Record<(typeof LANGS)[number], string>>): AlignedDocument {
  return {
    kind: 'aligned-document',
    schemaVersion: 1,
    id: 'doc',
    file: 'doc.txt',
    languages: [...LANGS],
    sections: [
      {
        kind: 'abstract',
        sentences: Object.fromEntries(LANGS.map((lang) => [lang, rows.map((row) => ({ text: row[lang], range: { start: 0, end: 0 }, paragraph: 0 }))])) as AlignedDocument['sections'][number]['sentences'],
        beads: rows.map((_, i) => ({ en: [i], kk: [i], ru: [i], score: 0.5, flags: [] })),
      },
    ],
  };
}

describe('export then import is lossless', () => {
  it('TMX: every tuv parses back to the bead text in its language', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ en: text, kk: text, ru: text }), { maxLength: 8 }), (rows) => {
        const doc = document(rows);
        const section = doc.sections[0];
        const expected = section.beads
          .map((bead) => LANGS.map((lang) => [lang, beadText(section, bead, lang)] as const).filter(([, t]) => t !== null))
          .filter((pairs) => pairs.length >= 2);
        const parsed = parser.parse(renderTmx([doc])) as { tmx: { body: { tu?: Array<{ tuv: Array<{ '@xml:lang': string; seg: string }> }> } } };
        const back = (parsed.tmx.body.tu ?? []).map((tu) => tu.tuv.map((tuv) => [tuv['@xml:lang'], String(tuv.seg)] as const));
        expect(back).toEqual(expected);
        for (const pairs of back) for (const [, seg] of pairs) expect(seg).not.toMatch(/[\r\n]|^\s|\s$/);
      }),
      { numRuns: 200 },
    );
  });

  it('TBX v2 and v3: every term parses back as written', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ en: text, kk: text, ru: text, variant: text }), { minLength: 1, maxLength: 6 }), (rows) => {
        const glossary: Glossary = {
          version: 1,
          entries: rows.map((row, i) => ({
            id: `e${i}`,
            en: { term: row.en, variants: [], frequency: 1 },
            kk: { term: row.kk, variants: [row.variant], frequency: 1 },
            ru: { term: row.ru, variants: [], frequency: 1 },
            score: 1,
            documents: [],
            examples: [],
            status: 'candidate',
          })),
          unpaired: { en: [], kk: [], ru: [] },
        };
        const expected = glossary.entries
          .map((entry) => LANGS.map((lang) => catTerms(entry, lang).map((t) => t.text)).filter((terms) => terms.length > 0))
          .filter((languages) => languages.length > 0);
        for (const [xml, root, entry, lang, term] of [
          [renderTbxV2(glossary), 'martif', 'termEntry', 'langSet', 'tig'],
          [renderTbxV3(glossary), 'tbx', 'conceptEntry', 'langSec', 'termSec'],
        ] as const) {
          const parsed = parser.parse(xml) as Record<string, { text: { body: Node | '' } }>;
          const body = parsed[root].text.body;
          const entries = body === '' ? [] : ((body[entry] ?? []) as Node[]);
          const back = entries.map((e) => (e[lang] as Node[]).map((l) => (l[term] as Node[]).map((t) => String(t.term))));
          expect(back).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});
