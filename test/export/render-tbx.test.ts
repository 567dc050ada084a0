import { spawnSync } from 'node:child_process';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/model/index.js';
import type { Glossary } from '../../src/glossary/types.js';
import { renderTbxV2, renderTbxV3, TBX_V3_NAMESPACE } from '../../src/export/index.js';
import { sampleGlossary } from './sample.js';

const haveXmllint = spawnSync('xmllint', ['--version']).status === 0;
const skipXmllint = !haveXmllint && !process.env.CI;
if (skipXmllint) console.warn('render-tbx.test: xmllint not found (apt-get install libxml2-utils); its well-formedness check is SKIPPED.');

/** Well-formedness by a second, independent parser (libxml2), not only by the library that parses it back. */
function xmllintWellFormed(xml: string): { status: number | null; stderr: string } {
  const result = spawnSync('xmllint', ['--noout', '--nonet', '-'], { input: xml, encoding: 'utf8' });
  if (result.error) throw new Error(`xmllint could not run: ${result.error.message}; install Debian's libxml2-utils.`);
  return { status: result.status, stderr: result.stderr };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['termEntry', 'conceptEntry', 'langSet', 'langSec', 'tig', 'termSec', 'termNote', 'descrip', 'note'].includes(name),
  parseTagValue: false,
});

type Node = Record<string, unknown>;
interface ParsedTerm {
  term: string;
  adminStatus: string | undefined;
  termType: string | undefined;
  context: string | undefined;
}
interface ParsedConcept {
  id: string;
  note: string;
  langs: Partial<Record<Lang, ParsedTerm[]>>;
}

/** Reads concepts back from either TBX version: the names differ, the content must not. */
function readBack(xml: string, version: 2 | 3): ParsedConcept[] {
  const root = parser.parse(xml) as Node;
  const top = (version === 2 ? root.martif : root.tbx) as Node;
  const body = (top.text as Node).body as Node;
  const entries = ((body[version === 2 ? 'termEntry' : 'conceptEntry'] as Node[]) ?? []);
  return entries.map((entry) => ({
    id: entry['@id'] as string,
    note: (entry.note as string[])[0],
    langs: Object.fromEntries(
      (entry[version === 2 ? 'langSet' : 'langSec'] as Node[]).map((langSet) => [
        langSet['@xml:lang'] as Lang,
        (langSet[version === 2 ? 'tig' : 'termSec'] as Node[]).map((tig) => {
          const notes = (tig.termNote as Node[]) ?? [];
          const noteOf = (type: string) => notes.find((n) => n['@type'] === type)?.['#text'] as string | undefined;
          const descrips = (tig.descrip as Node[]) ?? [];
          return {
            term: String(tig.term),
            adminStatus: noteOf('administrativeStatus'),
            termType: noteOf('termType'),
            context: descrips.find((d) => d['@type'] === 'context')?.['#text'] as string | undefined,
          };
        }),
      ]),
    ),
  }));
}

function withStatuses(): Glossary {
  const glossary = sampleGlossary();
  glossary.entries[0].status = 'approved';
  glossary.entries[0].note = 'core term of the article';
  glossary.entries[2].status = 'rejected';
  return glossary;
}

