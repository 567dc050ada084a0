import type { Lang, SectionKind } from '../model/index.js';
import { LANGS } from '../model/index.js';
import type { AlignedDocument } from '../align/types.js';
import type { DocumentTerms } from '../terms/types.js';
import { termHead } from './term-head.js';

/** Bump whenever `documentEvidence` gives a different result for the same document (cached per document). */
export const EVIDENCE_VERSION = 5;

/** One document's aligned text and term candidates: the glossary stage's input per document. */
export interface GlossaryDocument {
  aligned: AlignedDocument;
  terms: DocumentTerms;
}

/**
 * A term of one document as the glossary needs it, as a tuple: thousands of these are cached per document and
 * read back by every build, and field names repeated in each would double their size. Bead numbers count the
 * document's beads, sections in order.
 */
export type DocumentTermEvidence = [
  lang: Lang,
  key: string,
  /**
   * Which word of the key is its head (`termHead`), by position: worked out here, where the Russian morphology
   * the head needs is already loaded and warm, not again for the whole corpus in the corpus stage.
   */
  headAt: number,
  canonical: string,
  /** The singular form when `canonical` keeps a plural (see `TermCandidate.singularCanonical`), else null. */
  singularCanonical: string | null,
  frequency: number,
  /** The document's termhood score of the term. */
  score: number,
  /** Surface forms and their counts, flattened: form, count, form, count… */
  variants: Array<string | number>,
  /** Beads of two or more languages, including the term's, where it occurs (ascending, each once). */
  beads: number[],
  /** Those of them where it is a whole keyword item. */
  keywordItemBeads: number[],
  /** Occurrences not inside a longer candidate of the same sentence. */
  standalone: number,
  /**
   * Keys of the longer candidates it was found nested in, listed only when `standalone` is 0: a term that stood
   * alone once stands alone in the corpus, and its containers no longer matter (see `standsAlone`).
   */
  containers: string[],
];

/**
 * What the glossary keeps of one document: its bead layout and its terms reduced to bead numbers, counts and
 * nesting. It is a pure function of the document, plain JSON, and a fraction of the size of the term candidates
 * (no occurrence lists), so the build computes it in the worker, caches it per document, and the corpus-wide
 * glossary only merges these (`EvidenceCollector.addEvidence`).
 */
export interface DocumentEvidence {
  id: string;
  /** Per section: its kind and, per bead, the languages it holds as a bit mask (en 1, kk 2, ru 4). */
  sections: Array<{ kind: SectionKind; beads: number[] }>;
  terms: DocumentTermEvidence[];
}

/**
 * For evidence decoded from a table of strings that many documents share (the evidence pack), each term's key
 * as its index in that table: the collector then finds the corpus term by number instead of hashing the key
 * again (millions of lookups at 10,000 articles). Kept under a symbol and not enumerable, so the evidence's own
 * fields and its equality are unchanged.
 */
export interface TermKeyIds {
  /** The table the indices point into (its identity names the numbering). */
  table: readonly string[];
  /** Per term, in order, the index of its key in `table`. */
  ids: Int32Array;
}

const TERM_KEY_IDS = Symbol('term key ids');

/** Attaches the terms' key indices (`TermKeyIds`) to decoded evidence; `ids` must hold one per term. */
export function withTermKeyIds(evidence: DocumentEvidence, keyIds: TermKeyIds): DocumentEvidence {
  if (keyIds.ids.length !== evidence.terms.length) throw new Error(`Expected ${evidence.terms.length} key indices, found ${keyIds.ids.length}.`);
  Object.defineProperty(evidence, TERM_KEY_IDS, { value: keyIds, enumerable: false });
  return evidence;
}

/** The terms' key indices, when the evidence was decoded with them. */
export function termKeyIdsOf(evidence: DocumentEvidence): TermKeyIds | undefined {
  return (evidence as { [TERM_KEY_IDS]?: TermKeyIds })[TERM_KEY_IDS];
}

/** A term of the document while it is being summarised (see `DocumentTermEvidence` for the fields). */
interface TermSummary {
  lang: Lang;
  key: string;
  canonical: string;
  singularCanonical: string | null;
  frequency: number;
  score: number;
  variants: Array<string | number>;
  beads: Set<number>;
  keywordItemBeads: number[];
  standalone: number;
  containers: string[];
}

/** Sentence numbers of one section stay below this (a section of a million sentences is not an article). */
const SENTENCES_PER_SECTION = 1 << 20;

function normaliseItem(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The proper contiguous parts of a key ("a b c" → "a", "a b", "b", "b c", "c"). */
export function partsOfKey(key: string): string[] {
  const parts: string[] = [];
  const words = key.split(' ');
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 1; to <= words.length; to++) {
      if (to - from < words.length) parts.push(words.slice(from, to).join(' '));
    }
  }
  return parts;
}

/** Surface forms and counts as the flat list `DocumentTermEvidence` holds (form, count, form, count…). */
function flatVariants(variants: Record<string, number>): Array<string | number> {
  const flat: Array<string | number> = [];
  for (const form in variants) flat.push(form, variants[form]);
  return flat;
}

