import type { Position, Range } from './position.js';

export type Severity = 'info' | 'warning' | 'fatal';

/** Stages and other producers of messages, as named in reports. */
export type StageName =
  | 'read'
  | 'ingest'
  | 'normalize'
  | 'segment'
  | 'align'
  | 'terms'
  | 'glossary'
  | 'export'
  | 'review'
  | 'runner';

/**
 * A problem or note as a stage reports it: data, never a bare `console.log`.
 * `reason` is one sentence saying what was expected and what was found; `ruleId` is kebab-case and stable.
 * `range` is in source offsets of the document; the runner turns it into line:column.
 */
export interface StageMessage {
  reason: string;
  ruleId: string;
  severity: Severity;
  range?: Range;
  actual?: string;
  expected?: string;
}

/** A message as the runner reports it: with file, resolved place and producing stage. */
export interface Message {
  file: string;
  place?: Position;
  reason: string;
  ruleId: string;
  source: StageName;
  severity: Severity;
  actual?: string;
  expected?: string;
}

/** The sink a stage reports to. */
export type Report = (message: StageMessage) => void;