describe.each([
  { version: 2 as const, render: renderTbxV2 },
  { version: 3 as const, render: renderTbxV3 },
])('TBX v$version', ({ version, render }) => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(render(withStatuses()))).toBe(true);
    expect(XMLValidator.validate(render({ version: 1, entries: [], unpaired: { en: [], kk: [], ru: [] } }))).toBe(true);
  });

  it.skipIf(skipXmllint)('is well-formed for libxml2 too (xmllint), with markup and control characters in the data', () => {
    const glossary = withStatuses();
    glossary.entries[1].en!.term = 'A&B <c> "d" \u0007';
    glossary.entries[1].note = ']]> & <!-- -->';
    expect(xmllintWellFormed(render(glossary))).toEqual({ status: 0, stderr: '' });
  });

  it('has one concept entry per exported entry, rejected entries left out', () => {
    const glossary = withStatuses();
    const concepts = readBack(render(glossary), version);
    expect(concepts.map((c) => c.langs.en?.[0].term)).toEqual(
      glossary.entries.filter((e) => e.status !== 'rejected').map((e) => e.en?.term),
    );
    expect(concepts.some((c) => c.langs.en?.[0].term === 'object')).toBe(false);
  });

  it('export then import is lossless: every main term comes back in its language, with the status', () => {
    const glossary = withStatuses();
    const concepts = readBack(render(glossary), version);
    const exported = glossary.entries.filter((e) => e.status !== 'rejected');
    concepts.forEach((concept, index) => {
      const entry = exported[index];
      for (const lang of LANGS) {
        const main = concept.langs[lang]?.filter((t) => t.termType !== 'variant') ?? [];
        expect(main.map((t) => t.term)).toEqual(entry[lang] ? [entry[lang]!.term] : []);
      }
      expect(concept.note).toContain(`tilmash status: ${entry.status}`);
      const expectedStatus = entry.status === 'approved' ? 'preferredTerm-admn-sts' : undefined;
      expect(concept.langs.en?.[0].adminStatus).toBe(expectedStatus);
    });
    expect(concepts[0].note).toContain('reviewer: core term of the article');
  });

  it('lists the Kazakh inflected forms as extra terms of type variant, and no Russian or English ones', () => {
    const concepts = readBack(render(sampleGlossary()), version);
    const power = concepts[0];
    expect(power.langs.kk?.map((t) => t.term)).toEqual(['билік', 'биліктің', 'билікті', 'билікке', 'билігіне']);
    expect(power.langs.kk?.slice(1).every((t) => t.termType === 'variant' && t.adminStatus === undefined)).toBe(true);
    expect(power.langs.ru?.map((t) => t.term)).toEqual(['власть']);
    expect(power.langs.en?.map((t) => t.term)).toEqual(['power']);
  });

  it('omits a language the entry has no term in', () => {
    const concepts = readBack(render(sampleGlossary()), version);
    const institution = concepts.find((c) => c.langs.en?.[0].term === 'presidential institution');
    expect(institution?.langs.ru).toBeUndefined();
    expect(institution?.langs.kk?.[0].term).toBe('президенттік институт');
  });

  it('gives the main term an example sentence as context', () => {
    const concepts = readBack(render(sampleGlossary()), version);
    expect(concepts[0].langs.kk?.[0].context).toBe('Биліктің негізгі элементтері субъект, объект және құралдар болып табылады.');
  });

  it('makes entry ids valid, unique XML ids', () => {
    const glossary = sampleGlossary();
    glossary.entries[1].id = '3f2a9c1e';
    glossary.entries[2].id = 'power';
    const ids = readBack(render(glossary), version).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
  });

  it('escapes markup and drops XML-invalid characters in terms and notes', () => {
    const glossary = sampleGlossary();
    glossary.entries[0].en!.term = 'R&D <unit> \u0001';
    glossary.entries[0].note = '"quoted" & <b>';
    const xml = render(glossary);
    expect(XMLValidator.validate(xml)).toBe(true);
    const concept = readBack(xml, version)[0];
    expect(concept.langs.en?.[0].term).toBe('R&D <unit>');
    expect(concept.note).toContain('"quoted" & <b>');
  });
});

describe('TBX structures', () => {
  it('v2 is TBX-Basic martif with a header, termEntry/langSet/tig', () => {
    const root = parser.parse(renderTbxV2(sampleGlossary())) as Node;
    const martif = root.martif as Node;
    expect(martif['@type']).toBe('TBX-Basic');
    expect(martif['@xml:lang']).toBe('en');
    expect(((martif.martifHeader as Node).fileDesc as Node).sourceDesc).toBeDefined();
    const entry = (((martif.text as Node).body as Node).termEntry as Node[])[0];
    expect(Object.keys(entry)).toEqual(expect.arrayContaining(['langSet', 'note', '@id']));
  });

  it('v3 is the TBX-Basic DCA dialect in the ISO 30042 namespace: conceptEntry/langSec/termSec', () => {
    const xml = renderTbxV3(sampleGlossary());
    const tbx = (parser.parse(xml) as Node).tbx as Node;
    expect(tbx).toMatchObject({ '@type': 'TBX-Basic', '@style': 'dca', '@xml:lang': 'en', '@xmlns': TBX_V3_NAMESPACE });
    expect(tbx.tbxHeader).toBeDefined();
    const concept = (((tbx.text as Node).body as Node).conceptEntry as Node[])[0];
    const termSec = ((concept.langSec as Node[])[0].termSec as Node[])[0];
    expect(Object.keys(termSec).filter((k) => !k.startsWith('@'))).toEqual(['term', 'descrip']);
    // TBX v3 core order inside termSec: term first, then termNotes, then the rest.
    const approved = sampleGlossary();
    approved.entries[0].status = 'approved';
    const xmlApproved = (parser.parse(renderTbxV3(approved)) as Node).tbx as Node;
    const first = ((((((xmlApproved.text as Node).body as Node).conceptEntry as Node[])[0].langSec as Node[])[0].termSec as Node[])[0]);
    expect(Object.keys(first).filter((k) => !k.startsWith('@'))).toEqual(['term', 'termNote', 'descrip']);
    expect(xml).not.toMatch(/xmlns=""/);
  });
});
