// The build: list the corpus, run the per-document stages concurrently (cached), wait for all documents,
// then run the corpus-wide stages (glossary, decisions, exports) and write the output folder atomically.
import { statSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { Message } from '../src/model/index.js';
import type { AlignedDocument } from '../src/align/types.js';
import { hashParts, stableJson } from './hash.js';
import { acquireOutputLock } from './lock.js';
import { readManifest, writeManifest, type BuildManifest } from './manifest.js';
import { documentId, EVIDENCE_CACHE, evidenceKey, processDocument, type CacheEntry, type DocumentRecord, type ProcessOptions } from './process-document.js';
import { TEMPORARY_PREFIX } from './write-atomic.js';
import { createDocumentPool } from './document-pool.js';
import { createProgress, type ProgressMode } from './progress.js';
import { CACHED_STAGE_NAMES, DOCUMENT_STAGE_NAMES, documentStagesFingerprint } from './stages.js';
import { StageCache } from './cache.js';
import { runCorpusStages, type CorpusOutcome } from './corpus-stages.js';
import { listCorpusFiles } from './corpus-files.js';
import { DEFAULT_MAX_BYTES } from '../src/ingest/decode/index.js';

export interface BuildOptions {
  corpusDir: string;
  outDir: string;
  jobs: number;
  force: boolean;
  /** Files over this size are refused (default 20 MB). */
  maxBytes?: number;
  progress: ProgressMode;
}

export interface BuildResult {
  documents: DocumentRecord[];
  corpusMessages: Message[];
  outcome: CorpusOutcome | null;
  /** Wall time per stage, ms (per-document stages summed over documents). */
  timings: Record<string, number>;
  totalMs: number;
  /** Wall time of the per-document phase (all documents, before the barrier). */
  documentPhaseMs: number;
  /** True when nothing changed and the corpus-wide stages were skipped. */
  upToDate: boolean;
}


/** Fewer changed documents than this are processed in one worker thread (see `build`). */
const FEW_DOCUMENTS = 4;

export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const corpusDir = path.resolve(options.corpusDir);
  const outDir = path.resolve(options.outDir);
  const cacheDir = path.join(outDir, '.cache');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const corpusMessages: Message[] = [];

  const corpusInfo = await stat(corpusDir).catch(() => null);
  if (!corpusInfo?.isDirectory()) {
    throw new CorpusError(`The corpus folder \`${options.corpusDir}\` does not exist or is not a folder.`);
  }

  const release = await acquireOutputLock(outDir);
  const progress = createProgress(options.progress);
  try {
    const configHash = hashParts(stableJson({ maxBytes }));
    const fingerprint = `${documentStagesFingerprint()}|${configHash}`;
    const manifest: BuildManifest = await readManifest(cacheDir, fingerprint);
    const files = await listCorpusFiles(corpusDir);
    const ids = assignDocumentIds(files, corpusMessages);
    await removeStaleTemporaryFiles(outDir);
    progress.start(files.length, DOCUMENT_STAGE_NAMES);

    const processOptions: ProcessOptions = { corpusDir, cacheDir, force: options.force, maxBytes, configHash };
    // p-limit bounds the files open at once (10,000 files are never all read together); the pool bounds CPU.
    // Four documents per thread in flight, so a thread never waits for the main thread to hand it the next.
    const phaseStarted = performance.now();
    const limit = pLimit(Math.max(2, options.jobs * 4));
    // Unchanged documents are found first, so that the pool is sized for the rest: a rebuild after a few edits
    // runs them in one worker thread, as loading the models into a second one would cost more than the
    // documents themselves. `--jobs 1` runs everything in this thread.
    const reusable = files.map((file) => reusableRecord(manifest, corpusDir, file, ids.get(file)!, options.force));
    const changed = reusable.filter((record) => record === null).length;
    const pool = createDocumentPool(options.jobs <= 1 ? 0 : changed < FEW_DOCUMENTS ? 1 : options.jobs, processOptions);
    const cache = new StageCache(cacheDir);
    const results = await Promise.all(
      files.map((file, index) =>
        limit(async () => {
          const id = ids.get(file)!;
          const reused = reusable[index];
          if (reused) {
            progress.documentDone(reused.id, DOCUMENT_STAGE_NAMES, reused.failed);
            return { record: { ...reused, cached: allCached(), timings: {} }, aligned: null, reused: true };
          }
          const result = await pool.run(file, id);
          progress.documentDone(result.record.id, DOCUMENT_STAGE_NAMES, result.record.failed);
          return { ...result, reused: false };
        }),
      ),
    );

    await pool.close();
    const documentPhaseMs = performance.now() - phaseStarted;

    const timings: Record<string, number> = {};
    for (const { record } of results) {
      for (const [stage, ms] of Object.entries(record.timings)) timings[stage] = (timings[stage] ?? 0) + (ms ?? 0);
    }
    const records = results.map((r) => r.record);
    const resultOf = new Map(results.map((r) => [r.record, r]));
    manifest.records = Object.fromEntries(records.map((record) => [record.file, record]));

    // Barrier passed: the corpus-wide stages see every document that did not fail.
    const corpusInputs = hashParts(
      fingerprint,
      ...records.map((r) => `${r.file}:${r.hash}:${r.failed}`),
    );
    // The manifest said the document was done, but a cache entry is gone or damaged (a cache folder cleared or
    // edited by hand, a torn write): it is run again rather than left out of the outputs. Null when it fails.
    const runAgain = async (record: DocumentRecord) => {
      const rerun = await processDocument(record.file, processOptions, record.id);
      Object.assign(record, rerun.record);
      return record.failed ? null : rerun;
    };
    const outcome = await runCorpusStages({
      corpusDir,
      outDir,
      records,
      manifest,
      corpusInputs,
      force: options.force,
      corpusMessages,
      timings,
      progress,
      load: {
        aligned: async (record: DocumentRecord) => {
          // This build's aligned document is handed over once: the corpus stages keep only what they need of it.
          const result = resultOf.get(record);
          const inMemory = result?.aligned ?? null;
          if (result) result.aligned = null;
          const bytes = inMemory || !record.alignedKey ? null : await cache.readBytes('align', record.alignedKey);
          return async () => {
            const aligned = inMemory ?? StageCache.parse<CacheEntry<AlignedDocument>>(bytes)?.artefact;
            if (aligned) return aligned;
            const rerun = await runAgain(record);
            return rerun?.aligned ?? null;
          };
        },
        evidence: async (record: DocumentRecord) => {
          const read = () => (record.termsKey ? cache.readBytes(EVIDENCE_CACHE, evidenceKey(record.termsKey)) : Promise.resolve(undefined));
          const bytes = await read();
          return async (use) => {
            const artefact = StageCache.parse<CacheEntry<unknown>>(bytes)?.artefact;
            const evidence = artefact === undefined ? null : use(artefact);
            if (evidence) return evidence;
            if (!(await runAgain(record))) return null;
            const again = StageCache.parse<CacheEntry<unknown>>(await read())?.artefact;
            return again === undefined ? null : use(again);
          };
        },
      },
    });
    await writeManifest(cacheDir, manifest);
    return {
      documents: records,
      corpusMessages,
      outcome,
      timings,
      totalMs: performance.now() - started,
      documentPhaseMs,
      upToDate: outcome.upToDate,
    };
  } finally {
    progress.stop();
    await release();
  }
}

