import type { Report } from '../model/index.js';
import { LANGS } from '../model/index.js';
import type { Glossary } from './types.js';
import { collectEvidence, type GlossaryDocument } from './collect-evidence.js';
import { linkWords } from './link-words.js';
import { linkTerms } from './link-terms.js';
import { deriveWordLinks } from './derive-word-links.js';
import { buildDraftEntries, type PairLinks } from './build-entries.js';
import { LANG_PAIRS } from './lang-pairs.js';
import { triangulateWordLinks } from './triangulate-word-links.js';
import { renderEntries, unpairedTerms } from './render-entries.js';

export type { GlossaryDocument } from './collect-evidence.js';

/** Bump whenever the glossary changes for the same input. */
export const version = 2;

export interface GlossaryOptions {
  /** At most this many unpaired candidates per language are listed (review workbook sheets). */
  unpairedLimit?: number;
}

/**
 * The corpus-wide glossary stage: links term candidates across en, kk and ru through the aligned beads
 * (word-level competitive linking, compositional and keyword-item evidence for terms), combines the three
 * pairs into consistent entries, and ranks them by attestation.
 */
export function buildGlossary(documents: readonly GlossaryDocument[], _report: Report, options: GlossaryOptions = {}): Glossary {
  const evidence = collectEvidence(documents);
  const wordLinks = triangulateWordLinks(
    evidence,
    Object.fromEntries(LANG_PAIRS.map(([x, y]) => [`${x}-${y}`, linkWords(evidence, x, y)])),
  );
  // Two passes: term links found with the statistical word links teach word links of their own (heads and the
  // last open word of linked terms), and the terms are linked again with those.
  const links = {} as PairLinks;
  for (const [x, y] of LANG_PAIRS) {
    const pair = `${x}-${y}` as keyof PairLinks;
    const firstPass = linkTerms(evidence, x, y, wordLinks[pair]);
    links[pair] = linkTerms(evidence, x, y, deriveWordLinks(evidence, wordLinks[pair], firstPass.values()));
  }
  const drafts = buildDraftEntries(evidence, links);
  const used = new Set<number>();
  for (const draft of drafts) {
    for (const lang of LANGS) {
      if (draft.terms[lang] !== null) used.add(draft.terms[lang]!);
      for (const alternative of draft.alternatives[lang]) used.add(alternative);
    }
  }
  return {
    version: 1,
    entries: renderEntries(documents, evidence, drafts),
    unpaired: unpairedTerms(evidence, used, options.unpairedLimit ?? 1000),
  };
}
