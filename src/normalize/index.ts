import type { IngestedDocument } from '../ingest/types.js';
import type { Report } from '../model/index.js';
import { cleanSpaces } from './clean-spaces.js';
import { composeNfc } from './compose-nfc.js';
import { foldHomoglyphs } from './fold-homoglyphs.js';
import { collectHyphenEvidence } from './hyphen-evidence.js';
import { hyphenQuestions, joinLineBreakHyphens } from './join-line-break-hyphens.js';
import { fromSource, toOffsetMap, type MappedText } from './mapped-text.js';
import { stripMarkup } from './strip-markup.js';
import { KAZAKH_MORPHOLOGY_VERSION } from '../terms/morphology/kk/index.js';
import { NORMALIZE_SCHEMA_VERSION, type NormalizedDocument, type NormalizedSection, type Repair } from './types.js';

export type * from './types.js';
export { NORMALIZE_SCHEMA_VERSION } from './types.js';
export { toSourceOffset, identityMap } from './offset-map.js';
export { decideHyphen, isSuffixChain, type HyphenDecision } from './join-line-break-hyphens.js';
export { foldWord } from './fold-homoglyphs.js';
export { collectHyphenEvidence, type HyphenEvidence } from './hyphen-evidence.js';

/**
 * Stage version for the cache key: bump the first part whenever normalize output changes for the same input. The
 * Kazakh analyser's own version is part of it, since hyphen joining and look-alike folding ask whether a word is
 * a known Kazakh word through its lemma (`isKnownWord`).
 */
export const version = `1.6.0.kk${KAZAKH_MORPHOLOGY_VERSION}`;

/** The steps in order, each with an on/off switch. Hyphen joining needs the document's words, so it runs last. */
export interface NormalizeOptions {
  stripMarkup: boolean;
  composeNfc: boolean;
  cleanSpaces: boolean;
  foldHomoglyphs: boolean;
  joinLineBreakHyphens: boolean;
}

/** Every step on: what the build runs. */
export const DEFAULT_NORMALIZE_OPTIONS: NormalizeOptions = {
  stripMarkup: true,
  composeNfc: true,
  cleanSpaces: true,
  foldHomoglyphs: true,
  joinLineBreakHyphens: true,
};

/**
 * Normalize stage: for every paragraph of every section, strips Markdown/HTML markup, composes NFC, removes
 * invisible characters and folds white space, folds look-alike letters of the other script and joins words split
 * by line-break hyphens, keeping an offset map back to the source. Repairs (homoglyphs, hyphens) are returned
 * and reported as info messages with source ranges. Pure; the input is not changed.
 */
export function normalize(doc: IngestedDocument, report: Report, options: NormalizeOptions = DEFAULT_NORMALIZE_OPTIONS): NormalizedDocument {
  const repairs: Repair[] = [];
  // First pass: everything but hyphen joining, so the evidence counts see clean words.
  const staged = doc.sections.map((section) =>
    section.paragraphs.map((paragraph) => {
      let mapped: MappedText = fromSource(paragraph.text, paragraph.range.start);
      if (options.stripMarkup) mapped = stripMarkup(mapped);
      if (options.composeNfc) mapped = composeNfc(mapped);
      if (options.cleanSpaces) mapped = cleanSpaces(mapped);
      if (options.foldHomoglyphs) mapped = foldHomoglyphs(mapped, section.lang, repairs, report);
      return mapped;
    }),
  );
  const texts = staged.flatMap((paragraphs) => paragraphs.map((mapped) => mapped.text));
  // Only the spellings the hyphens of this document ask about are counted: most words never are.
  const evidence = collectHyphenEvidence(texts, hyphenQuestions(options.joinLineBreakHyphens ? texts : []));
  const sections: NormalizedSection[] = doc.sections.map((section, s) => ({
    kind: section.kind,
    lang: section.lang,
    paragraphs: section.paragraphs.map((paragraph, p) => {
      let mapped = staged[s][p];
      if (options.joinLineBreakHyphens) mapped = joinLineBreakHyphens(mapped, section.lang, evidence, repairs, report);
      return { text: mapped.text, map: toOffsetMap(mapped), range: { ...paragraph.range } };
    }),
  }));
  repairs.sort((a, b) => a.range.start - b.range.start);
  return {
    kind: 'normalized-document',
    schemaVersion: NORMALIZE_SCHEMA_VERSION,
    id: doc.id,
    file: doc.file,
    languages: [...doc.languages],
    sections,
    repairs,
  };
}
