// The stage graph, in one readable list: per-document stages in order, then the corpus-wide ones.
// Each per-document stage is a pure function (input artefact, report) -> output artefact with its own version;
// the runner adds caching, timing, message resolution and error isolation around it.
import type { Report, StageName } from '../src/model/index.js';
import type { SourceText, IngestedDocument } from '../src/ingest/types.js';
import type { NormalizedDocument } from '../src/normalize/types.js';
import type { SegmentedDocument } from '../src/segment/types.js';
import type { AlignedDocument } from '../src/align/types.js';
import type { DocumentTerms } from '../src/terms/types.js';
import * as ingestModule from '../src/ingest/index.js';
import * as normalizeModule from '../src/normalize/index.js';
import * as segmentModule from '../src/segment/index.js';
import * as alignModule from '../src/align/index.js';
import * as termsModule from '../src/terms/index.js';
import { EVIDENCE_VERSION } from '../src/glossary/document-evidence.js';

export interface DocumentStage<I, O> {
  name: StageName;
  version: string;
  /**
   * Whether the stage's result is kept in the cache. The early stages are cheap (about 5 ms per article
   * together) and their results large: serialising and writing them cost more than running them again on the
   * rare build that resumes after them (a later stage's version changed).
   */
  cached: boolean;
  run(input: I, report: Report): O;
}

export const ingestStage: DocumentStage<SourceText, IngestedDocument> = {
  name: 'ingest',
  version: String(ingestModule.version),
  cached: false,
  run: (input, report) => ingestModule.ingest(input, report),
};

export const normalizeStage: DocumentStage<IngestedDocument, NormalizedDocument> = {
  name: 'normalize',
  version: String(normalizeModule.version),
  cached: false,
  run: (input, report) => normalizeModule.normalize(input, report),
};

export const segmentStage: DocumentStage<NormalizedDocument, SegmentedDocument> = {
  name: 'segment',
  version: String(segmentModule.version),
  cached: false,
  run: (input, report) => segmentModule.segment(input, report),
};

export const alignStage: DocumentStage<SegmentedDocument, AlignedDocument> = {
  name: 'align',
  version: String(alignModule.version),
  cached: true,
  run: (input, report) => alignModule.align(input, report),
};

export const termsStage: DocumentStage<AlignedDocument, DocumentTerms> = {
  name: 'terms',
  version: String(termsModule.version),
  // Kept in the cache only as the glossary evidence reduced from it (see `processDocument`): that is all later
  // stages read, and it is a fraction of the candidates' size (about 120 KB per article, 1.2 GB at 10,000).
  cached: false,
  run: (input, report) => termsModule.extractTerms(input, report),
};

/**
 * The per-document stages in run order: the one list the runner chains, caches, fingerprints and displays.
 * Each stage's input is the previous stage's output (the first takes the decoded source text).
 */
export const DOCUMENT_STAGES: ReadonlyArray<DocumentStage<unknown, unknown>> = [
  ingestStage,
  normalizeStage,
  segmentStage,
  alignStage,
  termsStage,
] as ReadonlyArray<DocumentStage<unknown, unknown>>;

/** Names of the per-document stages, in run order. */
export const STAGE_NAMES: readonly StageName[] = DOCUMENT_STAGES.map((stage) => stage.name);

/** Names of the per-document stages whose results are cached (each has a folder in `.cache/`). */
export const CACHED_STAGE_NAMES: readonly StageName[] = DOCUMENT_STAGES.filter((stage) => stage.cached).map((stage) => stage.name);

/** Per-document steps as the progress display and the summary show them: reading, then the stages. */
export const DOCUMENT_STAGE_NAMES: readonly StageName[] = ['read', ...STAGE_NAMES];

/** Corpus-wide steps after the barrier. */
export const CORPUS_STAGE_NAMES = ['glossary', 'export'] as const;

/**
 * Fingerprint of every per-document stage version and of the glossary evidence the workers make after them: a
 * change invalidates the build manifest's records, so the documents run again in the worker pool. (Were the
 * evidence left out, a new evidence version would find every record reusable and every evidence entry missing,
 * and the corpus stage would run each document again alone, in the main thread.)
 */
export function documentStagesFingerprint(): string {
  return [...DOCUMENT_STAGES.map((s) => `${s.name}@${s.version}`), `evidence@${EVIDENCE_VERSION}`].join(',');
}
