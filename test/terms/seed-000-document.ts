// Builds an AlignedDocument from the hand-made gold units of seed 000 (title, abstract, keywords).
import { readFileSync } from 'node:fs';
import type { AlignedDocument, AlignedSection } from '../../src/align/types.js';
import { LANGS, type Lang, type SectionKind } from '../../src/model/index.js';
import type { Sentence } from '../../src/segment/types.js';

interface GoldUnits {
  document: string;
  sections: Record<string, { units: Record<Lang, string[]>; beads: Array<Record<Lang, number[]>> }>;
}

/** The trilingual parts of seed 000 as the align stage would hand them to the terms stage. */
export function seed000Document(): AlignedDocument {
  const gold = JSON.parse(
    readFileSync(new URL('../fixtures/terms/seed-000-units.json', import.meta.url), 'utf8'),
  ) as GoldUnits;
  let offset = 0;
  const sections: AlignedSection[] = (['title', 'abstract', 'keywords'] as SectionKind[]).map((kind) => {
    const part = gold.sections[kind];
    const sentences = {} as Record<Lang, Sentence[]>;
    for (const lang of LANGS) {
      sentences[lang] = part.units[lang].map((text) => {
        const sentence: Sentence = { text, range: { start: offset, end: offset + text.length }, paragraph: 0 };
        offset += text.length + 1;
        return sentence;
      });
    }
    return { kind, sentences, beads: part.beads.map((bead) => ({ ...bead, score: 1, flags: [] })) };
  });
  return {
    kind: 'aligned-document',
    schemaVersion: 1,
    id: '000_9b0e67f1d2ff5f5f',
    file: gold.document,
    languages: ['en', 'kk', 'ru'],
    sections,
  };
}
