import { LANGS, type Lang } from '../model/index.js';
import { dice, logLikelihood } from './association.js';
import { termBeads, type CorpusEvidence, type CorpusTerm } from './collect-evidence.js';
import type { WordLinks } from './link-words.js';
import { linkCompetitively, type BeadItems } from './competitive-linking.js';

/** A translation link between a term of language x and a term of language y. */
export interface TermLink {
  x: number;
  y: number;
  /** Beads (shared by both languages) holding both terms. */
  both: number;
  /** Beads (shared by both languages) holding each term. */
  countX: number;
  countY: number;
  dice: number;
  logLikelihood: number;
  /** Both terms are the whole items of one aligned keyword bead. */
  keyword: boolean;
}

const SEPARATOR = '\u0001';

/** The shared empty item list of a bead side with no open multiword term (most beads: never added to). */
const NO_ITEMS: readonly string[] = [];

/** A term pair as one number (term indices stay far below this base), for the per-bead sets. */
const PAIR_BASE = 2 ** 26;
function pairKey(termX: number, termY: number): number {
  return termX * PAIR_BASE + termY;
}

function signature(words: readonly string[]): string {
  return [...words].sort().join(SEPARATOR);
}

/** A Latin letter, or a word in capitals (an acronym's key keeps its capitals: US, АҚШ, NTS). */
const FOREIGN_KEY = /\p{Script=Latin}|(?:^| )\p{Lu}{2,}(?: |$)/u;

/**
 * Whether a key is spelled the same way in any language's text: names kept in Latin letters (Brexit, Global
 * Citizen) and acronyms. Two such terms with the same key in one bead are the same name: identity is the
 * strongest cognate evidence. Common words spelled alike in Kazakh and Russian (объект) are left to the word
 * links, which weigh their co-occurrence.
 */
function isForeignKey(key: string): boolean {
  return FOREIGN_KEY.test(key);
}

/**
 * What the linking reads of every term in every bead it is in, found once per evidence (every pair and both passes
 * of the linking ask) and kept in arrays by term index: looked up in maps or read from the term objects, it was
 * a good part of the linking's time.
 */
interface TermFacts {
  /** The number of each term's content words. */
  contentWordCount: Int32Array;
  /**
   * Each term's identity as a number (-1 for none): a term with a foreign key (see `isForeignKey`) is identified
   * by its key without a leading article, so that "The Power of Nutrition" in Kazakh text is the English "Power
   * of Nutrition". Numbered over all languages, so that equal numbers are equal identities.
   */
  identityOf: Int32Array;
  /** Per language, its terms by identity number. */
  termsOfIdentity: Record<Lang, Map<number, number[]>>;
  /** 1 for the terms whose key is written wholly in Latin letters (see `LATIN_ONLY`), all of them foreign keys. */
  latinOnly: Uint8Array;
  /** Each term's head (`CorpusTerm.head`). */
  headOf: string[];
  /** Each term's head by word order (see `orderHead`). */
  orderHeadOf: string[];
}

const factsCache = new WeakMap<CorpusEvidence, TermFacts>();

/** A key whose letters are all Latin (digits, spaces and punctuation aside), with at least one letter. */
const LATIN_ONLY = /^(?=.*\p{L})[\p{Script=Latin}\P{L}]+$/u;

/** A leading English article, which one language writes in a name and another leaves out ("The Guardian"). */
const LEADING_ARTICLE = /^the /u;

function termFacts(evidence: CorpusEvidence): TermFacts {
  const cached = factsCache.get(evidence);
  if (cached !== undefined) return cached;
  const count = evidence.terms.length;
  const facts: TermFacts = {
    contentWordCount: Int32Array.from(evidence.terms, (term) => term.contentWords.length),
    identityOf: new Int32Array(count).fill(-1),
    termsOfIdentity: { en: new Map(), kk: new Map(), ru: new Map() },
    latinOnly: new Uint8Array(count),
    headOf: evidence.terms.map((term) => term.head),
    orderHeadOf: evidence.terms.map((term) => orderHead(term, term.lang)),
  };
  factsCache.set(evidence, facts);
  const identityIds = new Map<string, number>();
  for (const lang of LANGS) {
    const terms = facts.termsOfIdentity[lang];
    for (const [key, index] of evidence.byKey[lang]) {
      if (!isForeignKey(key)) continue;
      const identity = key.replace(LEADING_ARTICLE, '');
      let id = identityIds.get(identity);
      if (id === undefined) identityIds.set(identity, (id = identityIds.size));
      facts.identityOf[index] = id;
      if (LATIN_ONLY.test(key)) facts.latinOnly[index] = 1;
      const list = terms.get(id);
      if (list) list.push(index);
      else terms.set(id, [index]);
    }
  }
  return facts;
}

