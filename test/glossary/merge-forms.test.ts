// The collector's merge of written forms and sums across documents: counted by number while documents are added,
// the terms come out as if each form had been counted as a string in corpus order.
import { describe, expect, it } from 'vitest';
import { columnsOf, createEvidenceCollector } from '../../src/glossary/collect-evidence.js';
import type { DocumentEvidence, DocumentTermEvidence } from '../../src/glossary/document-evidence.js';

/** A Russian term of one document, in one bead of all three languages. */
function term(canonical: string, frequency: number, score: number, variants: Array<string | number>, singular: string | null = null): DocumentTermEvidence {
  return ['ru', 'власть', 0, canonical, singular, frequency, score, variants, [0], [], frequency, []];
}

function document(id: string, ...terms: DocumentTermEvidence[]): DocumentEvidence {
  return { id, sections: [{ kind: 'abstract', beads: [7] }], terms };
}

describe('createEvidenceCollector', () => {
  it('counts each written form across documents, forms in the order first seen', () => {
    const collector = createEvidenceCollector();
    collector.addEvidence(document('a', term('власти', 2, 1.5, ['власти', 2])));
    collector.addEvidence(document('b', term('власть', 3, 0.5, ['власть', 1, 'власти', 2], 'власть')));
    collector.addEvidence(columnsOf(document('c', term('власти', 1, 2.5, ['Власти', 1]))));
    const [merged] = collector.finish().terms;
    expect([...merged.canonicalVotes]).toEqual([
      ['власти', 3],
      ['власть', 3],
    ]);
    expect([...merged.singularVotes]).toEqual([
      ['власти', 3],
      ['власть', 3],
    ]);
    expect(merged.singularAttested).toBe(true);
    expect([...merged.variants]).toEqual([
      ['власти', 4],
      ['власть', 1],
      ['Власти', 1],
    ]);
    expect(merged.frequency).toBe(6);
    expect(merged.termhood).toBe(2.5);
    expect(merged.standalone).toBe(6);
    // C-value's own use, summed in corpus order: each document's score over log2(2), at most its frequency.
    expect(merged.ownFrequency).toBe(1.5 + 0.5 + 1);
  });

  it('keeps the order of many forms', () => {
    const forms = ['билік', 'биліктің', 'билікке', 'билігі', 'билікті', 'билікпен', 'билікте', 'биліктен', 'биліктер', 'биліктердің'];
    const collector = createEvidenceCollector();
    forms.forEach((form, i) => collector.addEvidence(document(`d${i}`, term(form, i + 1, 1, [form, i + 1]))));
    forms.forEach((form, i) => collector.addEvidence(document(`e${i}`, term(form, 10, 1, [form, 10]))));
    const [merged] = collector.finish().terms;
    expect([...merged.canonicalVotes]).toEqual(forms.map((form, i) => [form, i + 11]));
    expect([...merged.variants]).toEqual(forms.map((form, i) => [form, i + 11]));
  });
});
