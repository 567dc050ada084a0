// Corpus-stage speed on the per-document artefacts of an earlier build: loads the aligned documents and glossary
// evidence a build cached (output/.cache), then times the glossary alone (merging the evidence and linking), a few
// runs, and prints the median; then each export renderer once (the build's report.json stands in for the report).
// Runnable alone: `node dist/pipeline/bench/glossary.js OUT_DIR [RUNS]` (OUT_DIR of a finished `tilmash build`).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildGlossaryFromEvidence, createEvidenceCollector } from '../../src/glossary/index.js';
import type { Glossary } from '../../src/glossary/types.js';
import type { AlignedDocument } from '../../src/align/types.js';
import type { FoldableEvidence } from '../../src/glossary/collect-evidence.js';
import type { BuildManifest } from '../manifest.js';
import type { ReportJson } from '../../src/contract/report-json.js';
import { renderAlignmentJson } from '../../src/contract/alignment-json.js';
import { renderGlossaryCsv, renderGlossaryWorkbook, renderTbxV2, renderTbxV3, renderTmx } from '../../src/export/index.js';
import { StageCache } from '../cache.js';
import { EVIDENCE_CACHE, evidenceKey, type CacheEntry } from '../process-document.js';
import { evidenceOfEntry, openEvidencePack } from '../evidence-pack.js';

/** A finished build's documents as the corpus stage sees them: aligned text and glossary evidence. */
export interface BuiltDocument {
  aligned: AlignedDocument;
  evidence: FoldableEvidence;
}

/**
 * The documents of a finished build, read back from its cache (documents whose entries are gone are skipped).
 * Their evidence comes from the evidence pack where it has them, as in a rebuild (decoded against the pack's one
 * table of strings, which the merge's speed depends on), else from their entries; the pack is left as it is.
 */
export async function loadBuiltDocuments(outDir: string): Promise<BuiltDocument[]> {
  const cacheDir = path.join(outDir, '.cache');
  const manifest = JSON.parse(await readFile(path.join(cacheDir, 'manifest.json'), 'utf8')) as BuildManifest;
  const cache = new StageCache(cacheDir);
  // In the manifest's order, which is the build's corpus order.
  const records = Object.values(manifest.records).filter((record) => record.alignedKey && record.termsKey);
  const pack = await openEvidencePack(
    cacheDir,
    records.map((record) => evidenceKey(record.termsKey!)),
    { force: false },
  );
  const documents: BuiltDocument[] = [];
  try {
    for (const record of records) {
      const key = evidenceKey(record.termsKey!);
      const aligned = (await cache.read<CacheEntry<AlignedDocument>>('align', record.alignedKey!))?.artefact;
      let evidence = pack.has(key) ? (await pack.take(key))() : null;
      if (!evidence) {
        const artefact = (await cache.read<CacheEntry<unknown>>(EVIDENCE_CACHE, key))?.artefact;
        evidence = artefact === undefined ? null : evidenceOfEntry(artefact);
      }
      if (aligned && evidence) documents.push({ aligned, evidence });
    }
  } finally {
    // Abandoned rather than closed: a bench never replaces the build's pack.
    await pack.abandon();
  }
  return documents;
}

/** The glossary of built documents, the way the build makes it (evidence merged a document at a time). */
export function glossaryOf(documents: readonly BuiltDocument[]): Glossary {
  const collector = createEvidenceCollector();
  for (const document of documents) collector.addEvidence(document.evidence);
  return buildGlossaryFromEvidence(
    collector.finish(),
    documents.map((document) => document.aligned),
    () => {},
  );
}

async function main(): Promise<void> {
  const [outDir, runsArg] = process.argv.slice(2);
  if (!outDir) {
    console.error('usage: node dist/pipeline/bench/glossary.js OUT_DIR [RUNS]');
    process.exitCode = 2;
    return;
  }
  const documents = await loadBuiltDocuments(outDir);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let entries = 0;
  for (let run = 0; run < Number(runsArg ?? 3); run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    entries = glossaryOf(documents).entries.length;
    const cpu = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  const glossary = glossaryOf(documents);
  const report = JSON.parse(await readFile(path.join(outDir, 'report.json'), 'utf8')) as ReportJson;
  const aligned = documents.map((document) => document.aligned);
  const renderers: Array<[string, () => unknown]> = [
    ['alignment.json', () => JSON.stringify(renderAlignmentJson(aligned), null, 1)],
    ['glossary.xlsx', () => renderGlossaryWorkbook({ glossary, documents: aligned, report })],
    ['alignment.tmx', () => renderTmx(aligned)],
    ['glossary.tbx', () => renderTbxV2(glossary)],
    ['glossary.v3.tbx', () => renderTbxV3(glossary)],
    ['glossary.csv', () => renderGlossaryCsv(glossary)],
  ];
  const exportTimes: string[] = [];
  for (const [name, render] of renderers) {
    const started = performance.now();
    await render();
    exportTimes.push(`${name} ${((performance.now() - started) / 1000).toFixed(2)} s`);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  // CPU time as well as wall time: on a shared machine the wall time also counts other processes' turns.
  console.log(
    `${documents.length} documents, ${entries} entries: glossary ${(median(times) / 1000).toFixed(2)} s wall, ` +
      `${(median(cpuTimes) / 1000).toFixed(2)} s CPU (medians of ${times.length}; fastest ${(Math.min(...times) / 1000).toFixed(2)} s wall)`,
  );
  console.log(`exports (one run each): ${exportTimes.join(', ')}`);
}

if (process.argv[1]?.endsWith('glossary.js')) await main();