/** A flat list with more forms and counts added (a key listed twice in a document, which the terms stage avoids). */
function mergeVariants(flat: Array<string | number>, more: Record<string, number>): Array<string | number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < flat.length; i += 2) counts.set(flat[i] as string, flat[i + 1] as number);
  for (const form in more) counts.set(form, (counts.get(form) ?? 0) + more[form]);
  return [...counts].flat();
}

/** Bit of a language in a bead's language mask. */
export function langBit(lang: Lang): number {
  return 1 << LANGS.indexOf(lang);
}

/** Reduces one document's aligned text and term candidates to what the glossary needs (see `DocumentEvidence`). */
export function documentEvidence({ aligned, terms: documentTerms }: GlossaryDocument): DocumentEvidence {
  const sectionBase: number[] = [];
  const masks: number[] = [];
  const sections = aligned.sections.map((section) => {
    sectionBase.push(masks.length);
    const beads = section.beads.map((bead) => LANGS.reduce((mask, lang) => (bead[lang].length > 0 ? mask | langBit(lang) : mask), 0));
    masks.push(...beads);
    return { kind: section.kind, beads };
  });
  const multilingual = (mask: number) => (mask & (mask - 1)) !== 0;

  // Candidates merged by language and key (a document lists each once; merging keeps that true regardless).
  const terms: TermSummary[] = [];
  const byKey = new Map<string, number>();
  // Per sentence (section, language, sentence), how often each term occurs there.
  const sentenceCounts = new Map<number, Map<number, number>>();
  for (const candidate of documentTerms.candidates) {
    const mapKey = `${candidate.lang}\u0001${candidate.key}`;
    let index = byKey.get(mapKey);
    if (index === undefined) {
      index = terms.length;
      byKey.set(mapKey, index);
      terms.push({
        lang: candidate.lang,
        key: candidate.key,
        canonical: candidate.canonical,
        singularCanonical: candidate.singularCanonical ?? null,
        frequency: 0,
        score: candidate.score,
        variants: [],
        beads: new Set(),
        keywordItemBeads: [],
        standalone: 0,
        containers: [],
      });
    }
    const term = terms[index];
    term.frequency += candidate.frequency;
    term.score = Math.max(term.score, candidate.score);
    term.variants = term.variants.length === 0 ? flatVariants(candidate.variants) : mergeVariants(term.variants, candidate.variants);
    const bit = langBit(candidate.lang);
    const langIndex = LANGS.indexOf(candidate.lang);
    for (const occurrence of candidate.occurrences) {
      const sentenceKey = (occurrence.section * LANGS.length + langIndex) * SENTENCES_PER_SECTION + occurrence.sentence;
      let counts = sentenceCounts.get(sentenceKey);
      if (!counts) sentenceCounts.set(sentenceKey, (counts = new Map()));
      counts.set(index, (counts.get(index) ?? 0) + 1);
      const section = aligned.sections[occurrence.section];
      if (!section || occurrence.bead < 0 || occurrence.bead >= section.beads.length) continue;
      const bead = sectionBase[occurrence.section] + occurrence.bead;
      if (!multilingual(masks[bead]) || (masks[bead] & bit) === 0) continue;
      term.beads.add(bead);
      if (section.kind === 'keywords') {
        const sentence = section.sentences[candidate.lang][occurrence.sentence];
        if (sentence && normaliseItem(sentence.text) === normaliseItem(occurrence.surface)) {
          if (!term.keywordItemBeads.includes(bead)) term.keywordItemBeads.push(bead);
        }
      }
    }
  }

  // Nesting within each sentence: every contiguous part of a longer term's key is marked as contained in it, so
  // the check is linear in the terms of the sentence.
  const parts = new Map<number, string[]>();
  const partsOf = (index: number) => {
    let found = parts.get(index);
    if (!found) parts.set(index, (found = partsOfKey(terms[index].key)));
    return found;
  };
  for (const counts of sentenceCounts.values()) {
    if (counts.size === 1) {
      for (const [index, count] of counts) terms[index].standalone += count;
      continue;
    }
    const containedIn = new Map<string, Array<[string, number]>>();
    for (const [index, count] of counts) {
      for (const part of partsOf(index)) {
        const list = containedIn.get(part);
        if (list) list.push([terms[index].key, count]);
        else containedIn.set(part, [[terms[index].key, count]]);
      }
    }
    for (const [index, count] of counts) {
      let nested = 0;
      for (const [containerKey, containerCount] of containedIn.get(terms[index].key) ?? []) {
        nested = Math.max(nested, containerCount);
        if (!terms[index].containers.includes(containerKey)) terms[index].containers.push(containerKey);
      }
      terms[index].standalone += Math.max(0, count - nested);
    }
  }
  return {
    id: aligned.id,
    sections,
    terms: terms.map((t) => [
      t.lang,
      t.key,
      Math.max(0, t.key.split(' ').indexOf(termHead(t.key, t.lang))),
      t.canonical,
      t.singularCanonical,
      t.frequency,
      t.score,
      t.variants,
      [...t.beads].sort((p, q) => p - q),
      t.keywordItemBeads,
      t.standalone,
      t.standalone > 0 ? [] : t.containers,
    ]),
  };
}
