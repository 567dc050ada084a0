import type { Lang, SectionKind } from '../../src/model/index.js';
import type { AlignedDocument } from '../../src/align/types.js';
import type { DocumentTerms, TermCandidate } from '../../src/terms/types.js';
import type { GlossaryDocument } from '../../src/glossary/index.js';

/** A hand-made bead: a sentence per language and the term keys (= canonical forms here) found in it. */
export interface BeadSpec {
  kind?: SectionKind;
  en?: string[];
  kk?: string[];
  ru?: string[];
}

/**
 * Builds an aligned document with one sentence per language per bead (the sentence text is its terms joined),
 * and its term candidates, as the terms stage would: one candidate per key with occurrences per bead.
 */
export function makeDocument(id: string, beads: BeadSpec[]): GlossaryDocument {
  const kinds = [...new Set(beads.map((b) => b.kind ?? 'abstract'))];
  const aligned: AlignedDocument = {
    kind: 'aligned-document',
    schemaVersion: 1,
    id,
    file: `${id}.md`,
    languages: ['en', 'kk', 'ru'],
    sections: kinds.map((kind) => ({ kind, sentences: { en: [], kk: [], ru: [] }, beads: [] })),
  };
  const candidates = new Map<string, TermCandidate>();
  for (const spec of beads) {
    const sectionIndex = kinds.indexOf(spec.kind ?? 'abstract');
    const section = aligned.sections[sectionIndex];
    const bead = { en: [] as number[], kk: [] as number[], ru: [] as number[], score: 1, flags: [] as string[] };
    for (const lang of ['en', 'kk', 'ru'] as Lang[]) {
      const terms = spec[lang];
      if (!terms) continue;
      const sentence = section.sentences[lang].length;
      section.sentences[lang].push({ text: terms.map((t) => t.split('=')[0]).join(', '), range: { start: 0, end: 0 }, paragraph: 0 });
      bead[lang].push(sentence);
      for (const spec of terms) {
        // "canonical=key" when the lexeme key differs from the display form.
        const [term, termKey = term] = spec.split('=');
        const key = `${lang}:${termKey}`;
        let candidate = candidates.get(key);
        if (!candidate) {
          candidate = { lang, key: termKey, canonical: term, words: term.split(' ').length, frequency: 0, variants: {}, score: 1, occurrences: [] };
          candidates.set(key, candidate);
        }
        candidate.frequency++;
        candidate.variants[term] = (candidate.variants[term] ?? 0) + 1;
        candidate.occurrences.push({ section: sectionIndex, bead: section.beads.length, sentence, surface: term });
      }
    }
    section.beads.push(bead);
  }
  const terms: DocumentTerms = { kind: 'document-terms', schemaVersion: 1, id, file: `${id}.md`, candidates: [...candidates.values()] };
  return { aligned, terms };
}
