import type { Lang, SectionKind } from '../model/index.js';
import { LANGS } from '../model/index.js';
import { isFunctionWord } from './function-words.js';
import { IntPairs } from './int-pairs.js';
import { FormCounts } from './form-counts.js';
import { documentEvidence, langBit, partsOfKey, type DocumentEvidence, type DocumentTermEvidence, type GlossaryDocument } from './document-evidence.js';

export type { GlossaryDocument } from './document-evidence.js';

/** A bead of the corpus with two or more languages, as the unit of co-occurrence. */
export interface CorpusBead {
  document: number;
  section: number;
  bead: number;
  kind: SectionKind;
  /** Languages with at least one sentence in the bead (a set shared by every bead of the same languages). */
  langs: ReadonlySet<Lang>;
}

/** A term candidate merged over the corpus (by language and key). */
export interface CorpusTerm {
  index: number;
  lang: Lang;
  key: string;
  /** Content-word keys (function words such as "of" dropped), for compositional evidence. */
  contentWords: string[];
  /** The head word's key (see `termHead` in term-head.ts): translations of a term keep its head. Empty for names. */
  head: string;
  /** The head word by the key's word order (`termHead`), names included: what `head` is before names lose theirs. */
  keyHead: string;
  canonicalVotes: FormCounts;
  /** Votes for the form with the head noun in the singular, used once some document attests the singular. */
  singularVotes: FormCounts;
  singularAttested: boolean;
  variants: FormCounts;
  frequency: number;
  /** Keyword beads where the term is the whole item. */
  keywordItemBeads: ReadonlySet<number>;
  termhood: number;
  /**
   * Occurrences that are the term's own use in C-value's reading, summed over documents: each document's termhood
   * score without its length weight (see `scoreCValue`: w · (f − nested share)), at most the frequency. "leader",
   * three times, each time inside another longer candidate ("North Korean leader", "US leader"…), owns about two.
   */
  ownFrequency: number;
  /**
   * Occurrences not inside a longer candidate of the same sentence. A term that only ever occurs nested
   * ("философия" only within "философия власти") is a part of a term, not a glossary entry of its own.
   */
  standalone: number;
  /**
   * Whether the term can be a glossary entry of its own (see `standsAlone` and `isNameFragment`), set when the
   * evidence is finished.
   */
  standsAlone: boolean;
}

/**
 * The evidence is what the glossary holds while it links a whole corpus (10,000 articles: 3.4 million term
 * occurrences in beads), so its bulk is kept flat: per bead and language an array rather than a set, and the
 * terms' bead and document lists in one typed array each (see `termBeads`, `termDocuments`). Sets per bead were
 * a third of the build's live memory at its peak, and a list per term costs more than its contents for the
 * many terms seen once or twice.
 */
export interface CorpusEvidence {
  /** Ids of the documents, in corpus order (`CorpusBead.document` and `termDocuments` index it). */
  documentIds: string[];
  /**
   * The beads of two or more languages, documents in order. A bead in one language (a sentence of an
   * English-only body) links nothing and is not kept: a corpus of 10,000 articles has hundreds of thousands.
   */
  beads: CorpusBead[];
  terms: CorpusTerm[];
  /** Per language, term index by key. */
  byKey: Record<Lang, Map<string, number>>;
  /** Per bead and language, the content-word keys present, each once, in order of appearance (for word-level association). */
  beadWords: Array<Record<Lang, readonly string[]>>;
  /** Per bead and language, the term indices present, each once, in order of appearance. */
  beadTerms: Array<Record<Lang, readonly number[]>>;
  /** Every term's beads, term after term: term t's are `termBeadValues[termBeadStart[t]]` up to `termBeadStart[t + 1]`. */
  termBeadStart: Int32Array;
  termBeadValues: Int32Array;
  /** Every term's documents, the same way. */
  termDocumentStart: Int32Array;
  termDocumentValues: Int32Array;
}

/**
 * Indices into `CorpusEvidence.beads` of the beads term `term` occurs in (beads of two or more languages),
 * ascending, each once: documents list theirs ascending, and each document's beads come after the previous one's.
 */
