import type { Lang, Message } from '../model/index.js';

/** What the stages established about a document: languages, sections found, counts. */
export interface DocumentFacts {
  languages: Lang[];
  /** Section kinds found per language, e.g. { en: ['title','abstract','keywords','body','references'] }. */
  sectionsFound: Partial<Record<Lang, string[]>>;
  sentences: Partial<Record<Lang, number>>;
  beads: number;
  candidates: number;
  repairs: number;
}

/** Per-document facts the runner gathers (a subset of its manifest record). */
export interface ReportDocument extends DocumentFacts {
  id: string;
  file: string;
  failed: boolean;
  cached: boolean;
  messages: Message[];
}

/** `output/report.json`, contract version 1. */
export interface ReportJson {
  version: 1;
  generated: string;
  corpus: string;
  totals: {
    documents: number;
    failed: number;
    sentences: Partial<Record<Lang, number>>;
    beads: number;
    glossaryEntries: number;
    messages: Record<'info' | 'warning' | 'fatal', number>;
  };
  /** Wall time per stage in milliseconds (summed over documents for per-document stages). */
  timings: Record<string, number>;
  documents: Array<Omit<ReportDocument, 'messages'> & { messages: FlatMessage[] }>;
  /** Messages not tied to one document (corpus folder, decisions file, review workbook). */
  messages: FlatMessage[];
}

/** A message with its place flattened to line and column, as reviewers filter it in a spreadsheet. */
export interface FlatMessage {
  file: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  severity: Message['severity'];
  ruleId: string;
  source: string;
  reason: string;
  actual?: string;
  expected?: string;
}

export function flattenMessage(message: Message): FlatMessage {
  const flat: FlatMessage = {
    file: message.file,
    line: message.place?.start.line ?? null,
    column: message.place?.start.column ?? null,
    endLine: message.place?.end.line ?? null,
    endColumn: message.place?.end.column ?? null,
    severity: message.severity,
    ruleId: message.ruleId,
    source: message.source,
    reason: message.reason,
  };
  if (message.actual !== undefined) flat.actual = message.actual;
  if (message.expected !== undefined) flat.expected = message.expected;
  return flat;
}

/** Printed form: `path:line:col-line:col  severity  reason  ruleId  stage`. */
export function formatMessage(message: Message): string {
  const place = message.place
    ? `:${message.place.start.line}:${message.place.start.column}-${message.place.end.line}:${message.place.end.column}`
    : '';
  return `${message.file}${place}  ${message.severity}  ${message.reason}  ${message.ruleId}  ${message.source}`;
}

export function renderReportJson(input: {
  corpus: string;
  documents: readonly ReportDocument[];
  corpusMessages: readonly Message[];
  glossaryEntries: number;
  timings: Record<string, number>;
  generated?: Date;
}): ReportJson {
  const count = { info: 0, warning: 0, fatal: 0 };
  const sentences: Partial<Record<Lang, number>> = {};
  let beads = 0;
  for (const document of input.documents) {
    for (const message of document.messages) count[message.severity]++;
    for (const [lang, n] of Object.entries(document.sentences) as Array<[Lang, number]>) sentences[lang] = (sentences[lang] ?? 0) + n;
    beads += document.beads;
  }
  for (const message of input.corpusMessages) count[message.severity]++;
  return {
    version: 1,
    generated: (input.generated ?? new Date()).toISOString(),
    corpus: input.corpus,
    totals: {
      documents: input.documents.length,
      failed: input.documents.filter((d) => d.failed).length,
      sentences,
      beads,
      glossaryEntries: input.glossaryEntries,
      messages: count,
    },
    timings: Object.fromEntries(Object.entries(input.timings).map(([k, v]) => [k, Math.round(v)])),
    documents: input.documents.map((document) => ({ ...document, messages: document.messages.map(flattenMessage) })),
    messages: input.corpusMessages.map(flattenMessage),
  };
}
