import type { Lang } from '../model/index.js';
import { LANGS } from '../model/index.js';
import type { AlignedDocument } from '../align/types.js';

/** `output/alignment.json`, contract version 1: beads rendered as sentence texts. */
export interface AlignmentJson {
  version: 1;
  documents: Array<{
    id: string;
    file: string;
    languages: Lang[];
    sections: Array<{
      kind: string;
      beads: Array<Record<Lang, string[]> & { score: number; flags: string[] }>;
    }>;
  }>;
}

export function renderAlignmentJson(documents: readonly AlignedDocument[]): AlignmentJson {
  return {
    version: 1,
    documents: documents.map((document) => ({
      id: document.id,
      file: document.file,
      languages: [...document.languages],
      sections: document.sections.map((section) => ({
        kind: section.kind,
        beads: section.beads.map((bead) => {
          const texts = Object.fromEntries(
            LANGS.map((lang) => [lang, bead[lang].map((index) => section.sentences[lang][index]?.text ?? '')]),
          ) as Record<Lang, string[]>;
          return { ...texts, score: round(bead.score), flags: [...bead.flags] };
        }),
      })),
    })),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