export function termBeads(evidence: CorpusEvidence, term: number): Int32Array {
  return evidence.termBeadValues.subarray(evidence.termBeadStart[term], evidence.termBeadStart[term + 1]);
}

/** The documents term `term` occurs in, as indices into `CorpusEvidence.documentIds`, in corpus order, each once. */
export function termDocuments(evidence: CorpusEvidence, term: number): Int32Array {
  return evidence.termDocumentValues.subarray(evidence.termDocumentStart[term], evidence.termDocumentStart[term + 1]);
}

/** The language set of each bead mask (en 1, kk 2, ru 4), shared by all beads with those languages. */
const LANG_SETS: ReadonlyArray<ReadonlySet<Lang>> = Array.from(
  { length: 1 << LANGS.length },
  (_, mask) => new Set(LANGS.filter((lang) => (mask & langBit(lang)) !== 0)),
);

/** Each language's position in `LANGS`. */
const LANG_INDEX = Object.fromEntries(LANGS.map((lang, index) => [lang, index])) as Record<Lang, number>;

function emptyPerLang<T>(make: () => T): Record<Lang, T> {
  return { en: make(), kk: make(), ru: make() };
}

/** The shared empty list of a language a bead does not have (only present languages get terms). */
const NO_WORDS: readonly string[] = [];
const NO_TERMS: readonly number[] = [];

/**
 * A document's evidence in columns of integers, as the evidence pack decodes it: one row of `TERM_COLUMNS`
 * integers per term and the terms' lists one after another, their strings as indices into `strings`. Decoding a
 * tuple per term (`DocumentTermEvidence`) made five objects per term, millions over a corpus, each dropped as
 * soon as it was merged; these are a few typed arrays per document. When many documents share `strings` (the
 * evidence pack's table), the collector finds their terms by key index instead of hashing each key again.
 */
export interface EvidenceColumns {
  id: string;
  sections: DocumentEvidence['sections'];
  /** The strings that the string fields index (its identity names the numbering; see `EvidenceCollector`). */
  strings: readonly string[];
  /** Per term, its row: the fields at `TermColumn` offsets. */
  rows: Int32Array;
  /** Per term, its termhood score. */
  scores: Float64Array;
  /** Surface forms (string index) and their counts, pairs one after another; a term's end at `TermColumn.variantsEnd`. */
  variants: Int32Array;
  /** Beads, a term's up to its `TermColumn.beadsEnd`. */
  beads: Int32Array;
  /** Keyword-item beads, a term's up to its `TermColumn.keywordItemBeadsEnd`. */
  keywordItemBeads: Int32Array;
  /** Container keys (string index), a term's up to its `TermColumn.containersEnd`. */
  containers: Int32Array;
}

/**
 * Offsets of a term's fields in its row of `EvidenceColumns.rows` (see `DocumentTermEvidence` for what they are;
 * a list's end is its position after the term's last item, the next term's start).
 */
export const TermColumn = {
  /** Index in `LANGS`. */
  lang: 0,
  key: 1,
  headAt: 2,
  canonical: 3,
  /** 0 for none, else the string index plus one. */
  singularCanonical: 4,
  frequency: 5,
  standalone: 6,
  variantsEnd: 7,
  beadsEnd: 8,
  keywordItemBeadsEnd: 9,
  containersEnd: 10,
} as const;

/** Integers per term row. */
export const TERM_COLUMNS = 11;

/** Evidence in either form: the document's tuples (`documentEvidence`, plain cache entries) or columns (the pack). */
export type FoldableEvidence = DocumentEvidence | EvidenceColumns;

export function isEvidenceColumns(evidence: FoldableEvidence): evidence is EvidenceColumns {
  return 'rows' in evidence;
}

