// Corpus-wide stages after the barrier: glossary (with the reviewers' decisions applied) and the exports.
// Everything is rendered in memory first and written only when all of it succeeded, each file atomically,
// so a failed build leaves the previous outputs as they were.
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Message, StageMessage } from '../src/model/index.js';
import type { AlignedDocument } from '../src/align/types.js';
import type { FoldableEvidence } from '../src/glossary/collect-evidence.js';
import { version as exportVersion } from '../src/export/index.js';
import type { Glossary } from '../src/glossary/types.js';
import { buildGlossaryFromEvidence, createEvidenceCollector, version as glossaryVersion } from '../src/glossary/index.js';
import { renderReportJson, type ReportDocument } from '../src/contract/report-json.js';
import { hashParts } from './hash.js';
import { StageCache } from './cache.js';
import { rememberWrittenWorkbook, writeManifest, type BuildManifest } from './manifest.js';
import { evidenceKey, fromCache, type DocumentRecord } from './process-document.js';
import type { Progress } from './progress.js';
import { writeFileAtomic, type PendingFile } from './write-atomic.js';
import { DECISIONS_FILE } from './corpus-files.js';
import { evidenceOfEntry, openEvidencePack } from './evidence-pack.js';
import { multilingualSections, openSectionsPack } from './sections-pack.js';
import { renderExports, reconcileReviewedWorkbook, applyReviewDecisions, recordWrittenParts, openAlignmentExports } from './exports.js';

export interface CorpusStageInput {
  corpusDir: string;
  outDir: string;
  records: DocumentRecord[];
  manifest: BuildManifest;
  /** Fingerprint of the per-document inputs (files, hashes, stage versions). */
  corpusInputs: string;
  force: boolean;
  corpusMessages: Message[];
  timings: Record<string, number>;
  progress: Progress;
  /**
   * Reads a document's cache entry (its aligned text, or its glossary evidence) and returns a function that
   * parses it; the function runs the document again when the entry is gone or damaged, and gives null when it
   * then fails. Documents are read ahead of their turn and parsed when it comes, so the read-ahead holds bytes
   * outside the heap and the parsed objects die young (parsed ahead, they outlived the young generation and
   * grew the heap by hundreds of megabytes at 10,000 articles). The evidence entry's artefact is handed to
   * `use`, which decodes it (null: damaged, and the document runs again).
   */
  load: {
    aligned(record: DocumentRecord): Promise<() => Promise<AlignedDocument | null>>;
    evidence(record: DocumentRecord): Promise<(use: (artefact: unknown) => FoldableEvidence | null) => Promise<FoldableEvidence | null>>;
  };
}

export interface CorpusOutcome {
  upToDate: boolean;
  glossaryEntries: number;
  trilingualEntries: number;
  written: string[];
}

/** Files every complete build writes into the output folder. */
export const OUTPUT_FILES = [
  'alignment.json',
  'glossary.json',
  'report.json',
  'glossary.xlsx',
  'alignment.tmx',
  'glossary.tbx',
  'glossary.v3.tbx',
  'glossary.csv',
] as const;

/**
 * The versions of what the corpus stages compute (see `inputsKey` in `runCorpusStages`); the evidence's version
 * is in `corpusInputs` already, with the document stages' (`documentStagesFingerprint`).
 */
const CORPUS_STAGES_VERSIONS = `glossary ${glossaryVersion}, export ${exportVersion}`;

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function toMessages(file: string, source: Message['source'], messages: StageMessage[]): Message[] {
  return messages.map(({ range: _range, ...rest }) => ({ file, source, ...rest }));
}