/** Thrown when the build cannot start at all (exit code 2). */
export class CorpusError extends Error {
  override name = 'CorpusError';
}

function allCached(): DocumentRecord['cached'] {
  return Object.fromEntries(DOCUMENT_STAGE_NAMES.map((stage) => [stage, true]));
}

/**
 * A manifest record is reused when the file's size and mtime are unchanged and it built without failure. The
 * file is looked at synchronously: a stat answered from the file system's cache takes microseconds, and one
 * through the thread pool several times that in hand-offs (10,000 files: ~80 ms against ~280 ms), while nothing
 * else is under way yet for this thread to do.
 */
function reusableRecord(manifest: BuildManifest, corpusDir: string, file: string, id: string, force: boolean): DocumentRecord | null {
  if (force) return null;
  const record = manifest.records[file];
  if (!record || record.failed || !record.alignedKey || record.id !== id) return null;
  const info = statSync(path.join(corpusDir, file));
  if (info.size !== record.size || info.mtimeMs !== record.mtimeMs) return null;
  return record;
}

/**
 * Document ids are paths without their extension (`000_9b0e67f1d2ff5f5f`); when two files differ only in
 * extension (`article.md`, `article.docx`), both keep their extension in the id instead, and the clash is
 * reported, so no two documents ever share an id in the outputs.
 */
export function assignDocumentIds(files: readonly string[], messages: Message[]): Map<string, string> {
  const byStem = new Map<string, string[]>();
  for (const file of files) {
    const stem = documentId(file);
    const group = byStem.get(stem);
    if (group) group.push(file);
    else byStem.set(stem, [file]);
  }
  const ids = new Map<string, string>();
  for (const [stem, group] of byStem) {
    if (group.length === 1) {
      ids.set(group[0], stem);
      continue;
    }
    for (const file of group) ids.set(file, file);
    messages.push({
      file: group[0],
      source: 'runner',
      severity: 'warning',
      ruleId: 'duplicate-document-id',
      reason: `Files ${group.map((f) => `\`${f}\``).join(', ')} would have the same id \`${stem}\`; they are kept apart by their full names. Keep one format per article.`,
    });
  }
  return ids;
}

/**
 * Temporary files (`.tilmash-tmp-*`) left in the output folder and its cache by a build that was killed
 * between writing and renaming. Called under the output lock, so no live build owns any of them.
 */
async function removeStaleTemporaryFiles(outDir: string): Promise<void> {
  const folders = [outDir, path.join(outDir, '.cache'), ...[...CACHED_STAGE_NAMES, EVIDENCE_CACHE].map((stage) => path.join(outDir, '.cache', stage))];
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    await Promise.all(names.filter((name) => name.startsWith(TEMPORARY_PREFIX)).map((name) => rm(path.join(folder, name), { force: true })));
  }
}