/** Tuples as columns, against a table of the document's own strings. */
export function columnsOf(evidence: DocumentEvidence): EvidenceColumns {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const string = (value: string): number => {
    let index = indexOf.get(value);
    if (index === undefined) indexOf.set(value, (index = strings.push(value) - 1));
    return index;
  };
  const rows = new Int32Array(evidence.terms.length * TERM_COLUMNS);
  const scores = new Float64Array(evidence.terms.length);
  const variants: number[] = [];
  const beads: number[] = [];
  const keywordItemBeads: number[] = [];
  const containers: number[] = [];
  evidence.terms.forEach((term, t) => {
    const row = t * TERM_COLUMNS;
    rows[row + TermColumn.lang] = LANG_INDEX[term[0]];
    rows[row + TermColumn.key] = string(term[1]);
    rows[row + TermColumn.headAt] = term[2];
    rows[row + TermColumn.canonical] = string(term[3]);
    rows[row + TermColumn.singularCanonical] = term[4] === null ? 0 : string(term[4]) + 1;
    rows[row + TermColumn.frequency] = term[5];
    scores[t] = term[6];
    for (let i = 0; i < term[7].length; i += 2) variants.push(string(term[7][i] as string), term[7][i + 1] as number);
    rows[row + TermColumn.variantsEnd] = variants.length;
    beads.push(...term[8]);
    rows[row + TermColumn.beadsEnd] = beads.length;
    keywordItemBeads.push(...term[9]);
    rows[row + TermColumn.keywordItemBeadsEnd] = keywordItemBeads.length;
    rows[row + TermColumn.standalone] = term[10];
    for (const container of term[11]) containers.push(string(container));
    rows[row + TermColumn.containersEnd] = containers.length;
  });
  return {
    id: evidence.id,
    sections: evidence.sections,
    strings,
    rows,
    scores,
    variants: Int32Array.from(variants),
    beads: Int32Array.from(beads),
    keywordItemBeads: Int32Array.from(keywordItemBeads),
    containers: Int32Array.from(containers),
  };
}

/** Columns as tuples (`columnsOf` the other way round). */
export function tuplesOf(columns: EvidenceColumns): DocumentEvidence {
  const { strings, rows } = columns;
  const terms: DocumentTermEvidence[] = [];
  let variantAt = 0;
  let beadAt = 0;
  let keywordAt = 0;
  let containerAt = 0;
  for (let row = 0; row < rows.length; row += TERM_COLUMNS) {
    const variants: Array<string | number> = [];
    for (const end = rows[row + TermColumn.variantsEnd]; variantAt < end; variantAt += 2) {
      variants.push(strings[columns.variants[variantAt]], columns.variants[variantAt + 1]);
    }
    const containers: string[] = [];
    for (const end = rows[row + TermColumn.containersEnd]; containerAt < end; containerAt++) containers.push(strings[columns.containers[containerAt]]);
    const singular = rows[row + TermColumn.singularCanonical];
    terms.push([
      LANGS[rows[row + TermColumn.lang]],
      strings[rows[row + TermColumn.key]],
      rows[row + TermColumn.headAt],
      strings[rows[row + TermColumn.canonical]],
      singular === 0 ? null : strings[singular - 1],
      rows[row + TermColumn.frequency],
      columns.scores[row / TERM_COLUMNS],
      variants,
      Array.from(columns.beads.subarray(beadAt, (beadAt = rows[row + TermColumn.beadsEnd]))),
      Array.from(columns.keywordItemBeads.subarray(keywordAt, (keywordAt = rows[row + TermColumn.keywordItemBeadsEnd]))),
      rows[row + TermColumn.standalone],
      containers,
    ]);
  }
  return { id: columns.id, sections: columns.sections, terms };
}