export async function runCorpusStages(input: CorpusStageInput): Promise<CorpusOutcome> {
  const { corpusDir, outDir, manifest } = input;
  const decisionsPath = path.join(corpusDir, DECISIONS_FILE);

  // A reviewer may have edited output/glossary.xlsx in place without `tilmash review import`: take their
  // decisions in before the workbook is replaced, so a rebuild never loses one.
  await reconcileReviewedWorkbook({
    outDir,
    corpusDir,
    writtenHashes: manifest.writtenWorkbooks,
    messages: input.corpusMessages,
    progress: input.progress,
  });

  const decisionsBytes = await readFile(decisionsPath).catch(() => null);
  // The corpus stages' own versions count too: after an upgrade that changes the glossary or the exports, an
  // unchanged corpus is not "up to date" with outputs made by the old code.
  const inputsKey = hashParts(input.corpusInputs, CORPUS_STAGES_VERSIONS, decisionsBytes ?? '');
  if (!input.force && manifest.corpusInputs === inputsKey) {
    const present = await Promise.all(OUTPUT_FILES.map((file) => exists(path.join(outDir, file))));
    if (present.every(Boolean)) {
      return { upToDate: true, glossaryEntries: -1, trilingualEntries: -1, written: [] };
    }
  }

  // Documents one at a time, in corpus order: each one's parts of the alignment exports are written, and only
  // its sections in two or more languages stay (the glossary's examples and the workbook's Alignment sheet show
  // them). A document whose parts are copied from the previous exports needs only those sections: they come
  // from the sections pack when it has them, and the whole aligned document is read only for the others.
  const sectionsPack = await openSectionsPack(
    path.join(outDir, '.cache'),
    input.records.flatMap((record) => (!record.failed && record.alignedKey ? [record.alignedKey] : [])),
    { force: input.force },
  );
  const alignmentExports = await openAlignmentExports(outDir, manifest.alignmentExports).catch(async (error: unknown) => {
    await sectionsPack.abandon();
    throw error;
  });
  type Loaded = { sections: AlignedDocument; whole: AlignedDocument | null } | null;
  const loadWhole = async (record: DocumentRecord): Promise<() => Promise<Loaded>> => {
    const parse = await input.load.aligned(record);
    return async () => {
      const whole = await parse();
      return whole && { sections: multilingualSections(whole), whole };
    };
  };
  const load = async (record: DocumentRecord): Promise<() => Promise<Loaded>> => {
    const key = record.alignedKey;
    if (key && alignmentExports.reuses(record.id, key) && sectionsPack.has(key)) {
      const parse = await sectionsPack.take(key);
      return async () => {
        const sections = parse();
        return sections ? { sections, whole: null } : (await loadWhole(record))();
      };
    }
    return loadWhole(record);
  };
  const files = new Map<string, string | Uint8Array | PendingFile>();
  const pending = new Map<string, PendingFile>();
  let finished = false;
  try {
    let started = performance.now();
    const included: DocumentRecord[] = [];
    const aligned: AlignedDocument[] = [];
    for await (const [record, parse] of inOrder(
      input.records.filter((record) => !record.failed),
      async (record) => [record, await load(record)] as const,
      READ_AHEAD,
    )) {
      const document = await parse();
      if (!document) continue;
      // The key is read after the load, which may have run the document again.
      const alignedKey = record.alignedKey!;
      if (document.whole) {
        await alignmentExports.add({ aligned: document.whole, alignedKey });
        sectionsPack.keep(alignedKey, document.sections);
      } else {
        await alignmentExports.addReused(record.id, alignedKey);
      }
      included.push(record);
      aligned.push(document.sections);
    }
    await sectionsPack.close();
    const exportMs = performance.now() - started;

    started = performance.now();
    const computed = await computedGlossary(input, included, aligned);
    const glossary = applyReviewDecisions(computed, decisionsPath, decisionsBytes, input.corpusMessages);
    input.timings.glossary = performance.now() - started;

    started = performance.now() - exportMs;
    const reportDocuments: ReportDocument[] = input.records.map((record) => ({
      id: record.id,
      file: record.file,
      languages: record.languages,
      sectionsFound: record.sectionsFound,
      sentences: record.sentences,
      beads: record.beads,
      candidates: record.candidates,
      repairs: record.repairs,
      failed: record.failed,
      cached: fromCache(record),
      messages: record.messages,
    }));
    const report = renderReportJson({
      corpus: corpusDir,
      documents: reportDocuments,
      corpusMessages: input.corpusMessages,
      glossaryEntries: glossary.entries.length,
      timings: input.timings,
    });
    // The alignment exports were written as the documents came, into pending files that replace the outputs
    // only when everything else succeeded too; the others are rendered in memory (they grow with the glossary).
    const { files: streamed, parts } = await alignmentExports.finish();
    finished = true;
    for (const [name, file] of streamed) pending.set(name, file);
    files.set('alignment.json', streamed.get('alignment.json')!);
    files.set('glossary.json', JSON.stringify({ version: glossary.version, entries: glossary.entries }, null, 1));
    const rendered = await renderExports({ glossary, documents: aligned, report, cacheDir: path.join(outDir, '.cache') });
    files.set('glossary.xlsx', rendered.get('glossary.xlsx')!);
    files.set('alignment.tmx', streamed.get('alignment.tmx')!);
    for (const [name, data] of rendered) if (!files.has(name)) files.set(name, data);
    input.timings.export = performance.now() - started;
    // report.json last, with the export time in it.
    files.set('report.json', JSON.stringify({ ...report, timings: roundTimings(input.timings) }, null, 1));

    const workbook = rendered.get('glossary.xlsx');
    if (workbook) {
      rememberWrittenWorkbook(manifest, hashParts(workbook));
      await writeManifest(path.join(outDir, '.cache'), manifest);
    }
    for (const [name, data] of files) {
      if (isPending(data)) await data.commit();
      else await writeFileAtomic(path.join(outDir, name), data);
      pending.delete(name);
    }
    await recordWrittenParts(outDir, parts);
    manifest.alignmentExports = parts;
    manifest.corpusInputs = inputsKey;
    return {
      upToDate: false,
      glossaryEntries: glossary.entries.length,
      trilingualEntries: glossary.entries.filter((e) => e.en && e.kk && e.ru).length,
      written: [...files.keys()],
    };
  } finally {
    // Pending files not committed (a failure above) are removed: the previous outputs stay.
    await sectionsPack.abandon();
    if (!finished) await alignmentExports.discard();
    else await Promise.all([...pending.values()].map((file) => file.discard()));
  }
}

