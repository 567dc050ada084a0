import type { Lang } from '../model/index.js';
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

/** A language's terms with a foreign key (see `isForeignKey`), by identity and by term. */
interface ForeignIdentities {
  /** Terms by identity: the key without a leading article. */
  terms: Map<string, number[]>;
  /** The identity of each term that has one. */
  identityOf: Map<number, string>;
  /** The terms whose key is written wholly in Latin letters (see `LATIN_ONLY`), all of them foreign keys. */
  latinOnly: Set<number>;
}

const identityCache = new WeakMap<CorpusEvidence, Map<Lang, ForeignIdentities>>();

/** A key whose letters are all Latin (digits, spaces and punctuation aside), with at least one letter. */
const LATIN_ONLY = /^(?=.*\p{L})[\p{Script=Latin}\P{L}]+$/u;

/** A leading English article, which one language writes in a name and another leaves out ("The Guardian"). */
const LEADING_ARTICLE = /^the /u;

/**
 * The terms of a language by the identity of their foreign keys (see `isForeignKey`): the key without a leading
 * article, so that "The Power of Nutrition" in Kazakh text is the English "Power of Nutrition".
 */
function foreignIdentities(evidence: CorpusEvidence, lang: Lang): ForeignIdentities {
  // Each language's are found once per evidence: every pair and both passes of the linking ask for them, and
  // each term's is looked up in every bead it is in (a pattern test there was a tenth of the linking's time).
  let perLang = identityCache.get(evidence);
  if (perLang === undefined) identityCache.set(evidence, (perLang = new Map()));
  const cached = perLang.get(lang);
  if (cached !== undefined) return cached;
  const identities: ForeignIdentities = { terms: new Map(), identityOf: new Map(), latinOnly: new Set() };
  perLang.set(lang, identities);
  for (const [key, index] of evidence.byKey[lang]) {
    if (!isForeignKey(key)) continue;
    const identity = key.replace(LEADING_ARTICLE, '');
    identities.identityOf.set(index, identity);
    if (LATIN_ONLY.test(key)) identities.latinOnly.add(index);
    const list = identities.terms.get(identity);
    if (list) list.push(index);
    else identities.terms.set(identity, [index]);
  }
  return identities;
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
  const foreignX = foreignIdentities(evidence, x);
  const foreignY = foreignIdentities(evidence, y);
  const identitiesX = foreignX.identityOf;
  const identitiesY = foreignY.terms;
  // Per x term, the renderings of its linked words when exactly one of its words is open (null otherwise):
  // the same for every bead the term is in.
  const linkedImages = new Map<number, Array<readonly string[]> | null>();
  const imagesOf = (termX: number): Array<readonly string[]> | null => {
    let images = linkedImages.get(termX);
    if (images === undefined) {
      const words = evidence.terms[termX].contentWords;
      const open = words.filter((word) => !wordLinks.has(word));
      images = words.length < 2 || open.length !== 1 ? null : words.filter((word) => wordLinks.has(word)).map((word) => wordLinks.get(word)!);
      linkedImages.set(termX, images);
    }
    return images;
  };
  const oneWordOpenPartner = (termX: number, termsY: readonly number[]): number | null => {
    const images = imagesOf(termX);
    if (images === null) return null;
    const words = evidence.terms[termX].contentWords;
    let found: number | null = null;
    for (const termY of termsY) {
      const wordsY = evidence.terms[termY].contentWords;
      if (wordsY.length !== words.length) continue;
      const rest = [...wordsY];
      const covered = images.every((renderings) => {
        const at = rest.findIndex((word) => renderings.includes(word));
        if (at === -1) return false;
        rest.splice(at, 1);
        return true;
      });
      if (!covered || rest.length !== 1 || renderedY.has(rest[0]) || !headsAgree(termX, termY, true)) continue;
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
  const headsAgree = (termX: number, termY: number, oneOpen = false): boolean => {
    const headX = oneOpen ? orderHead(evidence.terms[termX], x) : evidence.terms[termX].head;
    const headY = oneOpen ? orderHead(evidence.terms[termY], y) : evidence.terms[termY].head;
    if (headX === '' || headY === '') return true;
    const renderings = wordLinks.get(headX);
    return renderings ? renderings.includes(headY) : !renderedY.has(headY);
  };

  // A name that Kazakh or Russian text keeps in Latin letters is copied from the English: two terms written wholly
  // in Latin letters on both sides translate each other only as the same name (identity, below), so no other
  // evidence pairs them ("Roa Hotel" is not "Roa Roa" of "Roa Roa қонақ үйі"). Read from the identities found once
  // per evidence: this is asked for every pair of terms that share a bead.
  const otherLatinNames = (termX: number, termY: number): boolean =>
    foreignX.latinOnly.has(termX) && foreignY.latinOnly.has(termY) && identitiesX.get(termX) !== foreignY.identityOf.get(termY);

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
  const targetIds = new Map<number, number[]>();
  const targetsOf = (termIndex: number): number[] => {
    let targets = targetIds.get(termIndex);
    if (targets === undefined) {
      targets = translatedSignatures(evidence.terms[termIndex].contentWords, wordLinks).map(signatureId);
      targetIds.set(termIndex, targets);
    }
    return targets;
  };

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
      const identity = identitiesX.get(termX);
      if (identity !== undefined) {
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
  const isOpenMultiword = (termIndex: number, linked: Uint8Array) =>
    linked[termIndex] === 0 && evidence.terms[termIndex].contentWords.length >= 2;
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
      evidence.terms[Number(a)].contentWords.length === evidence.terms[Number(b)].contentWords.length &&
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
  const sharedCounts = new Map<number, number>();
  const countIn = (termIndex: number) => {
    let n = sharedCounts.get(termIndex);
    if (n !== undefined) return n;
    n = 0;
    for (const bead of termBeads(evidence, termIndex)) n += shared[bead];
    sharedCounts.set(termIndex, n);
    return n;
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