/** Takes documents one at a time, in corpus order, and keeps only what the glossary needs of each. */
export interface EvidenceCollector {
  add(document: GlossaryDocument): void;
  /** `add` for a document already reduced by `documentEvidence` (the build caches these per document), in either form. */
  addEvidence(document: FoldableEvidence): void;
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
  const documentIds: string[] = [];
  const beads: CorpusBead[] = [];
  const beadWords: CorpusEvidence['beadWords'] = [];
  const beadTerms: CorpusEvidence['beadTerms'] = [];
  const terms: CorpusTerm[] = [];
  const byKey = emptyPerLang(() => new Map<string, number>());
  // While documents are added: (term, bead) and (term, document) pairs in the order found, grouped by term
  // when finished; each term's last document; and the keys of each term's containers, kept only to decide
  // `standsAlone` (most terms have none).
  const beadPairs = new IntPairs();
  const documentPairs = new IntPairs();
  const lastDocumentOf: number[] = [];
  const containersOf: Array<Set<string> | undefined> = [];
  // Content words numbered, so that a bead's words are gathered as numbers (each term's once, when first seen).
  const wordIds = new Map<string, number>();
  const wordOfId: string[] = [];
  const contentWordIdsOf: number[][] = [];
  // C-value's length weight of each term's key, log2(words + 1) (see `ownFrequency`).
  const lengthWeightOf: number[] = [];
  // Corpus term by key index, per language (index · 3 + language), -1 until looked up: for the columns of
  // documents that share a table of strings (`EvidenceColumns.strings`), the terms are found without hashing
  // their keys.
  let keyTable: readonly string[] = [];
  let termOfKeyId: Int32Array = new Int32Array(0);
  // The terms' sums, maxima and counts of forms while documents are added, by term index: dense arrays rather
  // than each term's object (a scattered read per document-term, millions), moved into the terms when finished.
  const frequencyOf: number[] = [];
  const termhoodOf: number[] = [];
  const ownFrequencyOf: number[] = [];
  const standaloneOf: number[] = [];
  const singularAttestedOf: number[] = [];
  // Written forms (canonical, singular, surface) are counted by number (see `FormCounts`), numbered over the
  // corpus; `formOfString` numbers the strings of the current table, -1 until looked up.
  const formIds = new Map<string, number>();
  const formOfId: string[] = [];
  let formOfString: Int32Array = new Int32Array(0);
  // Each table's numbering is kept while the table lives: a rebuild takes most documents from the evidence pack
  // and the changed ones from their entries, whose columns point into the next pack's table (see
  // `decodeColumns`), and goes back and forth between the two. A table that grows (the next pack's, as entries
  // add strings) has its numbering grown with it.
  const numberings = new WeakMap<readonly string[], { termOfKeyId: Int32Array; formOfString: Int32Array }>();
  const useTable = (strings: readonly string[]): void => {
    const known = numberings.get(strings);
    const numbering = {
      termOfKeyId: grown(known?.termOfKeyId, strings.length * LANGS.length),
      formOfString: grown(known?.formOfString, strings.length),
    };
    numberings.set(strings, numbering);
    keyTable = strings;
    ({ termOfKeyId, formOfString } = numbering);
  };
  const formOf = (index: number): number => {
    let id = formOfString[index];
    if (id < 0) {
      const form = keyTable[index];
      const known = formIds.get(form);
      id = known ?? formOfId.push(form) - 1;
      if (known === undefined) formIds.set(form, id);
      formOfString[index] = id;
    }
    return id;
  };
  const canonicalVoteIds = new FormTallies();
  const singularVoteIds = new FormTallies();
  const variantIds = new FormTallies();

