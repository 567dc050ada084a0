// One document through the per-document stages: read and decode, then ingest → normalize → segment → align →
// terms, each keyed by a hash chained from the file's hash, name and the stage versions; the results of the
// stages marked `cached` (align) and the glossary evidence made from the terms are kept under those keys.
// Self-contained (a path in, plain data out) so it can run in a worker thread.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Lang, Message, Report, StageMessage, StageName } from '../src/model/index.js';
import type { DocumentFacts } from '../src/contract/report-json.js';
import type { IngestedDocument, SourceText } from '../src/ingest/types.js';
import type { NormalizedDocument } from '../src/normalize/types.js';
import type { AlignedDocument } from '../src/align/types.js';
import type { DocumentTerms } from '../src/terms/types.js';
import { checkFileSize, decodeInput } from '../src/ingest/decode/index.js';
import { documentEvidence, EVIDENCE_VERSION, type DocumentEvidence } from '../src/glossary/document-evidence.js';
import { StageCache } from './cache.js';
import { evidenceOfEntry, packEvidence, type PackedEvidence } from './evidence-pack.js';
import { hashParts } from './hash.js';
import { SourceLocator } from './locate.js';
import { alignStage, DOCUMENT_STAGES, STAGE_NAMES, termsStage, type DocumentStage } from './stages.js';

export interface ProcessOptions {
  corpusDir: string;
  cacheDir: string;
  force: boolean;
  maxBytes: number;
  /** Hash of the options that change stage outputs. */
  configHash: string;
}

/** What the build keeps about a document between runs (in the manifest) and reports. */
export interface DocumentRecord extends DocumentFacts {
  id: string;
  /** Path relative to the corpus folder. */
  file: string;
  size: number;
  mtimeMs: number;
  hash: string | null;
  /** Cache keys of the aligned document and its terms, when those stages succeeded. */
  alignedKey: string | null;
  termsKey: string | null;
  messages: Message[];
  /** Milliseconds per stage (0 when served from the cache). */
  timings: Partial<Record<StageName, number>>;
  cached: Partial<Record<StageName, boolean>>;
  /** True when a stage failed: later stages skipped this document. */
  failed: boolean;
}

/**
 * A processed document: its record and aligned document. Its glossary evidence stays in the cache, where the
 * glossary reads it one document at a time.
 */
export interface ProcessResult {
  record: DocumentRecord;
  aligned: AlignedDocument | null;
}

export interface CacheEntry<T> {
  artefact: T;
  /** Messages of every stage up to and including this one. */
  messages: Message[];
  facts: Partial<DocumentRecord>;
}

/** Cache folder of the documents' glossary evidence (see `documentEvidence`), next to the stages' folders. */
export const EVIDENCE_CACHE = 'evidence';

/**
 * Cache key of a document's glossary evidence: derived from the terms stage's key (the stage's own result is not
 * cached), so it changes with the document and every stage before, and with the evidence's own version.
 */
export function evidenceKey(termsKey: string): string {
  // "entry": the evidence is kept as a cache entry with the document's messages and facts.
  return hashParts(termsKey, EVIDENCE_CACHE, String(EVIDENCE_VERSION), 'entry');
}

/**
 * Whether every stage of the document was served from the cache. A file refused at read ran no stage, so it
 * is not "from the cache" either.
 */
export function fromCache(record: DocumentRecord): boolean {
  return STAGE_NAMES.every((stage) => record.cached[stage] === true);
}

/** Document id: the path without its extension (the runner makes clashing ids unique, see `assignDocumentIds`). */
export function documentId(relativeFile: string): string {
  return relativeFile.replace(/\\/g, '/').replace(/\.[^./]+$/, '');
}

function emptyRecord(id: string, file: string, size: number, mtimeMs: number): DocumentRecord {
  return {
    id,
    file,
    size,
    mtimeMs,
    hash: null,
    alignedKey: null,
    termsKey: null,
    languages: [],
    sectionsFound: {},
    sentences: {},
    beads: 0,
    candidates: 0,
    repairs: 0,
    messages: [],
    timings: {},
    cached: {},
    failed: false,
  };
}

/** Turns a stage's messages into located messages of this file. */
function resolveMessages(file: string, stage: StageName, messages: StageMessage[], locator: SourceLocator | null): Message[] {
  return messages.map((message) => {
    const { range, ...rest } = message;
    const resolved: Message = { file, source: stage, ...rest };
    if (range && locator) resolved.place = locator.position(range);
    return resolved;
  });
}

