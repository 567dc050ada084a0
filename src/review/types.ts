import type { Lang, Severity } from '../model/index.js';
import type { EntryStatus } from '../glossary/types.js';

/** One term per language; `null` where the entry has none. */
export type TermSet = Record<Lang, string | null>;

/** Where in a workbook something was found: sheet, and the cell (`D12`) or row when there is one. */
export interface WorkbookPlace {
  sheet?: string;
  row?: number;
  /** A1-style cell address. */
  cell?: string;
}

/** A problem found while reading a review workbook or the decisions file: data, named by file and place. */
export interface ReviewMessage {
  file: string;
  place?: WorkbookPlace;
  reason: string;
  ruleId: string;
  severity: Severity;
  source: 'review';
}

/** What a Glossary row showed when the workbook was written (from its hidden export snapshot). */
export interface ExportedRow {
  terms: TermSet;
  status: EntryStatus;
  note: string | null;
}

/** One row of a reviewed "Glossary" sheet, its cell values normalised to text. */
export interface ReviewRow {
  /** The stable entry id of the row. */
  id: string;
  /**
   * Terms as the row now says, for the languages whose column the sheet has (a language whose column the
   * reviewer deleted is absent, not `null`); `null` for an emptied cell.
   */
  terms: Partial<TermSet>;
  /** Status as the row now says; `null` when the cell is empty or holds no known status. */
  status: EntryStatus | null;
  /** Reviewer note; `null` when empty, absent when the sheet has no note column. */
  note?: string | null;
  /** What the row showed when exported, when the workbook carries its snapshot. */
  exported: ExportedRow | null;
  place: WorkbookPlace;
}

/** The result of reading a review workbook. `rows` is `null` when the workbook was refused. */
export interface ReviewWorkbook {
  rows: ReviewRow[] | null;
  messages: ReviewMessage[];
}

/**
 * A reviewer's decision on one glossary entry, as stored in the corpus decisions file. Only what the reviewer
 * set is stored: `status`, and optionally corrected terms and a note.
 */
export interface Decision {
  /** Id of the entry the decision was made on (the entry id is stable for the same terms). */
  id: string;
  /** The terms the entry had when the decision was made; used to find the entry when its id changed. */
  appliesTo: TermSet;
  status: EntryStatus;
  /** Corrected terms per language, replacing the computed ones; `null` removes that language's term. */
  corrected?: Partial<Record<Lang, string | null>>;
  note?: string;
  /** ISO time the decision was last changed. */
  when: string;
  /** File name of the workbook it was imported from. */
  workbook?: string;
}

/** The corpus decisions file (`tilmash-decisions.json`): plain, diffable JSON, sorted by entry id. */
export interface DecisionsFile {
  version: 1;
  decisions: Decision[];
}

/** Counts of what an import changed. */
export interface DecisionsDiff {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}
