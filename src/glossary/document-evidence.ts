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

/** A term of the document while it is being summarised (see `DocumentTermEvidence` for the fields). */
interface TermSummary {
  lang: Lang;
  key: string;
  canonical: string;
  singularCanonical: string | null;
  frequency: number;
  score: number;
  variants: Array<string | number>;
  /** Each bead once (most terms have a handful: a list is cheaper than a set per term). */
  beads: number[];
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
  // Cut out of the key at its spaces (no split and join): a one-word key has none.
  if (!key.includes(' ')) return [];
  const starts = [0];
  const ends: number[] = [];
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
    ends.push(at);
    starts.push(at + 1);
  }
  ends.push(key.length);
  const words = starts.length;
  const parts: string[] = [];
  for (let from = 0; from < words; from++) {
    for (let to = from + 1; to <= words; to++) {
      if (to - from < words) parts.push(key.slice(starts[from], ends[to - 1]));
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

/**
 * Adds one occurrence of term `index` to a sentence's flat list (term, count, term, count…). A term's occurrences
 * come one after another, so it is most often the last one listed.
 */
function countIn(counts: number[], index: number): void {
  for (let i = counts.length - 2; i >= 0; i -= 2) {
    if (counts[i] === index) {
      counts[i + 1]++;
      return;
    }
  }
  counts.push(index, 1);
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
  const byKey: Record<Lang, Map<string, number>> = { en: new Map(), kk: new Map(), ru: new Map() };
  // Per sentence (section, language, sentence), the terms that occur there and how often, as a flat list (term,
  // count, term, count…) in order of first occurrence: a Map per sentence was most of this function's time.
  const sentenceCounts = new Map<number, number[]>();
  for (const candidate of documentTerms.candidates) {
    const keys = byKey[candidate.lang];
    let index = keys.get(candidate.key);
    if (index === undefined) {
      index = terms.length;
      keys.set(candidate.key, index);
      terms.push({
        lang: candidate.lang,
        key: candidate.key,
        canonical: candidate.canonical,
        singularCanonical: candidate.singularCanonical ?? null,
        frequency: 0,
        score: candidate.score,
        variants: [],
        beads: [],
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
      const counts = sentenceCounts.get(sentenceKey);
      if (!counts) sentenceCounts.set(sentenceKey, [index, 1]);
      else countIn(counts, index);
      const section = aligned.sections[occurrence.section];
      if (!section || occurrence.bead < 0 || occurrence.bead >= section.beads.length) continue;
      const bead = sectionBase[occurrence.section] + occurrence.bead;
      if (!multilingual(masks[bead]) || (masks[bead] & bit) === 0) continue;
      if (!term.beads.includes(bead)) term.beads.push(bead);
      if (section.kind === 'keywords') {
        const sentence = section.sentences[candidate.lang][occurrence.sentence];
        if (sentence && normaliseItem(sentence.text) === normaliseItem(occurrence.surface)) {
          if (!term.keywordItemBeads.includes(bead)) term.keywordItemBeads.push(bead);
        }
      }
    }
  }

  // Nesting within each sentence: every contiguous part of a longer term's key that is itself a term of the
  // sentence is marked as contained in it, so the check is linear in the terms of the sentence. A sentence holds
  // one language, so the parts are looked up among that language's keys.
  const parts: Array<string[] | undefined> = [];
  const partsOf = (index: number) => (parts[index] ??= partsOfKey(terms[index].key));
  // Per term, the sentence it was last seen in (marks, not sets: a sentence's terms are found by number) and its
  // count and largest container count there.
  const seenIn: number[] = new Array<number>(terms.length).fill(-1);
  const countHere: number[] = new Array<number>(terms.length).fill(0);
  const nestedHere: number[] = new Array<number>(terms.length).fill(0);
  let sentenceNumber = 0;
  for (const counts of sentenceCounts.values()) {
    if (counts.length === 2) {
      terms[counts[0]].standalone += counts[1];
      continue;
    }
    const mark = sentenceNumber++;
    for (let i = 0; i < counts.length; i += 2) {
      seenIn[counts[i]] = mark;
      countHere[counts[i]] = counts[i + 1];
      nestedHere[counts[i]] = 0;
    }
    const keys = byKey[terms[counts[0]].lang];
    for (let i = 0; i < counts.length; i += 2) {
      const container = terms[counts[i]];
      const containerCount = counts[i + 1];
      for (const part of partsOf(counts[i])) {
        const inner = keys.get(part);
        if (inner === undefined || seenIn[inner] !== mark) continue;
        if (containerCount > nestedHere[inner]) nestedHere[inner] = containerCount;
        const containers = terms[inner].containers;
        if (!containers.includes(container.key)) containers.push(container.key);
      }
    }
    for (let i = 0; i < counts.length; i += 2) {
      const index = counts[i];
      terms[index].standalone += Math.max(0, countHere[index] - nestedHere[index]);
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
      t.beads.sort((p, q) => p - q),
      t.keywordItemBeads,
      t.standalone,
      t.standalone > 0 ? [] : t.containers,
    ]),
  };
}
