import type { Message } from '../src/model/index.js';
import { formatMessage } from '../src/contract/report-json.js';
import type { BuildResult } from './runner.js';
import { fromCache } from './process-document.js';
import { DOCUMENT_STAGE_NAMES, CORPUS_STAGE_NAMES } from './stages.js';

const MAX_LISTED_DOCUMENTS = 20;
const MAX_LISTED_MESSAGES = 40;

function seconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/** Dedupe and sort messages: fatal first, then by file and place (small pure filters, as textlint does). */
export function problemMessages(messages: readonly Message[]): Message[] {
  const seen = new Set<string>();
  const rank = { fatal: 0, warning: 1, info: 2 } as const;
  return messages
    .filter((m) => m.severity !== 'info')
    .filter((m) => {
      const key = `${m.file}|${m.place?.start.offset}|${m.ruleId}|${m.reason}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(
      (a, b) =>
        rank[a.severity] - rank[b.severity] ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        (a.place?.start.offset ?? -1) - (b.place?.start.offset ?? -1),
    );
}

/** The closing summary of a build: documents, languages, sentences, beads, entries, warnings, time per stage. */
export function formatBuildSummary(result: BuildResult, outDir: string): string {
  const lines: string[] = [];
  const documents = result.documents;
  const failed = documents.filter((d) => d.failed);
  lines.push(`tilmash build: ${documents.length} document(s), ${failed.length} failed, in ${seconds(result.totalMs)}`);
  const listed = documents.length <= MAX_LISTED_DOCUMENTS ? documents : failed.slice(0, MAX_LISTED_DOCUMENTS);
  for (const d of listed) {
    const langs = d.languages.length ? d.languages.join(' ') : '(no language)';
    const missing = (['en', 'kk', 'ru'] as const).filter((l) => !d.languages.includes(l));
    const sentences = Object.entries(d.sentences).map(([l, n]) => `${l} ${n}`).join(', ');
    lines.push(
      `  ${d.id}: ${d.failed ? 'FAILED; ' : ''}languages ${langs}${missing.length && d.languages.length ? ` (missing ${missing.join(', ')})` : ''}` +
        `; sentences ${sentences || '0'}; beads ${d.beads}; term candidates ${d.candidates}`,
    );
  }
  const sentences: Record<string, number> = {};
  let beads = 0;
  for (const d of documents) {
    for (const [l, n] of Object.entries(d.sentences)) sentences[l] = (sentences[l] ?? 0) + (n ?? 0);
    beads += d.beads;
  }
  const messages = [...documents.flatMap((d) => d.messages), ...result.corpusMessages];
  const warnings = messages.filter((m) => m.severity === 'warning').length;
  const fatals = messages.filter((m) => m.severity === 'fatal').length;
  lines.push(
    `  sentences: ${Object.entries(sentences).map(([l, n]) => `${l} ${n}`).join(', ') || '0'}; beads ${beads}` +
      (result.outcome && !result.outcome.upToDate
        ? `; glossary entries ${result.outcome.glossaryEntries} (${result.outcome.trilingualEntries} trilingual)`
        : '; glossary unchanged'),
  );
  lines.push(`  messages: ${fatals} error(s), ${warnings} warning(s), ${messages.length - fatals - warnings} info`);
  const cachedDocs = documents.filter(fromCache).length;
  const stageTimes = [...DOCUMENT_STAGE_NAMES, ...CORPUS_STAGE_NAMES]
    .filter((stage) => result.timings[stage] !== undefined)
    .map((stage) => `${stage} ${seconds(result.timings[stage])}`);
  lines.push(`  time per stage: ${stageTimes.join(', ') || '(all cached)'}; ${cachedDocs}/${documents.length} document(s) from the cache`);
  const problems = problemMessages(messages);
  for (const message of problems.slice(0, MAX_LISTED_MESSAGES)) lines.push(`  ${formatMessage(message)}`);
  if (problems.length > MAX_LISTED_MESSAGES) {
    lines.push(`  … and ${problems.length - MAX_LISTED_MESSAGES} more in ${outDir}/report.json`);
  }
  if (result.outcome?.upToDate) lines.push(`  output is up to date: ${outDir}/`);
  else if (result.outcome) lines.push(`  wrote ${result.outcome.written.map((f) => `${outDir}/${f}`).join(', ')}`);
  return lines.join('\n');
}