export async function processDocument(
  relativeFile: string,
  options: ProcessOptions,
  id: string = documentId(relativeFile),
): Promise<ProcessResult> {
  const absolute = path.join(options.corpusDir, relativeFile);
  const cache = new StageCache(options.cacheDir);
  const info = await stat(absolute);
  const record = emptyRecord(id, relativeFile, info.size, info.mtimeMs);
  const fatal = (stage: StageName, reason: string, ruleId: string): ProcessResult => {
    record.messages.push({ file: relativeFile, source: stage, severity: 'fatal', reason, ruleId });
    record.failed = true;
    return { record, aligned: null };
  };

  // Read: the size limit is checked before the bytes are read, so a huge file never fills memory.
  let started = performance.now();
  const tooLarge = checkFileSize(info.size, relativeFile, options.maxBytes);
  if (tooLarge) {
    record.messages.push(...resolveMessages(relativeFile, 'read', [tooLarge], null));
    record.failed = true;
    return { record, aligned: null };
  }
  const bytes = await readFile(absolute);
  // The clock restarts after the await: while this document waits for the disk, another document's stages may
  // run in this thread (several documents are in flight per thread), and their time is not this read's.
  started = performance.now();
  record.hash = hashParts(bytes);
  record.timings.read = performance.now() - started;

  // The artefacts name the document (its id, and its file in messages): a renamed file, or a copy of another
  // article, has entries of its own rather than the other name's.
  let key = hashParts(record.hash, options.configHash, id, relativeFile);
  const chain = DOCUMENT_STAGES;
  const keys = chain.map((stage) => (key = hashParts(key, stage.name, stage.version)));

  const alignedKey = keys[chain.indexOf(alignStage as DocumentStage<unknown, unknown>)];
  const termsKey = keys[chain.indexOf(termsStage as DocumentStage<unknown, unknown>)];

  // Find the deepest stage already cached: everything up to it is reused, the rest runs. Each cache entry
  // carries the messages and record facts of all stages up to it, so one read restores them. The glossary
  // evidence, made from the last stage's output, is the entry of a document done before.
  let resumeAt = 0;
  let input: unknown;
  // Restores the messages and facts of an entry that covers the stages before `end`, and marks them cached.
  const resumeFrom = (entry: CacheEntry<unknown>, end: number) => {
    record.messages.push(...entry.messages);
    Object.assign(record, entry.facts);
    for (const stage of chain.slice(0, end)) {
      record.cached[stage.name] = true;
      record.timings[stage.name] = 0;
    }
    input = entry.artefact;
    resumeAt = end;
  };
  const done = options.force ? undefined : await cache.read<CacheEntry<unknown>>(EVIDENCE_CACHE, evidenceKey(termsKey));
  // An entry whose evidence does not decode is damaged: the document runs again and writes it anew.
  if (done && evidenceOfEntry(done.artefact) !== null) {
    resumeFrom(done, chain.length);
  } else if (!options.force) {
    for (let i = chain.length - 1; i >= 0; i--) {
      if (!chain[i].cached) continue;
      const entry = await cache.read<CacheEntry<unknown>>(chain[i].name, keys[i]);
      if (!entry) continue;
      resumeFrom(entry, i + 1);
      break;
    }
  }

  let locator: SourceLocator | null = null;
  // The aligned document, as the align stage made it or as a build resuming after it read it from the cache.
  let aligned: AlignedDocument | null = chain[resumeAt - 1] === alignStage ? (input as AlignedDocument) : null;
  const decode = async () => {
    const decoded = await decodeInput(bytes, relativeFile, { maxBytes: options.maxBytes });
    if (decoded.ok) locator = new SourceLocator(decoded.text);
    return decoded;
  };
  if (resumeAt === 0) {
    started = performance.now();
    const decoded = await decode();
    record.messages.push(...resolveMessages(relativeFile, 'read', decoded.messages, null));
    record.timings.read = (record.timings.read ?? 0) + performance.now() - started;
    if (!decoded.ok) {
      record.failed = true;
      return { record, aligned: null };
    }
    const source: SourceText = { kind: 'source-text', schemaVersion: 1, id: record.id, file: relativeFile, text: decoded.text };
    input = source;
  }

  const writes: Array<Promise<void>> = [];
  for (let i = resumeAt; i < chain.length; i++) {
    const stage = chain[i];
    const stageMessages: StageMessage[] = [];
    const report: Report = (message) => stageMessages.push(message);
    started = performance.now();
    let output: unknown;
    try {
      output = stage.run(input, report);
    } catch (error) {
      // A throw inside a stage is a bug or unforeseen input: it becomes a fatal message on this document,
      // and the other documents carry on.
      const detail = error instanceof Error ? error.message : String(error);
      await Promise.all(writes);
      record.messages.push(...resolveMessages(relativeFile, stage.name, stageMessages, locator));
      return fatal(stage.name, `Stage \`${stage.name}\` failed on \`${relativeFile}\`: ${detail}`, 'stage-failed');
    }
    record.timings[stage.name] = performance.now() - started;
    record.cached[stage.name] = false;
    // When resuming from the cache there is no source text at hand: decode only if a message needs a place.
    if (!locator && stageMessages.some((m) => m.range)) await decode();
    record.messages.push(...resolveMessages(relativeFile, stage.name, stageMessages, locator));
    Object.assign(record, factsOf(stage.name, output));
    const facts = pickFacts(record);
    // Written while the next stages run: the entry is serialised now (a snapshot of the messages so far), the
    // disk work overlaps the CPU work, and the document is done only when every entry is on disk.
    if (stage.cached) writes.push(cache.write(stage.name, keys[i], { artefact: output, messages: record.messages, facts } satisfies CacheEntry<unknown>));
    if (stage.name === 'align') aligned = output as AlignedDocument;
    input = output;
  }

  if (record.cached.terms === false && aligned) {
    // The glossary's share of the document, reduced here in the worker (counted as terms time), also when the
    // build resumed after align: the corpus stage then merges small per-document summaries instead of reading
    // every candidate back. It is the terms stage's cache entry, with the messages and facts of every stage.
    const evidenceStarted = performance.now();
    const evidence = documentEvidence({ aligned, terms: input as DocumentTerms });
    record.timings.terms! += performance.now() - evidenceStarted;
    // Packed (see evidence-pack.ts): the corpus stage then decodes a block instead of parsing JSON.
    const entry: CacheEntry<PackedEvidence | DocumentEvidence> = {
      artefact: packEvidence(evidence) ?? evidence,
      messages: record.messages,
      facts: pickFacts(record),
    };
    writes.push(cache.write(EVIDENCE_CACHE, evidenceKey(termsKey), entry));
  }

  await Promise.all(writes);

  // The aligned document is re-read from its cache entry only when the whole chain was served from the cache.
  aligned ??= (await cache.read<CacheEntry<AlignedDocument>>(alignStage.name, alignedKey))?.artefact ?? null;
  record.alignedKey = alignedKey;
  record.termsKey = termsKey;
  if (record.messages.some((m) => m.severity === 'fatal')) record.failed = true;
  return { record, aligned };
}

