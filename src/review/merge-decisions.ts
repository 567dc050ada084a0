import { LANGS, type Lang } from '../model/index.js';
import type { EntryStatus, Glossary } from '../glossary/types.js';
import type { Decision, DecisionsFile, ExportedRow, ReviewMessage, ReviewRow, TermSet } from './types.js';
import { canonicalDecision, sameDecision } from './decisions-file.js';
import { effectiveTerms } from './effective-terms.js';
import { displayForm, entryTerms, termAgreement } from './term-keys.js';

/** Options of {@link mergeDecisions}. */
export interface MergeDecisionsOptions {
  /** Time stamped on new and changed decisions (ISO). Default: now. */
  when?: string;
  /** File name of the workbook, recorded on new and changed decisions and named in messages. */
  workbook?: string;
  /** Receives a warning per change that was not taken because it conflicts with a later decision. */
  report?: (message: ReviewMessage) => void;
}

/** What the reviewer changed on a row, against what the row showed when exported. */
interface RowChanges {
  status?: EntryStatus;
  note?: string | null;
  terms: Partial<Record<Lang, string | null>>;
}

/**
 * Merges the rows of a reviewed workbook into the decisions file and returns the new file (the input is not
 * changed).
 *
 * Only what the reviewer changed counts: each row is compared with what it showed when exported (the
 * workbook's hidden snapshot, else `glossaryAtExport`), so an untouched row never overwrites a decision, an
 * older workbook cannot undo a later decision, and importing the same workbook twice changes nothing. A row is
 * tied to a decision by entry id, else by its terms. A decision set back to a plain candidate (no note, no
 * correction) is removed. Without any record of what a row showed, set statuses and notes are taken, but a
 * status set back to "candidate" and edited terms are not (they cannot be told from an outdated row).
 */
