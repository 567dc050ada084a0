import type { Lang } from '../model/index.js';
import { LANGS } from '../model/index.js';
import { termBeads, type CorpusEvidence } from './collect-evidence.js';
import type { TermLink } from './link-terms.js';
import { dice } from './association.js';
import { LANG_PAIRS } from './lang-pairs.js';

/** Links of the three pairs, keyed `${x}:${y}` by term index, x and y as in `LANG_PAIRS`. */
export type PairLinks = Record<'en-kk' | 'en-ru' | 'kk-ru', Map<string, TermLink>>;

/** How two terms of an entry co-occur: beads holding both, beads holding each (beads with both languages). */
export interface PairAgreement {
  both: number;
  a: number;
  b: number;
}

/** An entry before rendering: a main term per language (term indices), alternative renderings, evidence. */
export interface DraftEntry {
  terms: Record<Lang, number | null>;
  /** Other terms of the same language that translate the entry too (another document's rendering). */
  alternatives: Record<Lang, number[]>;
  /** Beads holding every main term of the entry. */
  support: number[];
  /** Mean Dice of the entry's links. */
  strength: number;
  /** Bead counts of each language pair of the entry (its link's, or plain co-occurrence without a link). */
  agreement: PairAgreement[];
  /** Attested in a title or as an aligned keyword item. */
  strong: boolean;
}

function pairName(x: Lang, y: Lang): keyof PairLinks {
  return `${x}-${y}` as keyof PairLinks;
}

/** The link between term a (language la) and term b (language lb), whichever order the pair is stored in. */
export function linkBetween(links: PairLinks, la: Lang, a: number, lb: Lang, b: number): TermLink | undefined {
  const forward = LANG_PAIRS.find(([x, y]) => x === la && y === lb);
  if (forward) return links[pairName(la, lb)].get(`${a}:${b}`);
  return links[pairName(lb, la)].get(`${b}:${a}`);
}

/** The values common to every list; each list ascending without repeats (as `termBeads`). */
function intersect(lists: ReadonlyArray<ArrayLike<number>>): number[] {
  if (lists.length === 0) return [];
  let common = Array.from(lists[0]);
  for (const list of lists.slice(1)) {
    const next: number[] = [];
    for (let i = 0, j = 0; i < common.length && j < list.length; ) {
      if (common[i] === list[j]) {
        next.push(common[i]);
        i++;
        j++;
      } else if (common[i] < list[j]) i++;
      else j++;
    }
    common = next;
  }
  return common;
}

/** Co-occurrence counts of two terms over the beads that have both their languages. */
function cooccurrence(evidence: CorpusEvidence, la: Lang, a: number, lb: Lang, b: number): PairAgreement {
  const shared = (bead: number) => evidence.beads[bead].langs.has(la) && evidence.beads[bead].langs.has(lb);
  const beadsA = termBeads(evidence, a).filter(shared);
  const beadsB = new Set(termBeads(evidence, b).filter(shared));
  const both = beadsA.filter((bead) => beadsB.has(bead)).length;
  return { both, a: beadsA.length, b: beadsB.size };
}

function draft(evidence: CorpusEvidence, links: PairLinks, terms: Record<Lang, number | null>): DraftEntry {
  const present = LANGS.filter((lang) => terms[lang] !== null);
  const agreement: PairAgreement[] = [];
  let keyword = false;
  // Each pair of the entry counts by its link, or, without a link of its own, by its plain co-occurrence.
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) {
      const link = linkBetween(links, present[i], terms[present[i]]!, present[j], terms[present[j]]!);
      if (link) {
        agreement.push({ both: link.both, a: link.countX, b: link.countY });
        keyword ||= link.keyword;
      } else {
        agreement.push(cooccurrence(evidence, present[i], terms[present[i]]!, present[j], terms[present[j]]!));
      }
    }
  }
  const support = intersect(present.map((lang) => termBeads(evidence, terms[lang]!)));
  const strength = agreement.length ? agreement.reduce((sum, counts) => sum + dice(counts), 0) / agreement.length : 0;
  const strong = keyword || support.some((bead) => evidence.beads[bead].kind === 'title');
  return { terms, alternatives: { en: [], kk: [], ru: [] }, support, strength, agreement, strong };
}

