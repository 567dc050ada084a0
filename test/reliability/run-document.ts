// Runs text through the per-document stages exactly as `pipeline/process-document.ts` chains them (decode, then
// ingest → normalize → segment → align → terms), in memory, keeping every artefact and every message, so the
// property tests can check the invariants between stages. Nothing is caught here: a throw is what they look for.
import type { Lang, Message, StageMessage, StageName } from '../../src/model/index.js';
import { decodeInput, type DecodeResult } from '../../src/ingest/decode/index.js';
import { ingest } from '../../src/ingest/index.js';
import type { IngestedDocument } from '../../src/ingest/types.js';
import { normalize } from '../../src/normalize/index.js';
import type { NormalizedDocument } from '../../src/normalize/types.js';
import { segment } from '../../src/segment/index.js';
import type { SegmentedDocument } from '../../src/segment/types.js';
import { align } from '../../src/align/index.js';
import type { AlignedDocument } from '../../src/align/types.js';
import { extractTerms } from '../../src/terms/index.js';
import type { DocumentTerms } from '../../src/terms/types.js';
import type { ReportDocument } from '../../src/contract/report-json.js';
import { SourceLocator } from '../../pipeline/locate.js';

/** A stage's message, tagged with the stage that reported it. */
export interface TaggedMessage extends StageMessage {
  stage: StageName;
}

/** Every artefact of one document, and what each stage reported. */
export interface DocumentRun {
  id: string;
  file: string;
  text: string;
  ingested: IngestedDocument;
  normalized: NormalizedDocument;
  segmented: SegmentedDocument;
  aligned: AlignedDocument;
  terms: DocumentTerms;
  messages: TaggedMessage[];
}

/** Runs already-decoded text through ingest → terms. */
export function runStages(text: string, id = 'doc', file = `${id}.md`, earlier: TaggedMessage[] = []): DocumentRun {
  const messages: TaggedMessage[] = [...earlier];
  const sink = (stage: StageName) => (message: StageMessage) => messages.push({ ...message, stage });
  const ingested = ingest({ kind: 'source-text', schemaVersion: 1, id, file, text }, sink('ingest'));
  const normalized = normalize(ingested, sink('normalize'));
  const segmented = segment(normalized, sink('segment'));
  const aligned = align(segmented, sink('align'));
  const terms = extractTerms(aligned, sink('terms'));
  return { id, file, text, ingested, normalized, segmented, aligned, terms, messages };
}

/** Decodes bytes as the build reads a file, then runs the stages; a refused file stops after decoding. */
export async function runFile(
  bytes: Uint8Array,
  file: string,
): Promise<{ decoded: DecodeResult; run: DocumentRun | null }> {
  const decoded = await decodeInput(bytes, file);
  if (!decoded.ok) return { decoded, run: null };
  const earlier = decoded.messages.map((message) => ({ ...message, stage: 'read' as const }));
  return { decoded, run: runStages(decoded.text, file.replace(/\.[^.]+$/, ''), file, earlier) };
}

/** The per-document facts of `report.json`, gathered as the runner gathers them (`factsOf` in process-document). */
export function reportDocument(run: DocumentRun): ReportDocument {
  const locator = new SourceLocator(run.text);
  const sectionsFound: Partial<Record<Lang, string[]>> = {};
  for (const section of run.ingested.sections) {
    const found = (sectionsFound[section.lang] ??= []);
    if (!found.includes(section.kind)) found.push(section.kind);
  }
  const sentences: Partial<Record<Lang, number>> = {};
  let beads = 0;
  for (const section of run.aligned.sections) {
    for (const [lang, list] of Object.entries(section.sentences) as Array<[Lang, unknown[]]>) {
      if (list.length > 0) sentences[lang] = (sentences[lang] ?? 0) + list.length;
    }
    beads += section.beads.length;
  }
  const messages: Message[] = run.messages.map(({ range, stage, ...rest }) => ({
    file: run.file,
    source: stage,
    ...rest,
    ...(range ? { place: locator.position(range) } : {}),
  }));
  return {
    id: run.id,
    file: run.file,
    languages: [...run.ingested.languages],
    sectionsFound,
    sentences,
    beads,
    candidates: run.terms.candidates.length,
    repairs: run.normalized.repairs.length,
    failed: false,
    cached: false,
    messages,
  };
}
