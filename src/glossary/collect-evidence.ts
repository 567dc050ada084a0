import type { Lang, SectionKind } from '../model/index.js';
import { LANGS } from '../model/index.js';
import type { AlignedDocument } from '../align/types.js';
import type { DocumentTerms, TermCandidate } from '../terms/types.js';
import { isFunctionWord } from './function-words.js';
import { termHead } from './term-head.js';

/** One document's aligned text and term candidates: the glossary stage's input per document. */
export interface GlossaryDocument {
  aligned: AlignedDocument;
  terms: DocumentTerms;
}

/** A bead of the corpus, as the unit of co-occurrence. */
export interface CorpusBead {
  document: number;
  section: number;
  bead: number;
  kind: SectionKind;
  /** Languages with at least one sentence in the bead. */
  langs: Set<Lang>;
}

/** A term candidate merged over the corpus (by language and key). */
export interface CorpusTerm {
  index: number;
  lang: Lang;
  key: string;
  /** Content-word keys (function words such as "of" dropped), for compositional evidence. */
  contentWords: string[];
  /** The head word's key (see `termHead`): translations of a term keep its head. Empty for names. */
  head: string;
  canonicalVotes: Map<string, number>;
  /** Votes for the form with the head noun in the singular, used once some document attests the singular. */
  singularVotes: Map<string, number>;
  singularAttested: boolean;
  variants: Map<string, number>;
  frequency: number;
  /** Ids of the documents it occurs in, in corpus order, each once. */
  documents: string[];
  /** Indices into `CorpusEvidence.beads` of the beads it occurs in (beads of two or more languages). */
  beads: Set<number>;
  /** Beads where the term is a whole keyword item or part of a title: strong attestation even when rare. */
  strongBeads: Set<number>;
  /** Keyword beads where the term is the whole item. */
  keywordItemBeads: Set<number>;
  termhood: number;
  /**
   * Occurrences not inside a longer candidate of the same sentence. A term that only ever occurs nested
   * ("философия" only within "философия власти") is a part of a term, not a glossary entry of its own.
   */
  standalone: number;
  /** Keys of the distinct longer candidates it was found nested in. */
  containers: Set<string>;
  /** Whether the term can be a glossary entry of its own (see `standsAlone`), set when the evidence is finished. */
  standsAlone: boolean;
}

export interface CorpusEvidence {
  beads: CorpusBead[];
  terms: CorpusTerm[];
  /** Per language, term index by key. */
  byKey: Record<Lang, Map<string, number>>;
  /** Per bead and language, the content-word keys present (for word-level association). */
  beadWords: Array<Record<Lang, Set<string>>>;
  /** Per bead and language, the term indices present. */
  beadTerms: Array<Record<Lang, Set<number>>>;
}

function emptyPerLang<T>(make: () => T): Record<Lang, T> {
  return { en: make(), kk: make(), ru: make() };
}

/** The shared empty set of a language a bead does not have (never added to: only present languages get terms). */
const NO_WORDS: ReadonlySet<string> = new Set<string>();
const NO_TERMS: ReadonlySet<number> = new Set<number>();
/** Sentence numbers of one section stay below this (a section of a million sentences is not an article). */
const SENTENCES_PER_SECTION = 1 << 20;

const PARTS = new WeakMap<CorpusTerm, string[]>();

/** The proper contiguous parts of a term's key ("a b c" → "a", "a b", "b", "b c", "c"), computed once per term. */
function partsOf(term: CorpusTerm): string[] {
  let parts = PARTS.get(term);
  if (parts) return parts;
  parts = [];
  const words = term.key.split(' ');
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 1; to <= words.length; to++) {
      if (to - from < words.length) parts.push(words.slice(from, to).join(' '));
    }
  }
  PARTS.set(term, parts);
  return parts;
}

