// The canonical form of a term merged over documents: the form most documents chose, with the head noun in the
// singular once some document attests the singular.
import { describe, expect, it } from 'vitest';
import { canonicalOf, collectEvidence, termDocuments, type GlossaryDocument } from '../../src/glossary/collect-evidence.js';
import type { TermCandidate } from '../../src/terms/types.js';

function documentWith(id: string, canonical: string, singularCanonical?: string): GlossaryDocument {
  const candidate: TermCandidate = {
    lang: 'en',
    key: 'power relation',
    canonical,
    ...(singularCanonical ? { singularCanonical } : {}),
    words: 2,
    frequency: 1,
    variants: { [canonical]: 1 },
    score: 1,
    occurrences: [{ section: 0, bead: 0, sentence: 0, surface: canonical }],
  };
  return {
    aligned: {
      kind: 'aligned-document',
      schemaVersion: 1,
      id,
      file: `${id}.txt`,
      languages: ['en'],
      sections: [
        {
          kind: 'abstract',
          sentences: { en: [{ text: canonical, range: { start: 0, end: canonical.length }, paragraph: 0 }], kk: [], ru: [] },
          beads: [{ en: [0], kk: [], ru: [], score: 1, flags: [] }],
        },
      ],
    },
    terms: { kind: 'document-terms', schemaVersion: 1, id, file: `${id}.txt`, candidates: [candidate] },
  };
}

describe('canonical form over documents', () => {
  it('keeps the plural when no document attests the singular', () => {
    const evidence = collectEvidence([documentWith('a', 'power relations', 'power relation'), documentWith('b', 'power relations', 'power relation')]);
    expect(canonicalOf(evidence.terms[0])).toBe('power relations');
  });

  it('takes the singular when one document attests it, and adds up frequencies and documents', () => {
    const evidence = collectEvidence([
      documentWith('a', 'power relations', 'power relation'),
      documentWith('b', 'power relations', 'power relation'),
      documentWith('c', 'power relation'),
    ]);
    expect(evidence.terms).toHaveLength(1);
    expect(canonicalOf(evidence.terms[0])).toBe('power relation');
    expect(evidence.terms[0].frequency).toBe(3);
    expect([...termDocuments(evidence, 0)].map((document) => evidence.documentIds[document])).toEqual(['a', 'b', 'c']);
  });
});
