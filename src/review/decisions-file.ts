import { LANGS, type Lang } from '../model/index.js';
import type { Decision, DecisionsDiff, DecisionsFile, ReviewMessage, TermSet } from './types.js';

/** File name of the decisions file in the corpus folder. */
export const DECISIONS_FILE_NAME = 'tilmash-decisions.json';

/** A decisions file with no decisions (a corpus nobody reviewed yet). */
export function emptyDecisionsFile(): DecisionsFile {
  return { version: 1, decisions: [] };
}

/**
 * A decision with its keys in a fixed order and without empty optional fields, so the file diffs line by line
 * and equal decisions serialise equally.
 */
export function canonicalDecision(decision: Decision): Decision {
  const canonical: Decision = {
    id: decision.id,
    appliesTo: { en: decision.appliesTo.en ?? null, kk: decision.appliesTo.kk ?? null, ru: decision.appliesTo.ru ?? null },
    status: decision.status,
  } as Decision;
  const corrected: Partial<Record<Lang, string | null>> = {};
  for (const lang of LANGS) {
    const value = decision.corrected?.[lang];
    if (value !== undefined) corrected[lang] = value;
  }
  if (Object.keys(corrected).length > 0) canonical.corrected = corrected;
  if (decision.note !== undefined && decision.note.length > 0) canonical.note = decision.note;
  canonical.when = decision.when;
  if (decision.workbook !== undefined) canonical.workbook = decision.workbook;
  return canonical;
}

/** True when two decisions say the same (their time and source aside). */
export function sameDecision(a: Decision, b: Decision): boolean {
  const strip = (d: Decision) => JSON.stringify({ ...canonicalDecision(d), when: '', workbook: '' });
  return strip(a) === strip(b);
}

/** Serialises the decisions file: sorted by entry id, two-space indented, one trailing newline. */
export function serializeDecisionsFile(file: DecisionsFile): string {
  const decisions = [...file.decisions].map(canonicalDecision).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return JSON.stringify({ version: 1, decisions }, null, 2) + '\n';
}

/**
 * Parses and checks a decisions file. A file that is not valid JSON or not a version-1 decisions file is
 * refused (`file: null` and a fatal message): the build must not run on, nor an import overwrite, decisions it
 * cannot read. A single malformed decision is refused the same way, naming its index, rather than dropped.
 */
export function parseDecisionsFile(text: string, fileName: string): { file: DecisionsFile | null; messages: ReviewMessage[] } {
  const refuse = (reason: string) => ({
    file: null,
    messages: [{ file: fileName, reason, ruleId: 'decisions-file-invalid', severity: 'fatal' as const, source: 'review' as const }],
  });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refuse(`Expected JSON in \`${fileName}\`, but it does not parse (${(error as Error).message}); fix it or restore \`${fileName}.bak\`.`);
  }
  if (!isObject(data) || data.version !== 1 || !Array.isArray(data.decisions)) {
    return refuse(`Expected \`{"version": 1, "decisions": [...]}\` in \`${fileName}\`; restore it from \`${fileName}.bak\` or version control.`);
  }
  const decisions: Decision[] = [];
  const seen = new Map<string, number>();
  for (const [index, item] of data.decisions.entries()) {
    const problem = decisionProblem(item);
    if (problem) return refuse(`Decision ${index} in \`${fileName}\` ${problem}; fix it by hand or restore \`${fileName}.bak\`.`);
    const decision = canonicalDecision(item as Decision);
    const first = seen.get(decision.id);
    // Two decisions on one entry (a bad merge of the file in version control): which one holds is the
    // reviewers' call, not tilmash's.
    if (first !== undefined) {
      return refuse(`Decisions ${first} and ${index} in \`${fileName}\` are both on entry "${decision.id}"; keep one of them.`);
    }
    seen.set(decision.id, index);
    decisions.push(decision);
  }
  return { file: { version: 1, decisions }, messages: [] };
}

/** Compares two decisions files by entry id. */
export function diffDecisions(before: DecisionsFile, after: DecisionsFile): DecisionsDiff {
  const old = new Map(before.decisions.map((d) => [d.id, d]));
  const next = new Map(after.decisions.map((d) => [d.id, d]));
  const diff: DecisionsDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const [id, decision] of next) {
    const previous = old.get(id);
    if (!previous) diff.added.push(id);
    else if (JSON.stringify(canonicalDecision(previous)) !== JSON.stringify(canonicalDecision(decision))) diff.changed.push(id);
    else diff.unchanged++;
  }
  for (const id of old.keys()) if (!next.has(id)) diff.removed.push(id);
  return diff;
}

function decisionProblem(item: unknown): string | null {
  if (!isObject(item)) return 'is not an object';
  if (typeof item.id !== 'string' || item.id.length === 0) return 'has no string `id`';
  if (item.status !== 'candidate' && item.status !== 'approved' && item.status !== 'rejected') {
    return `has status ${JSON.stringify(item.status)}, expected "candidate", "approved" or "rejected"`;
  }
  if (!isObject(item.appliesTo) || !isTermSet(item.appliesTo, false)) return 'has no `appliesTo` with en, kk, ru (string or null)';
  if (item.corrected !== undefined && (!isObject(item.corrected) || !isTermSet(item.corrected, true))) {
    return 'has a `corrected` that is not an object of en, kk, ru (string or null)';
  }
  if (item.note !== undefined && typeof item.note !== 'string') return 'has a `note` that is not a string';
  if (typeof item.when !== 'string') return 'has no `when` (ISO time)';
  if (item.workbook !== undefined && typeof item.workbook !== 'string') return 'has a `workbook` that is not a string';
  return null;
}

function isTermSet(value: Record<string, unknown>, partial: boolean): value is Partial<TermSet> {
  for (const key of Object.keys(value)) if (!(LANGS as readonly string[]).includes(key)) return false;
  return LANGS.every((lang) =>
    value[lang] === undefined ? partial : value[lang] === null || typeof value[lang] === 'string',
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