function normaliseItem(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Takes documents one at a time, in corpus order, and keeps only what the glossary needs of each. */
export interface EvidenceCollector {
  add(document: GlossaryDocument): void;
  /** The evidence of the documents added so far (call once, after the last). */
  finish(): CorpusEvidence;
}

/**
 * Merges the documents' candidates by language and key and indexes, per bead, which terms and content words
 * occur in which language. Only beads are counted, not sentences: a bead is what aligned translations share.
 */
export function collectEvidence(documents: Iterable<GlossaryDocument>): CorpusEvidence {
  const collector = createEvidenceCollector();
  for (const document of documents) collector.add(document);
  return collector.finish();
}

/**
 * `collectEvidence` a document at a time: a document's term candidates are folded into the corpus terms and
 * can then be dropped, so a build of thousands of articles never holds every document's candidates at once.
 */
export function createEvidenceCollector(): EvidenceCollector {
  const beads: CorpusBead[] = [];
  const beadWords: CorpusEvidence['beadWords'] = [];
  const beadTerms: CorpusEvidence['beadTerms'] = [];
  const terms: CorpusTerm[] = [];
  const byKey = emptyPerLang(() => new Map<string, number>());

  let added = 0;
  const add = ({ aligned, terms: documentTerms }: GlossaryDocument): void => {
    const documentIndex = added++;
    // Bead numbering of this document: the corpus index of its section's first bead, plus the bead's index.
    const sectionBase: number[] = [];
    aligned.sections.forEach((section, sectionIndex) => {
      sectionBase.push(beads.length);
      section.beads.forEach((bead, beadInSection) => {
        const langs = new Set(LANGS.filter((lang) => bead[lang].length > 0));
        beads.push({ document: documentIndex, section: sectionIndex, bead: beadInSection, kind: section.kind, langs });
        // Sets only for the languages of a bead with two or more (a one-language bead, such as a sentence of an
        // English-only body, links nothing): the others stay the one shared empty set.
        const words = { en: NO_WORDS, kk: NO_WORDS, ru: NO_WORDS } as Record<Lang, Set<string>>;
        const termsHere = { en: NO_TERMS, kk: NO_TERMS, ru: NO_TERMS } as Record<Lang, Set<number>>;
        if (langs.size >= 2) {
          for (const lang of langs) {
            words[lang] = new Set();
            termsHere[lang] = new Set();
          }
        }
        beadWords.push(words);
        beadTerms.push(termsHere);
      });
    });

    // Per sentence of this document (section, language, sentence), how often each term occurs there.
    const sentenceCounts = new Map<number, Map<number, number>>();
    for (const candidate of documentTerms.candidates) {
      const term = termFor(candidate);
      term.frequency += candidate.frequency;
      if (term.documents[term.documents.length - 1] !== aligned.id) term.documents.push(aligned.id);
      term.termhood = Math.max(term.termhood, candidate.score);
      term.canonicalVotes.set(candidate.canonical, (term.canonicalVotes.get(candidate.canonical) ?? 0) + candidate.frequency);
      const singular = candidate.singularCanonical ?? candidate.canonical;
      term.singularVotes.set(singular, (term.singularVotes.get(singular) ?? 0) + candidate.frequency);
      if (candidate.singularCanonical === undefined) term.singularAttested = true;
      for (const variant in candidate.variants) {
        term.variants.set(variant, (term.variants.get(variant) ?? 0) + candidate.variants[variant]);
      }
      const langIndex = LANGS.indexOf(candidate.lang);
      for (const occurrence of candidate.occurrences) {
        const sentenceKey = (occurrence.section * LANGS.length + langIndex) * SENTENCES_PER_SECTION + occurrence.sentence;
        let counts = sentenceCounts.get(sentenceKey);
        if (!counts) sentenceCounts.set(sentenceKey, (counts = new Map()));
        counts.set(term.index, (counts.get(term.index) ?? 0) + 1);
        const section = aligned.sections[occurrence.section];
        if (!section || occurrence.bead < 0 || occurrence.bead >= section.beads.length) continue;
        const index = sectionBase[occurrence.section] + occurrence.bead;
        if (beads[index].langs.size < 2 || !beads[index].langs.has(candidate.lang)) continue;
        term.beads.add(index);
        beadTerms[index][candidate.lang].add(term.index);
        for (const word of term.contentWords) beadWords[index][candidate.lang].add(word);
        if (section.kind === 'title') term.strongBeads.add(index);
        if (section.kind === 'keywords') {
          const sentence = section.sentences[candidate.lang][occurrence.sentence];
          if (sentence && normaliseItem(sentence.text) === normaliseItem(occurrence.surface)) {
            term.strongBeads.add(index);
            term.keywordItemBeads.add(index);
          }
        }
      }
    }
    countNesting(sentenceCounts);
  };

  function termFor(candidate: TermCandidate): CorpusTerm {
    const existing = byKey[candidate.lang].get(candidate.key);
    if (existing !== undefined) return terms[existing];
    const term: CorpusTerm = {
      index: terms.length,
      lang: candidate.lang,
      key: candidate.key,
      contentWords: candidate.key.split(' ').filter((word) => word && !isFunctionWord(word, candidate.lang)),
      head: '',
      canonicalVotes: new Map(),
      singularVotes: new Map(),
      singularAttested: false,
      variants: new Map(),
      frequency: 0,
      documents: [],
      beads: new Set(),
      strongBeads: new Set(),
      keywordItemBeads: new Set(),
      termhood: 0,
      standalone: 0,
      containers: new Set(),
      standsAlone: false,
    };
    terms.push(term);
    byKey[candidate.lang].set(candidate.key, term.index);
    return term;
  }

  // Nesting within each sentence: every contiguous part of a longer term's key is marked as contained in it
  // (at most ten parts for a four-word term, listed once per term), so the check is linear in the terms of the
  // sentence.
  function countNesting(sentenceCounts: Map<number, Map<number, number>>): void {
    for (const counts of sentenceCounts.values()) {
      if (counts.size === 1) {
        for (const [termIndex, count] of counts) terms[termIndex].standalone += count;
        continue;
      }
      const containedIn = new Map<string, Array<[string, number]>>();
      for (const [termIndex, count] of counts) {
        for (const part of partsOf(terms[termIndex])) {
          const list = containedIn.get(part);
          if (list) list.push([terms[termIndex].key, count]);
          else containedIn.set(part, [[terms[termIndex].key, count]]);
        }
      }
      for (const [termIndex, count] of counts) {
        let nested = 0;
        for (const [containerKey, containerCount] of containedIn.get(terms[termIndex].key) ?? []) {
          nested = Math.max(nested, containerCount);
          terms[termIndex].containers.add(containerKey);
        }
        terms[termIndex].standalone += Math.max(0, count - nested);
      }
    }
  }

  const finish = (): CorpusEvidence => {
    // Heads once the canonical forms are voted (names, "Angela Merkel", are flat: no head), and standing once
    // every container's frequency is known.
    for (const term of terms) {
      term.head = isName(canonicalOf(term)) ? '' : termHead(term.key, term.lang);
      term.standsAlone = standsAlone(term, (key) => terms[byKey[term.lang].get(key)!].frequency);
    }
    return { beads, terms, byKey, beadWords, beadTerms };
  };

  return { add, finish };
}

/** A multiword name: every word capitalised ("Angela Merkel", "Real Madrid"). */
function isName(canonical: string): boolean {
  const words = canonical.split(' ');
  return words.length > 1 && words.every((word) => /^\p{Lu}/u.test(word));
}

/**
 * Whether a term can be a glossary entry of its own, in C-value's reading: it occurs outside longer candidates,
 * or more often than the longer candidates it is nested in do on average, so that some of its use is its own
 * ("мемлекеттік билік", twice, inside "бірыңғай мемлекеттік билік" and "мемлекеттік билік тармақтары", once
 * each). A part that only ever occurs inside one longer term, or inside a chain of them ("система" only in
 * "политическая система" within "ведущая политическая система"), is a part of a term, not an entry.
 */
function standsAlone(term: CorpusTerm, frequencyOf: (key: string) => number): boolean {
  if (term.standalone > 0) return true;
  if (term.containers.size === 0) return false;
  let containerFrequency = 0;
  for (const key of term.containers) containerFrequency += frequencyOf(key);
  return term.frequency > containerFrequency / term.containers.size;
}

/**
 * The canonical form most documents chose: with the head noun in the singular when some document of the corpus
 * attests the singular ("power relation"), else as the documents show it ("power relations").
 */
export function canonicalOf(term: CorpusTerm): string {
  let best = term.key;
  let bestVotes = -1;
  for (const [form, votes] of term.singularAttested ? term.singularVotes : term.canonicalVotes) {
    if (votes > bestVotes || (votes === bestVotes && form < best)) {
      best = form;
      bestVotes = votes;
    }
  }
  return best;
}