/**
 * A term's head, or for a name (which has none) the head its word order gives where that order is reliable:
 * English and Kazakh (`keyHead`); a Russian name has none.
 */
function orderHead(term: CorpusTerm, lang: Lang): string {
  return lang === 'ru' ? term.head : term.keyHead;
}

/** At most this many translations of one multiword term are tried (product of the words' renderings). */
const MAX_TARGETS = 16;

/** Signatures of the y-language word sets that translate `words` word by word; none if a word has no link. */
function translatedSignatures(words: readonly string[], wordLinks: WordLinks): string[] {
  if (words.length === 0) return [];
  let combinations: string[][] = [[]];
  for (const word of words) {
    const renderings = wordLinks.get(word);
    if (!renderings) return [];
    combinations = combinations.flatMap((prefix) => renderings.map((rendering) => [...prefix, rendering])).slice(0, MAX_TARGETS);
  }
  return combinations.map(signature);
}

/**
 * Links terms of x and y that are translations of each other in some bead, on two kinds of evidence:
 * - compositional: every content word of the x term is linked (word level) to a content word of the y term and
 *   the y term has no other content word ("state power" ↔ "мемлекеттік билік" once state ↔ мемлекеттік and
 *   power ↔ билік are linked). Single words are the one-word case of this.
 * - keyword items: keyword lines are aligned item by item, so two whole items of one keyword bead are a pair
 *   even when their words are not (yet) linked.
 * - identity: a name kept in Latin letters or an acronym with the same key on both sides (Brexit, NTS).
 * Returns the links keyed by `${x}:${y}` term indices.
 */
