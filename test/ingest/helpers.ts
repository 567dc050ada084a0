import type { StageMessage } from '../../src/model/index.js';
import { ingest } from '../../src/ingest/index.js';
import type { IngestedDocument } from '../../src/ingest/types.js';

/** Ingests `text` as a document and returns the artefact with the messages it reported. */
export function ingestText(text: string, file = 'test.md'): { doc: IngestedDocument; messages: StageMessage[] } {
  const messages: StageMessage[] = [];
  const doc = ingest({ kind: 'source-text', schemaVersion: 1, id: 'test', file, text }, (m) => messages.push(m));
  return { doc, messages };
}

/** Every non-blank character belongs to exactly one block; blocks are in order and quote the source verbatim. */
export function coverageProblems(text: string, doc: IngestedDocument): string[] {
  const problems: string[] = [];
  const owner = new Array<number>(text.length).fill(-1);
  let previousEnd = 0;
  doc.blocks.forEach((block, index) => {
    if (block.text !== text.slice(block.range.start, block.range.end)) problems.push(`block ${index} text differs from its range`);
    if (block.range.start < previousEnd) problems.push(`block ${index} overlaps or is out of order`);
    previousEnd = block.range.end;
    for (let i = block.range.start; i < block.range.end; i++) owner[i] = index;
  });
  for (let i = 0; i < text.length; i++) {
    if (!/\s/.test(text[i]) && owner[i] === -1) problems.push(`character ${i} (${JSON.stringify(text[i])}) is in no block`);
  }
  return problems;
}