/**
 * Combines the pairwise links into entries consistently: a trilingual entry needs all three links (en–kk,
 * en–ru and kk–ru), so the kk–ru link agrees with the other two; triples are taken best first, each term once.
 * Then the remaining links make two-language entries (the third language is a gap, said so), and finally a
 * term left over that is linked to an entry's terms in every other language becomes an alternative rendering
 * of that entry rather than a second, unrelated entry.
 */
export function buildDraftEntries(evidence: CorpusEvidence, links: PairLinks): DraftEntry[] {
  const used = new Set<number>();
  const entries: DraftEntry[] = [];

  // Parts of terms that never stand alone make no entry of their own (they still lend their words to
  // compositional evidence).
  const standalone = (link: TermLink) => evidence.terms[link.x].standsAlone && evidence.terms[link.y].standsAlone;
  // Trilingual candidates: any two links that share a term (through en, kk or ru as the pivot). The third
  // link must be there too, or at least not be contradicted: its two terms share a bead, and neither is
  // linked in that pair to another term (the kk–ru link must agree with en–kk and en–ru).
  const triples = new Map<string, DraftEntry>();
  const consider = (terms: Record<Lang, number>) => {
    const key = `${terms.en}:${terms.kk}:${terms.ru}`;
    if (triples.has(key)) return;
    let present = 0;
    for (const [x, y] of LANG_PAIRS) {
      if (links[pairName(x, y)].has(`${terms[x]}:${terms[y]}`)) present++;
      else if (partnersIn(x, y, terms[x], 'x') > 0 || partnersIn(x, y, terms[y], 'y') > 0) return;
    }
    // A part of a longer term completes an entry only when both other languages' terms stand alone and link
    // to it ("саяси жағдай", seen only inside "саяси жағдайдың ...", for political situation / политическая
    // ситуация): two independent confirmations instead of one. Multiword parts that all three languages cut
    // out alike and link pairwise are a term by that agreement, whatever longer candidates hold them
    // ("political situation" inside "instability of the political situation"); single words never are.
    const nested = LANGS.filter((lang) => !evidence.terms[terms[lang]].standsAlone).length;
    const agreedMultiword = present === 3 && LANGS.every((lang) => evidence.terms[terms[lang]].contentWords.length >= 2);
    if (!agreedMultiword && (nested > 1 || present < 2 + nested)) return;
    const entry = draft(evidence, links, terms);
    if (entry.support.length > 0) triples.set(key, entry);
  };
  const adjacency = new Map<string, Map<number, number[]>>();
  const partnersIn = (x: Lang, y: Lang, term: number, side: 'x' | 'y') =>
    adjacency.get(`${x}-${y}:${side}`)?.get(term)?.length ?? 0;
  for (const [x, y] of LANG_PAIRS) {
    const forward = new Map<number, number[]>();
    const backward = new Map<number, number[]>();
    for (const link of links[pairName(x, y)].values()) {
      const multiword = evidence.terms[link.x].contentWords.length >= 2 && evidence.terms[link.y].contentWords.length >= 2;
      if (!multiword && !evidence.terms[link.x].standsAlone && !evidence.terms[link.y].standsAlone) continue;
      const after = forward.get(link.x);
      if (after) after.push(link.y);
      else forward.set(link.x, [link.y]);
      const before = backward.get(link.y);
      if (before) before.push(link.x);
      else backward.set(link.y, [link.x]);
    }
    adjacency.set(`${x}-${y}:x`, forward);
    adjacency.set(`${x}-${y}:y`, backward);
  }
  const enKk = adjacency.get('en-kk:x')!;
  const enRu = adjacency.get('en-ru:x')!;
  const kkRu = adjacency.get('kk-ru:x')!;
  const ruKk = adjacency.get('kk-ru:y')!;
  for (const [en, kks] of enKk) {
    for (const kk of kks) {
      for (const ru of enRu.get(en) ?? []) consider({ en, kk, ru });
      for (const ru of kkRu.get(kk) ?? []) consider({ en, kk, ru });
    }
  }
  for (const [en, rus] of enRu) for (const ru of rus) for (const kk of ruKk.get(ru) ?? []) consider({ en, kk, ru });

  const byEvidence = (p: DraftEntry, q: DraftEntry) =>
    Number(q.strong) - Number(p.strong) || q.support.length - p.support.length || q.strength - p.strength || tieBreak(p, q);
  for (const entry of [...triples.values()].sort(byEvidence)) {
    if (LANGS.some((lang) => used.has(entry.terms[lang]!))) continue;
    if (entry.support.length === 0) continue;
    entries.push(entry);
    for (const lang of LANGS) used.add(entry.terms[lang]!);
  }

  const pairs: DraftEntry[] = [];
  for (const [x, y] of LANG_PAIRS) {
    for (const link of links[pairName(x, y)].values()) {
      if (used.has(link.x) || used.has(link.y) || !standalone(link)) continue;
      const terms: Record<Lang, number | null> = { en: null, kk: null, ru: null };
      terms[x] = link.x;
      terms[y] = link.y;
      pairs.push(draft(evidence, links, terms));
    }
  }
  pairs.sort(byEvidence);
  for (const entry of pairs) {
    const present = LANGS.filter((lang) => entry.terms[lang] !== null);
    if (present.some((lang) => used.has(entry.terms[lang]!)) || entry.support.length === 0) continue;
    entries.push(entry);
    for (const lang of present) used.add(entry.terms[lang]!);
  }

  // Alternative renderings: an unused term linked to the entry's main term in every other present language.
  // Candidate entries are found through the term's own links, not by scanning every entry.
  const entryOfTerm = new Map<number, DraftEntry>();
  for (const entry of entries) for (const lang of LANGS) if (entry.terms[lang] !== null) entryOfTerm.set(entry.terms[lang]!, entry);
  const linkedTerms = new Map<number, number[]>();
  for (const [x, y] of LANG_PAIRS) {
    for (const link of links[pairName(x, y)].values()) {
      for (const [term, partner] of [
        [link.x, link.y],
        [link.y, link.x],
      ]) {
        const partners = linkedTerms.get(term);
        if (partners) partners.push(partner);
        else linkedTerms.set(term, [partner]);
      }
    }
  }
  for (const term of evidence.terms) {
    if (used.has(term.index) || !term.standsAlone) continue;
    let best: DraftEntry | null = null;
    let bestStrength = 0;
    const candidates = new Set((linkedTerms.get(term.index) ?? []).map((partner) => entryOfTerm.get(partner)).filter((e) => e !== undefined));
    for (const entry of candidates) {
      const others = LANGS.filter((lang) => lang !== term.lang && entry.terms[lang] !== null);
      if (others.length === 0 || entry.terms[term.lang] === null) continue;
      const found = others.map((lang) => linkBetween(links, term.lang, term.index, lang, entry.terms[lang]!));
      if (found.some((link) => !link)) continue;
      const strength = Math.min(...found.map((link) => link!.dice));
      if (strength > bestStrength) {
        best = entry;
        bestStrength = strength;
      }
    }
    if (best) {
      best.alternatives[term.lang].push(term.index);
      used.add(term.index);
    }
  }

  function tieBreak(p: DraftEntry, q: DraftEntry): number {
    const key = (entry: DraftEntry) => LANGS.map((lang) => (entry.terms[lang] === null ? '' : evidence.terms[entry.terms[lang]!].key)).join('|');
    const kp = key(p);
    const kq = key(q);
    return kp < kq ? -1 : kp > kq ? 1 : 0;
  }
  return entries;
}
