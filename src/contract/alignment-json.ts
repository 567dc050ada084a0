import type { Lang } from '../model/index.js';
import { LANGS } from '../model/index.js';
import type { AlignedDocument } from '../align/types.js';
import { renderDocumentParts, type DocumentPartsFormat } from '../export/document-parts.js';

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
  return { version: 1, documents: documents.map(alignmentJsonDocument) };
}

/** One document of `alignment.json`. */
function alignmentJsonDocument(document: AlignedDocument): AlignmentJson['documents'][number] {
  return {
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
  };
}

/** `alignment.json` as a document-parts export (see `DocumentPartsFormat`). */
export const ALIGNMENT_JSON_FORMAT: DocumentPartsFormat = {
  // A document sits two levels deep: its own lines are indented by two more spaces (strings hold no raw
  // newline in JSON, so every newline is a line break of the layout).
  part: (document) => JSON.stringify(alignmentJsonDocument(document), null, 1).replace(/\n/g, '\n  '),
  open: '{\n "version": 1,\n "documents": [\n  ',
  between: ',\n  ',
  close: '\n ]\n}',
  empty: '{\n "version": 1,\n "documents": []\n}',
};

/**
 * The text of `alignment.json` (`JSON.stringify(renderAlignmentJson(documents), null, 1)`) in parts, a document
 * at a time, so that a large corpus is written without holding the whole file: the parts joined are that text.
 */
export function alignmentJsonParts(documents: Iterable<AlignedDocument>): Generator<string> {
  return renderDocumentParts(ALIGNMENT_JSON_FORMAT, documents);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
