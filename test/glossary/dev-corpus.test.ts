// The glossary over a corpus of several real documents: six NTREX dev tasks (copied, with their CC BY-SA note,
// into test/fixtures/align/) aligned by the real aligner and given terms by the real terms stage.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/model/index.js';
import type { AlignedDocument } from '../../src/align/types.js';
import { alignUnits } from '../../src/align/index.js';
import { extractTerms } from '../../src/terms/index.js';
import { buildGlossary, buildGlossaryFromEvidence, createEvidenceCollector, type GlossaryDocument } from '../../src/glossary/index.js';
import { documentEvidence } from '../../src/glossary/document-evidence.js';
import type { Glossary, GlossaryEntry } from '../../src/glossary/types.js';

const FIXTURES = path.resolve('test/fixtures/align');
const ignore = () => {};

function readUnits(dir: string, langs: readonly Lang[]): Record<Lang, string[]> {
  const units = { en: [], kk: [], ru: [] } as Record<Lang, string[]>;
  for (const lang of langs) units[lang] = readFileSync(path.join(dir, `${lang}.txt`), 'utf8').split('\n').filter((line) => line.trim());
  return units;
}

/** One document: its units aligned as one abstract section, then its term candidates. */
function makeDocument(id: string, units: Record<Lang, string[]>): GlossaryDocument {
  const beads = alignUnits(Object.fromEntries(LANGS.filter((l) => units[l].length).map((l) => [l, units[l]])));
  const aligned: AlignedDocument = {
    kind: 'aligned-document',
    schemaVersion: 1,
    id,
    file: `${id}.txt`,
    languages: LANGS.filter((l) => units[l].length > 0),
    sections: [
      {
        kind: 'abstract',
        sentences: Object.fromEntries(
          LANGS.map((l) => [l, units[l].map((text) => ({ text, range: { start: 0, end: text.length }, paragraph: 0 }))]),
        ) as AlignedDocument['sections'][number]['sentences'],
        beads,
      },
    ],
  };
  return { aligned, terms: extractTerms(aligned, ignore) };
}

const trilingual = (entry: GlossaryEntry) => LANGS.every((lang) => entry[lang] !== null);

let tasks: string[];
let documents: GlossaryDocument[];
let glossary: Glossary;

beforeAll(() => {
  tasks = readdirSync(FIXTURES).filter((name) => name.startsWith('ntrex-')).sort();
  documents = tasks.map((task) => makeDocument(task, readUnits(path.join(FIXTURES, task), LANGS)));
  glossary = buildGlossary(documents, ignore);
});

describe('glossary over several real documents', () => {
  it('finds trilingual entries across the documents', () => {
    expect(glossary.entries.filter(trilingual).length).toBeGreaterThan(0);
  });

  it('lists for each entry only documents whose candidates hold its terms', () => {
    // Forms per document: canonical forms and surface variants of its candidates.
    const keysOf = new Map(
      documents.map((d) => [
        d.aligned.id,
        new Set(d.terms.candidates.flatMap((c) => [c.canonical, ...Object.keys(c.variants)].map((form) => `${c.lang}:${form.toLowerCase()}`))),
      ]),
    );
    for (const entry of glossary.entries) {
      for (const id of entry.documents) {
        const keys = keysOf.get(id)!;
        const holds = LANGS.some((lang) => entry[lang] && [entry[lang]!.term, ...entry[lang]!.variants].some((t) => keys.has(`${lang}:${t.toLowerCase()}`)));
        expect(holds, `${entry.id} in ${id}`).toBe(true);
      }
    }
  });

  it('adds frequencies and documents up across documents', () => {
    const single = buildGlossary([documents[0]], ignore);
    const copy: GlossaryDocument = {
      aligned: { ...documents[0].aligned, id: `${documents[0].aligned.id}-copy` },
      terms: { ...documents[0].terms, id: `${documents[0].terms.id}-copy` },
    };
    const doubled = buildGlossary([documents[0], copy], ignore);
    const byId = new Map(doubled.entries.map((e) => [e.id, e]));
    let compared = 0;
    for (const entry of single.entries) {
      const twice = byId.get(entry.id);
      if (!twice) continue;
      // Two copies can only add evidence, never change a term's own counts but double them.
      for (const lang of LANGS) {
        if (entry[lang] && twice[lang] && twice[lang]!.variants.length === entry[lang]!.variants.length) {
          expect(twice[lang]!.frequency, `${entry.id} ${lang}`).toBe(2 * entry[lang]!.frequency);
        }
      }
      expect(twice.documents).toEqual([copy.aligned.id, documents[0].aligned.id].sort());
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('does not force a term seen in one language only into a triple', () => {
    // The last document with its Kazakh and Russian removed: its English-only terms have no counterpart.
    const englishOnly = makeDocument('english-only', readUnits(path.join(FIXTURES, tasks[tasks.length - 1]), ['en']));
    const others = documents.slice(0, -1);
    const seenElsewhere = new Set(others.flatMap((d) => d.terms.candidates.filter((c) => c.lang === 'en').map((c) => c.key)));
    const onlyThere = new Set(
      englishOnly.terms.candidates.filter((c) => !seenElsewhere.has(c.key)).map((c) => c.canonical.toLowerCase()),
    );
    expect(onlyThere.size).toBeGreaterThan(0);
    const mixed = buildGlossary([...others, englishOnly], ignore);
    for (const entry of mixed.entries) {
      if (!entry.en || (!entry.kk && !entry.ru)) continue;
      expect(onlyThere.has(entry.en.term.toLowerCase()), entry.en.term).toBe(false);
    }
    expect(mixed.unpaired.en.map((t) => t.term.toLowerCase()).some((t) => onlyThere.has(t))).toBe(true);
  });

  it('gives the same glossary from per-document evidence that went through JSON (as the build caches it)', () => {
    const collector = createEvidenceCollector();
    for (const document of documents) collector.addEvidence(JSON.parse(JSON.stringify(documentEvidence(document))));
    const fromCache = buildGlossaryFromEvidence(collector.finish(), documents.map((d) => d.aligned), ignore);
    expect(fromCache).toEqual(glossary);
    // The evidence is a summary: no occurrence lists, a fraction of the candidates' size.
    const sizes = documents.map((d) => [JSON.stringify(documentEvidence(d)).length, JSON.stringify(d.terms).length]);
    for (const [evidence, terms] of sizes) expect(evidence).toBeLessThan(terms);
  });
});
