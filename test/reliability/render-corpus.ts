// The corpus-wide stages in memory, chained as `pipeline/corpus-stages.ts` chains them: glossary, the (empty)
// review decisions, then every output file rendered to bytes (the streamed ones joined from their parts). The property tests read those bytes back.
import { buildGlossary } from '../../src/glossary/index.js';
import type { Glossary } from '../../src/glossary/types.js';
import type { StageMessage } from '../../src/model/index.js';
import { applyDecisions, emptyDecisionsFile } from '../../src/review/index.js';
import { alignmentJsonParts } from '../../src/contract/alignment-json.js';
import { tmxParts } from '../../src/export/index.js';
import { renderReportJson } from '../../src/contract/report-json.js';
import { renderExports } from '../../pipeline/exports.js';
import { reportDocument, type DocumentRun } from './run-document.js';

export interface RenderedCorpus {
  glossary: Glossary;
  glossaryMessages: StageMessage[];
  /** Output file name → contents, the names the build writes. */
  files: Map<string, string | Uint8Array>;
}

export async function renderCorpus(runs: readonly DocumentRun[]): Promise<RenderedCorpus> {
  const glossaryMessages: StageMessage[] = [];
  const computed = buildGlossary(
    runs.map((run) => ({ aligned: run.aligned, terms: run.terms })),
    (message) => glossaryMessages.push(message),
  );
  const glossary = applyDecisions(computed, emptyDecisionsFile());
  const aligned = runs.map((run) => run.aligned);
  const report = renderReportJson({
    corpus: 'corpus',
    documents: runs.map(reportDocument),
    corpusMessages: glossaryMessages.map(({ range: _range, ...rest }) => ({ file: '(corpus)', source: 'glossary', ...rest })),
    glossaryEntries: glossary.entries.length,
    timings: {},
  });
  const files = new Map<string, string | Uint8Array>();
  // The alignment exports in the parts the build streams to disk, joined.
  files.set('alignment.json', [...alignmentJsonParts(aligned)].join(''));
  files.set('alignment.tmx', [...tmxParts(aligned)].join(''));
  files.set('glossary.json', JSON.stringify({ version: glossary.version, entries: glossary.entries }, null, 1));
  files.set('report.json', JSON.stringify(report, null, 1));
  for (const [name, data] of await renderExports({ glossary, documents: aligned, report })) files.set(name, data);
  return { glossary, glossaryMessages, files };
}
