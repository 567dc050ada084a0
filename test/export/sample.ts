// Loads the hand-made seed-000 sample (glossary and aligned document) shared by the export and review tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AlignedDocument } from '../../src/align/types.js';
import type { Glossary } from '../../src/glossary/types.js';
import type { ReportSummary } from '../../src/export/types.js';

const fixtures = fileURLToPath(new URL('../fixtures/export/', import.meta.url));

/** Absolute path of a file under `test/fixtures/export/`. */
export function fixturePath(name: string): string {
  return fixtures + name;
}

/** A fresh copy of the sample glossary (tests may change it). */
export function sampleGlossary(): Glossary {
  return JSON.parse(readFileSync(fixturePath('seed-000-sample/glossary.json'), 'utf8')) as Glossary;
}

/** A fresh copy of the sample aligned documents. */
export function sampleDocuments(): AlignedDocument[] {
  return JSON.parse(readFileSync(fixturePath('seed-000-sample/aligned.json'), 'utf8')) as AlignedDocument[];
}

/** A small build report with a document-level and a corpus-level message. */
export function sampleReport(): ReportSummary {
  return {
    generated: '2026-11-22T16:00:00.000Z',
    corpus: 'corpus',
    documents: [
      {
        id: '000_9b0e67f1d2ff5f5f',
        file: '000_9b0e67f1d2ff5f5f.txt',
        languages: ['en', 'kk', 'ru'],
        sentences: { en: 11, kk: 11, ru: 12 },
        beads: 12,
        candidates: 40,
        failed: false,
        messages: [
          {
            file: '000_9b0e67f1d2ff5f5f.txt',
            line: 30,
            column: 5,
            severity: 'warning',
            reason: 'Expected a counterpart of the Russian sentence, found none.',
            ruleId: 'unaligned-sentence',
            source: 'align',
          },
        ],
      },
    ],
    messages: [{ file: 'corpus', severity: 'info', reason: '=1+1 is not a formula here', ruleId: 'corpus-note', source: 'runner' }],
  };
}