export function linkTerms(evidence: CorpusEvidence, x: Lang, y: Lang, wordLinks: WordLinks): Map<string, TermLink> {
  // Counted by pair number; keyed `${x}:${y}` only when done, once per link rather than once per bead.
  const linksByPair = new Map<number, TermLink>();
  const sharedBeads: number[] = [];
  const shared = new Uint8Array(evidence.beads.length);
  evidence.beads.forEach((bead, index) => {
    if (bead.langs.has(x) && bead.langs.has(y)) {
      sharedBeads.push(index);
      shared[index] = 1;
    }
  });

  // Compositional with one unknown: all content words of the x term but one are linked, and exactly one y
  // term of the bead has the same length, contains all their renderings, and one more word that translates
  // no x word ("state power" ↔ "мемлекеттік билік" once power ↔ билік is known, "state" being undecided).
  const renderedY = new Set([...wordLinks.values()].flat());
  const { contentWordCount, identityOf, latinOnly, termsOfIdentity } = termFacts(evidence);
  const identitiesY = termsOfIdentity[y];
  // Per x term, the renderings of its linked words when exactly one of its words is open (null otherwise):
  // the same for every bead the term is in.
  const linkedImages = new Array<Array<readonly string[]> | null | undefined>(evidence.terms.length);
  const imagesOf = (termX: number): Array<readonly string[]> | null => {
    let images = linkedImages[termX];
    if (images === undefined) {
      const words = evidence.terms[termX].contentWords;
      const open = words.filter((word) => !wordLinks.has(word));
      images = words.length < 2 || open.length !== 1 ? null : words.filter((word) => wordLinks.has(word)).map((word) => wordLinks.get(word)!);
      linkedImages[termX] = images;
    }
    return images;
  };
  // Marks of the y term's words taken by an image (a fresh mark per y term compared): this is asked for every x
  // term of every bead, and a copy of the words to take them from was much of the linking's garbage.
  let taken = new Int32Array(16);
  let mark = 0;
  const oneWordOpenPartner = (termX: number, termsY: readonly number[]): number | null => {
    const images = imagesOf(termX);
    if (images === null) return null;
    const length = contentWordCount[termX];
    if (taken.length < length) taken = new Int32Array(length);
    let found: number | null = null;
    for (const termY of termsY) {
      if (contentWordCount[termY] !== length) continue;
      // Each image takes the first word not taken yet that renders it; the y term has one word more than the
      // images, the one left.
      const wordsY = evidence.terms[termY].contentWords;
      mark++;
      let covered = true;
      for (const renderings of images) {
        let at = 0;
        while (at < length && (taken[at] === mark || !renderings.includes(wordsY[at]))) at++;
        if (at === length) {
          covered = false;
          break;
        }
        taken[at] = mark;
      }
      if (!covered) continue;
      let rest = 0;
      while (taken[rest] === mark) rest++;
      if (renderedY.has(wordsY[rest]) || !headsAgree(termX, termY, true)) continue;
      if (found !== null) return null;
      found = termY;
    }
    return found;
  };

  // Translations keep the head: the x head's rendering must be the y head, or, when the x head is the one
  // unknown word, the y head must be the word no x word translates ("Union republic" is not "восстановление
  // республик", whose head is "восстановление").
  // With `oneOpen` (one word unknown on each side), a name keeps the head its word order gives in English and
  // Kazakh ("Шығыс Еуропа" is headed by "Еуропа"), so that the unknown word cannot be a phrase's head against a
  // name's modifier ("belly of Europe" is not "Шығыс Еуропа"); Russian word order says too little about names.
  // Asked for most pairs of terms sharing a bead: each term's heads, and what they say, are looked up once.
  const { headOf, orderHeadOf } = termFacts(evidence);
  const headsOf = [headOf, orderHeadOf];
  const headRenderings = [new Array<readonly string[] | null | undefined>(evidence.terms.length), new Array<readonly string[] | null | undefined>(evidence.terms.length)];
  const headRendered = [new Int8Array(evidence.terms.length).fill(-1), new Int8Array(evidence.terms.length).fill(-1)];
  const headsAgree = (termX: number, termY: number, oneOpen = false): boolean => {
    const kind = oneOpen ? 1 : 0;
    const headX = headsOf[kind][termX];
    const headY = headsOf[kind][termY];
    if (headX === '' || headY === '') return true;
    const renderings = (headRenderings[kind][termX] ??= wordLinks.get(headX) ?? null);
    if (renderings) return renderings.includes(headY);
    if (headRendered[kind][termY] === -1) headRendered[kind][termY] = renderedY.has(headY) ? 1 : 0;
    return headRendered[kind][termY] === 0;
  };

  // A name that Kazakh or Russian text keeps in Latin letters is copied from the English: two terms written wholly
  // in Latin letters on both sides translate each other only as the same name (identity, below), so no other
  // evidence pairs them ("Roa Hotel" is not "Roa Roa" of "Roa Roa қонақ үйі"). Read from the identities found once
  // per evidence: this is asked for every pair of terms that share a bead.
  const otherLatinNames = (termX: number, termY: number): boolean =>
    latinOnly[termX] === 1 && latinOnly[termY] === 1 && identityOf[termX] !== identityOf[termY];

  // Signatures as small numbers, compared per bead without a map of the bead's terms.
  const signatureIds = new Map<string, number>();
  const signatureId = (text: string): number => {
    let id = signatureIds.get(text);
    if (id === undefined) signatureIds.set(text, (id = signatureIds.size));
    return id;
  };
  const termSignatures = new Int32Array(evidence.terms.length).fill(-1);
  const signatureOfTerm = (termIndex: number): number => {
    if (termSignatures[termIndex] === -1) termSignatures[termIndex] = signatureId(signature(evidence.terms[termIndex].contentWords));
    return termSignatures[termIndex];
  };
  const targetIds = new Array<number[] | undefined>(evidence.terms.length);
  const targetsOf = (termIndex: number): number[] =>
    (targetIds[termIndex] ??= translatedSignatures(evidence.terms[termIndex].contentWords, wordLinks).map(signatureId));

  // The term pairs of each bead with terms on both sides, each once, in the order found: bead `beadOrder[i]`
  // has `pairKeys[pairStarts[i]]` up to the next bead's start (flat arrays: a set per bead for 140,000 beads
  // was most of this function's garbage; a bead has a few pairs, so a scan finds repeats).
  const beadOrder: number[] = [];
  const pairStarts: number[] = [];
  const pairKeys: number[] = [];
  let beadStart = 0;
  const addPair = (key: number) => {
    for (let i = beadStart; i < pairKeys.length; i++) if (pairKeys[i] === key) return;
    pairKeys.push(key);
  };
  // Terms with a compositional link somewhere (keyword links do not count: they are one bead of evidence).
  const linkedX = new Uint8Array(evidence.terms.length);
  const linkedY = new Uint8Array(evidence.terms.length);
  // The bead's y terms by signature, so that each x term's targets are looked up, not compared with every y
  // term: a stamp per signature marks those seen in the current bead, and the y terms of one signature are
  // chained in bead order.
  let seenIn = new Int32Array(1024).fill(-1);
  let firstOf = new Int32Array(1024);
  let lastOf = new Int32Array(1024);
  let nextOf = new Int32Array(64);
  const grow = (array: Int32Array, size: number, fill?: number) => {
    let length = array.length;
    while (length <= size) length *= 2;
    const grown = new Int32Array(length);
    if (fill !== undefined) grown.fill(fill);
    grown.set(array);
    return grown;
  };
  for (const beadIndex of sharedBeads) {
    const termsX = evidence.beadTerms[beadIndex][x];
    const termsY = evidence.beadTerms[beadIndex][y];
    if (termsX.length === 0 || termsY.length === 0) continue;
    beadStart = pairKeys.length;
    if (nextOf.length < termsY.length) nextOf = grow(nextOf, termsY.length);
    for (let j = 0; j < termsY.length; j++) {
      const sig = signatureOfTerm(termsY[j]);
      if (sig >= seenIn.length) {
        seenIn = grow(seenIn, sig, -1);
        firstOf = grow(firstOf, sig);
        lastOf = grow(lastOf, sig);
      }
      nextOf[j] = -1;
      if (seenIn[sig] !== beadIndex) {
        seenIn[sig] = beadIndex;
        firstOf[sig] = j;
      } else {
        nextOf[lastOf[sig]] = j;
      }
      lastOf[sig] = j;
    }
    for (const termX of termsX) {
      for (const target of targetsOf(termX)) {
        if (target >= seenIn.length || seenIn[target] !== beadIndex) continue;
        for (let j = firstOf[target]; j !== -1; j = nextOf[j]) {
          const termY = termsY[j];
          if (!headsAgree(termX, termY) || otherLatinNames(termX, termY)) continue;
          addPair(pairKey(termX, termY));
          linkedX[termX] = 1;
          linkedY[termY] = 1;
        }
      }
      // The same name as written in both languages (see `isForeignKey`).
      const identity = identityOf[termX];
      if (identity !== -1) {
        for (const same of identitiesY.get(identity) ?? []) {
          if (!termsY.includes(same)) continue;
          addPair(pairKey(termX, same));
          linkedX[termX] = 1;
          linkedY[same] = 1;
        }
      }
      const partner = oneWordOpenPartner(termX, termsY);
      if (partner !== null && !otherLatinNames(termX, partner)) {
        addPair(pairKey(termX, partner));
        linkedX[termX] = 1;
        linkedY[partner] = 1;
      }
    }
    if (evidence.beads[beadIndex].kind === 'keywords') {
      const itemsX = termsX.filter((t) => evidence.terms[t].keywordItemBeads.has(beadIndex));
      const itemsY = termsY.filter((t) => evidence.terms[t].keywordItemBeads.has(beadIndex));
      if (itemsX.length === 1 && itemsY.length === 1) {
        addPair(pairKey(itemsX[0], itemsY[0]));
        linkFor(itemsX[0], itemsY[0]).keyword = true;
      }
    }
    beadOrder.push(beadIndex);
    pairStarts.push(beadStart);
  }
  pairStarts.push(pairKeys.length);

  // Multiword terms whose words could not be linked one by one (words that always occur together, as
  // "modern society" beside "қазіргі қоғам", tie at word level) are linked as wholes, by the same competitive
  // linking over the beads, between terms of equal length that have no link yet.
  const isOpenMultiword = (termIndex: number, linked: Uint8Array) => linked[termIndex] === 0 && contentWordCount[termIndex] >= 2;
  // Items are strings (competitive linking's interface): each term's made once, not once per bead.
  const itemOfTerm: string[] = [];
  // A bead lists each of its terms once, so the items are distinct too. Counted first, so that the list has
  // no room to spare: the lists live through the linking, and a growing array keeps room for sixteen.
  const openItems = (terms: readonly number[], linked: Uint8Array): readonly string[] => {
    let count = 0;
    for (const t of terms) if (isOpenMultiword(t, linked)) count++;
    if (count === 0) return NO_ITEMS;
    const items = new Array<string>(count);
    count = 0;
    for (const t of terms) if (isOpenMultiword(t, linked)) items[count++] = itemOfTerm[t] ??= String(t);
    return items;
  };
  // Only the beads with open terms are listed; the others count in the association as beads all the same.
  const wholeTermBeads: Array<BeadItems & { x: readonly string[]; y: readonly string[] }> = [];
  for (const beadIndex of sharedBeads) {
    const itemsX = openItems(evidence.beadTerms[beadIndex][x], linkedX);
    const itemsY = openItems(evidence.beadTerms[beadIndex][y], linkedY);
    if (itemsX.length > 0 || itemsY.length > 0) wholeTermBeads.push({ bead: beadIndex, x: itemsX, y: itemsY });
  }
  // Translations keep their heads here too ("foreign minister" is not "сыртқы іс", whose head is not министр).
  const wholeTermLinks = linkCompetitively(wholeTermBeads, {
    accept: (a, b) =>
      contentWordCount[Number(a)] === contentWordCount[Number(b)] &&
      headsAgree(Number(a), Number(b)) &&
      !otherLatinNames(Number(a), Number(b)),
    total: sharedBeads.length,
  });
  // Whole-term pairs join their bead's pairs, after the ones found there already.
  const wholeTermPairs = new Map<number, number[]>();
  for (const { bead, x: termsX, y: termsY } of wholeTermBeads) {
    for (const termX of termsX) {
      for (const termY of wholeTermLinks.get(termX) ?? []) {
        if (!termsY.includes(termY)) continue;
        const list = wholeTermPairs.get(bead);
        const key = pairKey(Number(termX), Number(termY));
        if (list) list.push(key);
        else wholeTermPairs.set(bead, [key]);
      }
    }
  }

  beadOrder.forEach((beadIndex, slot) => {
    beadStart = pairStarts[slot];
    const end = pairStarts[slot + 1];
    for (let i = beadStart; i < end; i++) countPair(pairKeys[i]);
    const extra = wholeTermPairs.get(beadIndex);
    if (!extra) return;
    extra.forEach((key, at) => {
      // Each pair once per bead: not among the bead's own pairs, nor earlier in the extra ones.
      for (let i = beadStart; i < end; i++) if (pairKeys[i] === key) return;
      if (extra.indexOf(key) < at) return;
      countPair(key);
    });
  });

  function countPair(key: number): void {
    linkFor(Math.floor(key / PAIR_BASE), key % PAIR_BASE).both++;
  }

  function linkFor(termX: number, termY: number): TermLink {
    const key = pairKey(termX, termY);
    let link = linksByPair.get(key);
    if (!link) {
      link = { x: termX, y: termY, both: 0, countX: 0, countY: 0, dice: 0, logLikelihood: 0, keyword: false };
      linksByPair.set(key, link);
    }
    return link;
  }

  // Beads of a term that have both languages, counted once per term (frequent terms have many links).
  const sharedCounts = new Int32Array(evidence.terms.length).fill(-1);
  const countIn = (termIndex: number) => {
    if (sharedCounts[termIndex] >= 0) return sharedCounts[termIndex];
    let n = 0;
    for (const bead of termBeads(evidence, termIndex)) n += shared[bead];
    return (sharedCounts[termIndex] = n);
  };
  const links = new Map<string, TermLink>();
  for (const link of linksByPair.values()) {
    link.countX = countIn(link.x);
    link.countY = countIn(link.y);
    const counts = { both: link.both, a: link.countX, b: link.countY, total: sharedBeads.length };
    link.dice = dice(counts);
    link.logLikelihood = logLikelihood(counts);
    links.set(`${link.x}:${link.y}`, link);
  }
  return links;
}