  const addEvidence = (document: FoldableEvidence): void => {
    const columns = isEvidenceColumns(document) ? document : columnsOf(document);
    const documentIndex = documentIds.length;
    documentIds.push(columns.id);
    // Corpus index of each of the document's beads, in the document's numbering (-1: a one-language bead).
    const corpusIndex: number[] = [];
    // The document's beads' words (as numbers) and terms, gathered as its terms are added.
    const firstBead = beads.length;
    const wordLists: Array<Record<Lang, number[] | null>> = [];
    const termLists: Array<Record<Lang, number[] | null>> = [];
    columns.sections.forEach((section, sectionIndex) => {
      section.beads.forEach((mask, beadInSection) => {
        const langs = LANG_SETS[mask];
        if (langs.size < 2) {
          corpusIndex.push(-1);
          return;
        }
        corpusIndex.push(beads.length);
        beads.push({ document: documentIndex, section: sectionIndex, bead: beadInSection, kind: section.kind, langs });
        const words: Record<Lang, number[] | null> = { en: null, kk: null, ru: null };
        const termsHere: Record<Lang, number[] | null> = { en: null, kk: null, ru: null };
        for (const lang of langs) {
          words[lang] = [];
          termsHere[lang] = [];
        }
        wordLists.push(words);
        termLists.push(termsHere);
      });
    });

    const { strings, rows, scores } = columns;
    if (strings !== keyTable || strings.length > formOfString.length) useTable(strings);
    let variantAt = 0;
    let beadAt = 0;
    let keywordAt = 0;
    let containerAt = 0;
    for (let row = 0, t = 0; row < rows.length; row += TERM_COLUMNS, t++) {
      const langIndex = rows[row + TermColumn.lang];
      const lang = LANGS[langIndex];
      const frequency = rows[row + TermColumn.frequency];
      const score = scores[t];
      const slot = rows[row + TermColumn.key] * LANGS.length + langIndex;
      let termIndex = termOfKeyId[slot];
      if (termIndex < 0) {
        termIndex = termOfKeyId[slot] = termFor(lang, strings[rows[row + TermColumn.key]], rows[row + TermColumn.headAt]).index;
      }
      if (lastDocumentOf[termIndex] !== documentIndex) {
        lastDocumentOf[termIndex] = documentIndex;
        documentPairs.push(termIndex, documentIndex);
      }
      frequencyOf[termIndex] += frequency;
      if (score > termhoodOf[termIndex]) termhoodOf[termIndex] = score;
      ownFrequencyOf[termIndex] += Math.min(frequency, Math.max(0, score / lengthWeightOf[termIndex]));
      const canonical = formOf(rows[row + TermColumn.canonical]);
      const singular = rows[row + TermColumn.singularCanonical];
      canonicalVoteIds.add(termIndex, canonical, frequency);
      singularVoteIds.add(termIndex, singular === 0 ? canonical : formOf(singular - 1), frequency);
      if (singular === 0) singularAttestedOf[termIndex] = 1;
      const variants = columns.variants;
      for (const end = rows[row + TermColumn.variantsEnd]; variantAt < end; variantAt += 2) {
        variantIds.add(termIndex, formOf(variants[variantAt]), variants[variantAt + 1]);
      }
      // A term's beads are beads of two or more languages (see `documentEvidence`). Repeats within a bead's
      // lists are dropped once the document is done.
      const termWords = contentWordIdsOf[termIndex];
      const beadsHere = columns.beads;
      for (const end = rows[row + TermColumn.beadsEnd]; beadAt < end; beadAt++) {
        const index = corpusIndex[beadsHere[beadAt]];
        beadPairs.push(termIndex, index);
        termLists[index - firstBead][lang]!.push(termIndex);
        const words = wordLists[index - firstBead][lang]!;
        for (let w = 0; w < termWords.length; w++) words.push(termWords[w]);
      }
      const keywordItemBeadsEnd = rows[row + TermColumn.keywordItemBeadsEnd];
      if (keywordAt < keywordItemBeadsEnd) {
        const term = terms[termIndex];
        const items = term.keywordItemBeads === NO_BEADS ? new Set<number>() : (term.keywordItemBeads as Set<number>);
        for (; keywordAt < keywordItemBeadsEnd; keywordAt++) items.add(corpusIndex[columns.keywordItemBeads[keywordAt]]);
        term.keywordItemBeads = items;
      }
      standaloneOf[termIndex] += rows[row + TermColumn.standalone];
      // Containers decide only for a term that never stood alone (see `standsAlone`).
      const containersEnd = rows[row + TermColumn.containersEnd];
      if (standaloneOf[termIndex] > 0) containersOf[termIndex] = undefined;
      else if (containerAt < containersEnd) {
        const known = (containersOf[termIndex] ??= new Set());
        for (let i = containerAt; i < containersEnd; i++) known.add(strings[columns.containers[i]]);
      }
      containerAt = containersEnd;
    }

    for (let i = 0; i < wordLists.length; i++) {
      const words = { en: NO_WORDS, kk: NO_WORDS, ru: NO_WORDS };
      const termsHere = { en: NO_TERMS, kk: NO_TERMS, ru: NO_TERMS };
      for (const lang of LANGS) {
        const ids = wordLists[i][lang];
        if (ids) words[lang] = distinct(ids, wordStamps, wordOfId.length).map((id) => wordOfId[id]);
        const list = termLists[i][lang];
        if (list) termsHere[lang] = distinct(list, termStamps, terms.length);
      }
      beadWords.push(words);
      beadTerms.push(termsHere);
    }
  };