export function mergeDecisions(
  existing: DecisionsFile,
  rows: readonly ReviewRow[],
  glossaryAtExport?: Glossary,
  options: MergeDecisionsOptions = {},
): DecisionsFile {
  const when = options.when ?? new Date().toISOString();
  const decisions: Array<Decision | null> = existing.decisions.map((decision) => canonicalDecision(decision));
  const exportedEntries = new Map((glossaryAtExport?.entries ?? []).map((entry) => [entry.id, entry]));
  const claimed = new Set<number>();
  // Decisions some row names by id are that row's: a term match must not take them first.
  const rowIds = new Set(rows.map((row) => row.id));
  const reserved = new Set(decisions.flatMap((decision, index) => (decision && rowIds.has(decision.id) ? [index] : [])));

  for (const row of rows) {
    const atExport = exportedEntries.get(row.id);
    const baseline: ExportedRow | null =
      row.exported ?? (atExport ? { terms: entryTerms(atExport), status: atExport.status, note: atExport.note ?? null } : null);
    const shown = shownTerms(row, baseline);
    const index = findDecision(decisions, claimed, reserved, row.id, shown);
    if (index !== -1) claimed.add(index);
    const current = index === -1 ? null : decisions[index];
    const changes = baseline ? changesAgainst(row, baseline) : changesWithoutBaseline(row, current);
    if (baseline && current) dropConflicts(changes, baseline, current, row, options);
    if (changes.status === undefined && changes.note === undefined && Object.keys(changes.terms).length === 0) continue;

    const next: Decision = current
      ? { ...current, ...(current.corrected ? { corrected: { ...current.corrected } } : {}) }
      : {
          id: row.id,
          appliesTo: shown,
          status: baseline?.status ?? 'candidate',
          ...(baseline?.note ? { note: baseline.note } : {}),
          when,
        };
    next.id = row.id;
    if (changes.status !== undefined) next.status = changes.status;
    if (changes.note !== undefined) {
      if (changes.note === null) delete next.note;
      else next.note = changes.note;
    }
    for (const lang of Object.keys(changes.terms) as Lang[]) {
      const value = changes.terms[lang] ?? null;
      const corrected = { ...next.corrected };
      if (value === displayForm(next.appliesTo[lang])) delete corrected[lang];
      else corrected[lang] = value;
      if (Object.keys(corrected).length > 0) next.corrected = corrected;
      else delete next.corrected;
    }

    const plain = next.status === 'candidate' && !next.note && !next.corrected;
    if (current && sameDecision(current, next)) continue;
    if (plain) {
      if (index !== -1) decisions[index] = null;
      continue;
    }
    const stamped = canonicalDecision({ ...next, when, ...(options.workbook ? { workbook: options.workbook } : {}) });
    if (index === -1) {
      decisions.push(stamped);
      claimed.add(decisions.length - 1);
    } else decisions[index] = stamped;
  }

  const kept = decisions.filter((decision): decision is Decision => decision !== null);
  return { version: 1, decisions: kept.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

/** The terms the row stood for when exported; for a language whose column is gone, the snapshot's term. */
function shownTerms(row: ReviewRow, baseline: ExportedRow | null): TermSet {
  const terms = {} as TermSet;
  for (const lang of LANGS) {
    terms[lang] = baseline ? baseline.terms[lang] : displayForm(row.terms[lang]);
  }
  return terms;
}

/** The decision a row is about: the one with its id, else the one made on the same terms. */
function findDecision(
  decisions: ReadonlyArray<Decision | null>,
  claimed: ReadonlySet<number>,
  reserved: ReadonlySet<number>,
  id: string,
  shown: TermSet,
): number {
  const byId = decisions.findIndex((decision, index) => decision?.id === id && !claimed.has(index));
  if (byId !== -1) return byId;
  const languages = LANGS.filter((lang) => shown[lang] !== null).length;
  const needed = Math.min(2, languages);
  if (needed === 0) return -1;
  let best = -1;
  let bestAgreement = needed - 1;
  decisions.forEach((decision, index) => {
    if (!decision || claimed.has(index) || reserved.has(index)) return;
    const agreement = Math.max(termAgreement(decision.appliesTo, shown), termAgreement(effectiveTerms(decision), shown));
    if (agreement > bestAgreement) {
      best = index;
      bestAgreement = agreement;
    }
  });
  return best;
}

function changesAgainst(row: ReviewRow, baseline: ExportedRow): RowChanges {
  const changes: RowChanges = { terms: {} };
  // An emptied Status cell says nothing; the drop-down has no empty choice.
  if (row.status !== null && row.status !== baseline.status) changes.status = row.status;
  if (row.note !== undefined && displayForm(row.note) !== displayForm(baseline.note)) changes.note = displayForm(row.note);
  for (const lang of LANGS) {
    if (!(lang in row.terms)) continue;
    const now = displayForm(row.terms[lang]);
    if (now !== displayForm(baseline.terms[lang])) changes.terms[lang] = now;
  }
  return changes;
}

/**
 * Drops the changes made on a row that showed something other than the decision now says: the workbook was
 * written before that decision (another reviewer's, or a later review), so its reviewer never saw it. The later
 * decision stands and a warning says so; a rebuild and a fresh workbook resolve it.
 */
function dropConflicts(changes: RowChanges, baseline: ExportedRow, current: Decision, row: ReviewRow, options: MergeDecisionsOptions): void {
  const conflicts: string[] = [];
  if (changes.status !== undefined && current.status !== baseline.status && changes.status !== current.status) {
    conflicts.push(`status "${changes.status}" (the decision says "${current.status}")`);
    delete changes.status;
  }
  const note = current.note ?? null;
  if (changes.note !== undefined && note !== displayForm(baseline.note) && changes.note !== note) {
    conflicts.push('note');
    delete changes.note;
  }
  const terms = effectiveTerms(current);
  for (const lang of Object.keys(changes.terms) as Lang[]) {
    const decided = displayForm(terms[lang]);
    if (decided !== displayForm(baseline.terms[lang]) && changes.terms[lang] !== decided) {
      conflicts.push(`${lang} term "${changes.terms[lang] ?? ''}" (the decision says "${decided ?? ''}")`);
      delete changes.terms[lang];
    }
  }
  if (conflicts.length === 0) return;
  const file = options.workbook ?? 'the workbook';
  options.report?.({
    file,
    place: row.place,
    reason:
      `Entry "${row.id}": ${file} was written before the decision of ${current.when}, so its ${conflicts.join(', ')} ` +
      'was not taken; rebuild, and review the entry in the new workbook.',
    ruleId: 'decision-conflict',
    severity: 'warning',
    source: 'review',
  });
}

function changesWithoutBaseline(row: ReviewRow, current: Decision | null): RowChanges {
  const changes: RowChanges = { terms: {} };
  if (row.status !== null && row.status !== 'candidate' && row.status !== current?.status) changes.status = row.status;
  const note = displayForm(row.note);
  if (note !== null && note !== (current?.note ?? null)) changes.note = note;
  return changes;
}
