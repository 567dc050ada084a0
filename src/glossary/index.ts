import type { Report } from '../model/index.js';
import { LANGS } from '../model/index.js';
import type { Glossary } from './types.js';
import { collectEvidence, type CorpusEvidence, type GlossaryDocument } from './collect-evidence.js';
import type { AlignedDocument } from '../align/types.js';
import { linkWords } from './link-words.js';
import { linkTerms } from './link-terms.js';
import { deriveWordLinks } from './derive-word-links.js';
import { buildDraftEntries, type PairLinks } from './build-entries.js';
import { LANG_PAIRS } from './lang-pairs.js';
import { triangulateWordLinks } from './triangulate-word-links.js';
import { renderEntries, unpairedTerms } from './render-entries.js';

export type { GlossaryDocument } from './collect-evidence.js';
export { createEvidenceCollector } from './collect-evidence.js';

/** Bump whenever the glossary changes for the same input. */
export const version = 11;

export interface GlossaryOptions {
  /** At most this many unpaired candidates per language are listed (review workbook sheets). */
  unpairedLimit?: number;
}

/**
 * The corpus-wide glossary stage: links term candidates across en, kk and ru through the aligned beads, and
 * combines the three pairs into consistent entries ranked by attestation. In order:
 * 1. evidence: candidates merged by language and key, indexed by bead; nested parts judged by C-value's reading,
 *    and a name's head seen mostly inside longer names (Korea in North Korea) taken for a part of them;
 * 2. word links per pair: competitive linking by log-likelihood with cognates, then the third language decides
 *    ties (triangulation);
 * 3. term links per pair: compositional (every word linked, heads kept), one unknown word, whole terms whose words
 *    always co-occur, aligned keyword items; then word links learned from those term links, and term links again;
 * 4. entries: triples where two links agree and the third is there or not contradicted, two-language entries
 *    that name their gap, alternative renderings;
 * 5. canonical forms checked against the entry (`chooseCanonicals`: English and Russian number, the Kazakh head's
 *    paradigm, names agreed between the Kazakh and Russian texts), ranking by a cautious Dice (lower confidence
 *    bound) over the beads of the terms' own use (C-value), examples, stable ids.
 */
export function buildGlossary(documents: readonly GlossaryDocument[], report: Report, options: GlossaryOptions = {}): Glossary {
  return buildGlossaryFromEvidence(
    collectEvidence(documents),
    documents.map((document) => document.aligned),
    report,
    options,
  );
}

/**
 * `buildGlossary` from evidence collected a document at a time (`createEvidenceCollector`) and the aligned
 * documents in the same order (for the examples): the form the build uses, so that it never holds every
 * document's term candidates at once.
 */
export function buildGlossaryFromEvidence(
  evidence: CorpusEvidence,
  aligned: readonly AlignedDocument[],
  _report: Report,
  options: GlossaryOptions = {},
): Glossary {
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
    entries: renderEntries(aligned, evidence, drafts),
    unpaired: unpairedTerms(evidence, used, options.unpairedLimit ?? 1000),
  };
}