function pickFacts(record: DocumentRecord): DocumentFacts {
  const { languages, sectionsFound, sentences, beads, candidates, repairs } = record;
  return { languages, sectionsFound, sentences, beads, candidates, repairs };
}

/** The record facts a stage's output establishes. */
function factsOf(stage: StageName, output: unknown): Partial<DocumentFacts> {
  switch (stage) {
    case 'ingest': {
      const ingested = output as IngestedDocument;
      const sectionsFound: Partial<Record<Lang, string[]>> = {};
      for (const section of ingested.sections) {
        const found = (sectionsFound[section.lang] ??= []);
        if (!found.includes(section.kind)) found.push(section.kind);
      }
      return { languages: [...ingested.languages], sectionsFound };
    }
    case 'normalize':
      return { repairs: (output as NormalizedDocument).repairs.length };
    case 'align': {
      const aligned = output as AlignedDocument;
      const sentences: Partial<Record<Lang, number>> = {};
      let beads = 0;
      for (const section of aligned.sections) {
        for (const [lang, list] of Object.entries(section.sentences) as Array<[Lang, unknown[]]>) {
          if (list.length > 0) sentences[lang] = (sentences[lang] ?? 0) + list.length;
        }
        beads += section.beads.length;
      }
      return { sentences, beads };
    }
    case 'terms':
      return { candidates: (output as DocumentTerms).candidates.length };
    default:
      return {};
  }
}
