import type { Lang } from '../model/index.js';
import { LANGS } from '../model/index.js';
import { isStandalone, type CorpusEvidence } from './collect-evidence.js';
import type { TermLink } from './link-terms.js';
import { LANG_PAIRS } from './lang-pairs.js';

/** Links of the three pairs, keyed `${x}:${y}` by term index, x and y as in `LANG_PAIRS`. */
export type PairLinks = Record<'en-kk' | 'en-ru' | 'kk-ru', Map<string, TermLink>>;

/** An entry before rendering: a main term per language (term indices), alternative renderings, evidence. */
export interface DraftEntry {
  terms: Record<Lang, number | null>;
  /** Other terms of the same language that translate the entry too (another document's rendering). */
  alternatives: Record<Lang, number[]>;
  /** Beads holding every main term of the entry. */
  support: number[];
  /** Mean Dice of the entry's links. */
  strength: number;
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

function intersect(sets: Array<Set<number>>): number[] {
  const [first, ...rest] = [...sets].sort((p, q) => p.size - q.size);
  if (!first) return [];
  return [...first].filter((value) => rest.every((set) => set.has(value))).sort((p, q) => p - q);
}

function draft(evidence: CorpusEvidence, links: PairLinks, terms: Record<Lang, number | null>): DraftEntry {
  const present = LANGS.filter((lang) => terms[lang] !== null);
  const pairLinks: TermLink[] = [];
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) {
      const link = linkBetween(links, present[i], terms[present[i]]!, present[j], terms[present[j]]!);
      if (link) pairLinks.push(link);
    }
  }
  const support = intersect(present.map((lang) => evidence.terms[terms[lang]!].beads));
  const strength = pairLinks.length ? pairLinks.reduce((sum, link) => sum + link.dice, 0) / pairLinks.length : 0;
  const strong =
    pairLinks.some((link) => link.keyword) ||
    support.some((bead) => evidence.beads[bead].kind === 'title');
  return { terms, alternatives: { en: [], kk: [], ru: [] }, support, strength, strong };
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
  const standalone = (link: TermLink) => isStandalone(evidence.terms[link.x]) && isStandalone(evidence.terms[link.y]);
  const kkByEn = new Map<number, TermLink[]>();
  const ruByEn = new Map<number, TermLink[]>();
  for (const link of links['en-kk'].values()) if (standalone(link)) kkByEn.set(link.x, [...(kkByEn.get(link.x) ?? []), link]);
  for (const link of links['en-ru'].values()) if (standalone(link)) ruByEn.set(link.x, [...(ruByEn.get(link.x) ?? []), link]);

  const triples: DraftEntry[] = [];
  for (const [en, kkLinks] of kkByEn) {
    for (const ruLink of ruByEn.get(en) ?? []) {
      for (const kkLink of kkLinks) {
        if (!links['kk-ru'].has(`${kkLink.y}:${ruLink.y}`)) continue;
        triples.push(draft(evidence, links, { en, kk: kkLink.y, ru: ruLink.y }));
      }
    }
  }
  const byEvidence = (p: DraftEntry, q: DraftEntry) =>
    Number(q.strong) - Number(p.strong) || q.support.length - p.support.length || q.strength - p.strength || tieBreak(p, q);
  triples.sort(byEvidence);
  for (const entry of triples) {
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
  for (const term of evidence.terms) {
    if (used.has(term.index) || !isStandalone(term)) continue;
    let best: DraftEntry | null = null;
    let bestStrength = 0;
    for (const entry of entries) {
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