  // Stamps for `distinct`: the list being filtered marks the ids it has kept.
  const wordStamps = new Stamps();
  const termStamps = new Stamps();

  function termFor(lang: Lang, key: string, headAt: number): CorpusTerm {
    const existing = byKey[lang].get(key);
    if (existing !== undefined) return terms[existing];
    const keyHead = key.split(' ')[headAt] ?? '';
    const term: CorpusTerm = {
      index: terms.length,
      lang,
      key,
      contentWords: key.split(' ').filter((word) => word && !isFunctionWord(word, lang)),
      // The key's head until the evidence is finished; a name has none (see `finish`).
      head: keyHead,
      keyHead,
      canonicalVotes: new FormCounts(),
      singularVotes: new FormCounts(),
      singularAttested: false,
      variants: new FormCounts(),
      frequency: 0,
      keywordItemBeads: NO_BEADS,
      termhood: 0,
      ownFrequency: 0,
      standalone: 0,
      standsAlone: false,
    };
    terms.push(term);
    contentWordIdsOf.push(
      term.contentWords.map((word) => {
        let id = wordIds.get(word);
        if (id === undefined) {
          wordIds.set(word, (id = wordOfId.length));
          wordOfId.push(word);
        }
        return id;
      }),
    );
    lastDocumentOf.push(-1);
    frequencyOf.push(0);
    termhoodOf.push(0);
    ownFrequencyOf.push(0);
    standaloneOf.push(0);
    singularAttestedOf.push(0);
    canonicalVoteIds.addTerm();
    singularVoteIds.addTerm();
    variantIds.addTerm();
    lengthWeightOf.push(Math.log2(key.split(' ').length + 1));
    containersOf.push(undefined);
    byKey[lang].set(key, term.index);
    return term;
  }

  const finish = (): CorpusEvidence => {
    keyTable = [];
    termOfKeyId = new Int32Array(0);
    formOfString = new Int32Array(0);
    for (const term of terms) {
      const t = term.index;
      term.frequency = frequencyOf[t];
      term.termhood = termhoodOf[t];
      term.ownFrequency = ownFrequencyOf[t];
      term.standalone = standaloneOf[t];
      term.singularAttested = singularAttestedOf[t] === 1;
      term.canonicalVotes = canonicalVoteIds.formsOf(t, formOfId);
      term.singularVotes = singularVoteIds.formsOf(t, formOfId);
      term.variants = variantIds.formsOf(t, formOfId);
    }
    // Heads once the canonical forms are voted (names, "Angela Merkel", are flat: no head), and standing once
    // every container's frequency is known: longer terms first, so that a name is judged an entry before its
    // parts are measured against it (see `isNameFragment`).
    const canonicals = terms.map(canonicalOf);
    for (const term of terms) if (isName(canonicals[term.index])) term.head = '';
    const nameContainers = new Map<number, CorpusTerm[]>();
    const frequencyIn = Object.fromEntries(
      LANGS.map((lang) => [lang, (key: string) => terms[byKey[lang].get(key)!].frequency]),
    ) as Record<Lang, (key: string) => number>;
    for (const term of byWordsDescending(terms)) {
      const inNames = nameNestedFrequency(nameContainers.get(term.index));
      term.standsAlone = !isNameFragment(term, inNames) && standsAlone(term, containersOf[term.index] ?? NO_CONTAINERS, frequencyIn[term.lang]);
      if (term.standsAlone && isName(canonicals[term.index])) {
        for (const part of partsOfKey(term.key)) {
          if (!` ${part} `.includes(` ${term.keyHead} `)) continue;
          const inner = byKey[term.lang].get(part);
          if (inner === undefined) continue;
          const list = nameContainers.get(inner);
          if (list) list.push(term);
          else nameContainers.set(inner, [term]);
        }
      }
    }
    const [termBeadStart, termBeadValues] = beadPairs.groupByFirst(terms.length);
    const [termDocumentStart, termDocumentValues] = documentPairs.groupByFirst(terms.length);
    return { documentIds, beads, terms, byKey, beadWords, beadTerms, termBeadStart, termBeadValues, termDocumentStart, termDocumentValues };
  };