/** The last computed glossary, in `output/.cache/`, with the key of the inputs it was computed from. */
const GLOSSARY_CACHE_FILE = 'glossary.json';

interface CachedGlossary {
  key: string;
  messages: Message[];
  glossary: Glossary;
}

/** The inputs of the computed glossary: its version and every document's evidence, in corpus order. */
function glossaryInputsKey(records: readonly DocumentRecord[]): string {
  return hashParts(String(glossaryVersion), ...records.map((record) => (record.termsKey ? evidenceKey(record.termsKey) : '')));
}

/**
 * The glossary before the reviewers' decisions. It depends on the documents' evidence alone, so the last one
 * is kept in the cache with the key of its inputs: a rebuild after a review (the decisions changed, no
 * document did), the most frequent rebuild, takes it from there instead of merging and linking the whole
 * corpus again. Otherwise each document's evidence is folded in and dropped, in corpus order (holding every
 * document's candidates ran a build of 10,000 articles out of memory), and the glossary is linked. The evidence
 * of documents unchanged since the last computation is decoded from the evidence pack (see `openEvidencePack`),
 * the others' is read from their cache entries.
 */
async function computedGlossary(input: CorpusStageInput, included: readonly DocumentRecord[], aligned: readonly AlignedDocument[]): Promise<Glossary> {
  const cacheFile = path.join(input.outDir, '.cache', GLOSSARY_CACHE_FILE);
  if (!input.force) {
    const key = glossaryInputsKey(included);
    const bytes = await readFile(cacheFile).catch(() => undefined);
    // The key is written first (see below): a glossary of other inputs, the usual case when this runs, is not
    // parsed at all (tens of megabytes at 10,000 articles).
    const prefix = Buffer.from(`{"key":${JSON.stringify(key)},`, 'utf8');
    const cached = bytes?.subarray(0, prefix.length).equals(prefix) ? StageCache.parse<CachedGlossary>(bytes) : undefined;
    if (cached?.key === key) {
      input.corpusMessages.push(...cached.messages);
      return cached.glossary;
    }
  }
  const collector = createEvidenceCollector();
  const linked: DocumentRecord[] = [];
  const linkedAligned: AlignedDocument[] = [];
  // Unchanged documents' evidence comes from the pack, the others' from their entries (and into the next pack).
  const keys = included.map((record) => (record.termsKey ? evidenceKey(record.termsKey) : null));
  const pack = await openEvidencePack(path.join(input.outDir, '.cache'), keys.filter((key) => key !== null), { force: input.force });
  const fromEntry = (record: DocumentRecord, parse: Awaited<ReturnType<CorpusStageInput['load']['evidence']>>) =>
    // The key is read when the entry is, which may be after the document ran again.
    parse((artefact) => (record.termsKey ? pack.keepEntry(evidenceKey(record.termsKey), artefact) : evidenceOfEntry(artefact)));
  const load = async (index: number) => {
    const record = included[index];
    const key = keys[index];
    if (key !== null && pack.has(key)) {
      const decode = await pack.take(key);
      return async () => decode() ?? (await fromEntry(record, await input.load.evidence(record)));
    }
    const parse = await input.load.evidence(record);
    return () => fromEntry(record, parse);
  };
  try {
    for await (const [index, parse] of inOrder(included.map((_, index) => index), async (index) => [index, await load(index)] as const, READ_AHEAD)) {
      const evidence = await parse();
      // Null only when the document had to run again and failed: it is left out.
      if (!evidence) continue;
      collector.addEvidence(evidence);
      linked.push(included[index]);
      linkedAligned.push(aligned[index]);
    }
    await pack.close();
  } finally {
    await pack.abandon();
  }
  const glossaryMessages: StageMessage[] = [];
  const glossary = buildGlossaryFromEvidence(collector.finish(), linkedAligned, (message) => glossaryMessages.push(message));
  const messages = toMessages('(corpus)', 'glossary', glossaryMessages);
  input.corpusMessages.push(...messages);
  // The key first, for the check above.
  const cached: CachedGlossary = { key: glossaryInputsKey(linked), messages, glossary };
  await writeFileAtomic(cacheFile, JSON.stringify(cached), { durable: false });
  return glossary;
}

function isPending(data: string | Uint8Array | PendingFile): data is PendingFile {
  return typeof data === 'object' && 'commit' in data;
}

/**
 * Documents read ahead of the one being merged: the disk work of the next overlaps the parsing of this one.
 * Each read is several round trips through libuv's thread pool, so a short queue leaves this thread idle
 * (reading 10,000 aligned documents: 4.7 s with 8 ahead, 2.8 s with 32).
 */
const READ_AHEAD = 32;

/**
 * `load` of each item, yielded in the items' order, with up to `ahead` loads under way at once (a load that
 * fails rejects when its turn comes, never unobserved before).
 */
async function* inOrder<T, R>(items: readonly T[], load: (item: T) => Promise<R>, ahead: number): AsyncGenerator<R> {
  const pending: Array<Promise<R>> = [];
  let next = 0;
  const start = () => {
    const loading = load(items[next++]);
    loading.catch(() => {});
    pending.push(loading);
  };
  while (next < items.length && pending.length < ahead) start();
  while (pending.length > 0) {
    const loaded = await pending.shift()!;
    if (next < items.length) start();
    yield loaded;
  }
}

function roundTimings(timings: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)]));
}
