import type { Lang, Severity } from '../model/index.js';
import type { AlignedDocument } from '../align/types.js';
import type { Glossary } from '../glossary/types.js';
import type { RecordedRows } from './sheet-rows.js';

/**
 * A message of the build as the review workbook's "Report" sheet lists it: place flattened to line and column
 * (null when the message has no place), so reviewers can sort and filter it. The runner fills it from
 * `Message` in `src/model/message.ts`; the shape is a subset of `FlatMessage` in `src/contract/report-json.ts`.
 */
export interface ReportSummaryMessage {
  file: string;
  line?: number | null;
  column?: number | null;
  severity: Severity;
  reason: string;
  ruleId: string;
  /** The stage that reported it (`segment`, `align`, `review`, ...). */
  source?: string;
}

/** What the build found in one document. */
export interface ReportSummaryDocument {
  id: string;
  /** Path of the source file relative to the corpus folder. */
  file: string;
  languages: Lang[];
  /** Sentences per language. */
  sentences?: Partial<Record<Lang, number>>;
  beads?: number;
  /** Term candidates found in the document. */
  candidates?: number;
  /** True when a stage failed on the document and it was left out of the corpus-wide stages. */
  failed?: boolean;
  messages: ReportSummaryMessage[];
}

/**
 * The build report as an input of the exporters (the "Report" sheet). Plain data: `ReportJson` from
 * `src/contract/report-json.ts` is assignable to it.
 */
export interface ReportSummary {
  /** ISO time of the build, shown on the sheet; omitted, the sheet shows none (exports stay deterministic). */
  generated?: string;
  corpus?: string;
  documents: ReportSummaryDocument[];
  /** Messages not tied to one document (corpus folder, decisions file, review workbook). */
  messages: ReportSummaryMessage[];
}

/** Everything the review workbook shows. */
export interface GlossaryWorkbookInput {
  glossary: Glossary;
  documents: AlignedDocument[];
  report: ReportSummary;
}

/** Options of the review workbook. */
export interface GlossaryWorkbookOptions {
  /**
   * Entries scoring below this are shaded on the "Glossary" sheet. Default: the lower quartile of the
   * glossary's own scores, so the shading works whatever scale the glossary stage scores on.
   */
  lowScore?: number;
  /** Workbook "created" time (ISO); omitted, a fixed date keeps the bytes reproducible. */
  created?: string;
  /** Rows per sheet for the Alignment and Report sheets (Excel's 1 048 576 by default; smaller in tests). */
  maxRows?: number;
  /** Where the Alignment sheet's rows are kept between workbooks (see `addAlignmentSheet`); none: rendered each time. */
  alignmentRows?: AlignmentRowsCache;
}

/**
 * Where the Alignment sheet's rows of the last workbook are kept (see `addAlignmentSheet`): the rows written for
 * a key, or null.
 */
export interface AlignmentRowsCache {
  get(key: string): Promise<RecordedRows | null>;
  set(key: string, rows: RecordedRows): Promise<void>;
}

/** Options of the CAT glossary exports (TBX, CSV, OmegaT). */
export interface CatGlossaryOptions {
  /**
   * Languages whose inflected forms (the entry's `variants`) are listed as extra terms. CAT tools match glossary
   * terms exactly and OmegaT has no Kazakh stemmer, so "билік" would not match "биліктің". Default `['kk']`.
   */
  variantLangs?: Lang[];
  /** At most this many variants per term (the glossary lists the most frequent first). Default 12. */
  maxVariants?: number;
}

/** Options of the TMX export. */
export interface TmxOptions {
  /** `srclang` of the header. Default `en`; `*all*` lets any language be the source. */
  srcLang?: Lang | '*all*';
  /** Version written in `creationtoolversion`. */
  toolVersion?: string;
}

export type { RecordedRows } from './sheet-rows.js';