  return { add: (document) => addEvidence(documentEvidence(document)), addEvidence, finish };
}

/**
 * Counts per form of every term while the evidence is merged, forms by number: each term's first form in dense
 * arrays, any other in a map of the term's (a term has one form in nine cases out of ten). Millions of counts go
 * through here; a `FormCounts` per term compared the forms as strings, and took half of the merge.
 */
class FormTallies {
  private readonly first: number[] = [];
  private readonly firstCount: number[] = [];
  private readonly more: Array<Map<number, number> | undefined> = [];

  /** Makes room for the next term. */
  addTerm(): void {
    this.first.push(-1);
    this.firstCount.push(0);
    this.more.push(undefined);
  }

  add(term: number, form: number, count: number): void {
    const first = this.first[term];
    if (first === form) {
      this.firstCount[term] += count;
    } else if (first === -1) {
      this.first[term] = form;
      this.firstCount[term] = count;
    } else {
      const more = (this.more[term] ??= new Map());
      more.set(form, (more.get(form) ?? 0) + count);
    }
  }

  /** The term's counts by written form, in the order the forms were first seen. */
  formsOf(term: number, forms: readonly string[]): FormCounts {
    const counts = new FormCounts();
    if (this.first[term] !== -1) counts.add(forms[this.first[term]], this.firstCount[term]);
    for (const [form, count] of this.more[term] ?? []) counts.add(forms[form], count);
    return counts;
  }
}

/** `numbers` (-1 where not set yet) made room for `length` of them, or itself when it has the room. */
function grown(numbers: Int32Array | undefined, length: number): Int32Array {
  if (numbers && numbers.length >= length) return numbers;
  const room = new Int32Array(Math.max(length, 2 * (numbers?.length ?? 0))).fill(-1);
  if (numbers) room.set(numbers);
  return room;
}

/** Marks on numbers below a bound, a fresh mark per use: membership tests without a set per list. */
class Stamps {
  private marks = new Int32Array(1024);
  private mark = 0;

  /** Starts a new use for numbers below `bound`. */
  next(bound: number): Int32Array {
    if (this.marks.length < bound) {
      let length = this.marks.length;
      while (length < bound) length *= 2;
      this.marks = new Int32Array(length);
      this.mark = 0;
    }
    this.mark++;
    return this.marks;
  }

  get current(): number {
    return this.mark;
  }
}

/** `ids` without repeats, first occurrences in order (the list itself, trimmed in place). */
function distinct(ids: number[], stamps: Stamps, bound: number): number[] {
  const marks = stamps.next(bound);
  const mark = stamps.current;
  let kept = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (marks[id] === mark) continue;
    marks[id] = mark;
    ids[kept++] = id;
  }
  ids.length = kept;
  return ids;
}

/** The shared empty set of a term never seen as a whole keyword item (replaced, never added to). */
const NO_BEADS: ReadonlySet<number> = new Set<number>();
const NO_CONTAINERS: ReadonlySet<string> = new Set<string>();


/** A multiword name: every word capitalised ("Angela Merkel", "Real Madrid"). */
function isName(canonical: string): boolean {
  const words = canonical.split(' ');
  return words.length > 1 && words.every((word) => /^\p{Lu}/u.test(word));
}

