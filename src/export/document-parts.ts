import type { AlignedDocument } from '../align/types.js';

/**
 * A text export made of one part per document between fixed texts (`alignment.json`, `alignment.tmx`). A
 * document's part depends on that document alone, so a build can write an unchanged document's part again
 * from the previous file instead of rendering it. A change to how a part is rendered must bump the export
 * `version` (`src/export/index.ts`): parts are reused only from a file written by the same version.
 */
export interface DocumentPartsFormat {
  /** The part of one document; empty when the document contributes nothing (a TMX without aligned beads). */
  part(document: AlignedDocument): string;
  /** Before the first non-empty part. */
  open: string;
  /** Between two non-empty parts. */
  between: string;
  /** After the last part. */
  close: string;
  /** The whole text when no document has a part. */
  empty: string;
}

/**
 * The export's text in pieces, a document at a time: the fixed texts around and between the documents'
 * non-empty parts (the pieces joined are the whole text).
 */
export function* renderDocumentParts(format: DocumentPartsFormat, documents: Iterable<AlignedDocument>): Generator<string> {
  let count = 0;
  for (const document of documents) {
    const part = format.part(document);
    if (part === '') continue;
    yield (count++ === 0 ? format.open : format.between) + part;
  }
  yield count === 0 ? format.empty : format.close;
}
