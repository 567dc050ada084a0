import { INGEST_SCHEMA_VERSION, type IngestedDocument } from '../../src/ingest/types.js';
import type { Lang } from '../../src/model/index.js';

/**
 * Paragraphs of one language as an ingested document with a single body section, laid out as a text with a
 * blank line between paragraphs: the input `normalize` takes in the repair evals (hyphens, look-alike letters).
 */
export function bodyDocument(id: string, lang: Lang, paragraphs: readonly string[]): IngestedDocument {
  let offset = 0;
  return {
    kind: 'ingested-document',
    schemaVersion: INGEST_SCHEMA_VERSION,
    id,
    file: id,
    languages: [lang],
    blocks: [],
    sections: [
      {
        kind: 'body',
        lang,
        paragraphs: paragraphs.map((text) => {
          const range = { start: offset, end: offset + text.length };
          offset += text.length + 2;
          return { text, range };
        }),
      },
    ],
  };
}