/** The terms, those of more words first (a counting sort: keys have a handful of words). */
function byWordsDescending(terms: readonly CorpusTerm[]): CorpusTerm[] {
  const byWords: CorpusTerm[][] = [];
  for (const term of terms) {
    let words = 1;
    for (let i = 0; i < term.key.length; i++) if (term.key.charCodeAt(i) === 32) words++;
    (byWords[words] ??= []).push(term);
  }
  const sorted: CorpusTerm[] = [];
  for (let words = byWords.length - 1; words > 0; words--) for (const term of byWords[words] ?? []) sorted.push(term);
  return sorted;
}

/**
 * How many of a term's occurrences are inside longer names of its language ("Korea" inside "North Korea" and
 * "South Korea"): the frequencies of the innermost names that hold it, since an outer name ("UN Security
 * Council") is already counted in the inner one ("Security Council") it holds. Only names that are entries of
 * their own count (a fragment such as "UN Security" is not a second container).
 */
function nameNestedFrequency(containers: readonly CorpusTerm[] | undefined): number {
  if (!containers || containers.length === 0) return 0;
  let nested = 0;
  for (const outer of containers) {
    const innermost = containers.every((inner) => inner === outer || !(` ${outer.key} `).includes(` ${inner.key} `));
    if (innermost) nested += outer.frequency;
  }
  return nested;
}

/**
 * A part of names stands alone often enough to be an entry when its own occurrences (outside those names) are
 * at least this share of its occurrences inside them: a surname after a full name or two ("Molinari" once
 * beside "Francesco Molinari" twice), not a place's head after a dozen ("Korea" once beside "North Korea" 15 times).
 */
const NAME_FRAGMENT_OWN_SHARE = 0.5;

/**
 * A part of names rather than a term of its own: the head word (or a part holding it) of longer names of its
 * language, mostly seen inside them ("Korea" 16 times, 15 of them in "North Korea" or "South Korea"; "Council"
 * only in "Security Council"; "Republic" in "Republic of Kazakhstan"). Only the head counts: a name that
 * modifies a longer one is an entity of its own ("UN" in "UN Security Council"), which C-value judges as any
 * term. A name is shortened to its head in running text for some kinds of name only (a surname, "Clark" for
 * "Greg Clark"), and then the head stands alone often enough to pass.
 */
function isNameFragment(term: CorpusTerm, inNames: number): boolean {
  if (inNames === 0) return false;
  const own = Math.max(0, term.frequency - inNames);
  return own < NAME_FRAGMENT_OWN_SHARE * inNames;
}

/**
 * Whether a term can be a glossary entry of its own, in C-value's reading: it occurs outside longer candidates,
 * or more often than the longer candidates it is nested in do on average, so that some of its use is its own
 * ("мемлекеттік билік", twice, inside "бірыңғай мемлекеттік билік" and "мемлекеттік билік тармақтары", once
 * each). A part that only ever occurs inside one longer term, or inside a chain of them ("система" only in
 * "политическая система" within "ведущая политическая система"), is a part of a term, not an entry.
 */
function standsAlone(term: CorpusTerm, containers: ReadonlySet<string>, frequencyOf: (key: string) => number): boolean {
  if (term.standalone > 0) return true;
  if (containers.size === 0) return false;
  let containerFrequency = 0;
  for (const key of containers) containerFrequency += frequencyOf(key);
  return term.frequency > containerFrequency / containers.size;
}

/**
 * The canonical form most documents chose: with the head noun in the singular when some document of the corpus
 * attests the singular ("power relation"), else as the documents show it ("power relations").
 */
export function canonicalOf(term: CorpusTerm): string {
  return mostVoted(term.singularAttested ? term.singularVotes : term.canonicalVotes, term.key);
}

/** The canonical form with the head noun in the singular, whether or not some document attests it (see `canonicalOf`). */
export function singularCanonicalOf(term: CorpusTerm): string {
  return mostVoted(term.singularVotes, term.key);
}

/** The form with the most votes, the smaller form on a tie; `fallback` when there are none. */
function mostVoted(votes: FormCounts, fallback: string): string {
  let best = fallback;
  let bestVotes = -1;
  for (const [form, count] of votes) {
    if (count > bestVotes || (count === bestVotes && form < best)) {
      best = form;
      bestVotes = count;
    }
  }
  return best;
}
