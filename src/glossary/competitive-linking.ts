import { logLikelihood, type PairCounts } from './association.js';
import { IntPairs } from './int-pairs.js';

/** Items of the two sides present in one bead (only beads that have both languages). */
export interface BeadItems {
  bead: number;
  /** Each item once. */
  x: Iterable<string>;
  y: Iterable<string>;
}

export interface LinkingOptions {
  /** Similarity in [0, 1] of two items as cognates (0 = none); a cognate may link on one shared bead. */
  cognate?: (x: string, y: string) => number;
  /** Only pairs this accepts are considered (e.g. terms of equal length). */
  accept?: (x: string, y: string) => boolean;
  /** Look for second renderings of linked items (see `linkCompetitively`). */
  secondRenderings?: boolean;
  /**
   * Beads in all, when `beads` leaves out those without items (a bead of the two languages counts in the
   * association whether or not it holds an item); `beads.length` by default.
   */
  total?: number;
}

/** Links x item → y items, the competitive (one-to-one) link first. */
export type Links = Map<string, string[]>;

/** Pairs sharing fewer beads are linked only as cognates: one bead is no statistical evidence. */
const MIN_SHARED_BEADS = 2;
/**
 * Pairs that are not cognates are linked only when their association is significant: G² of 3.84 is the 5% level
 * of χ² with one degree of freedom. Below it, a pair met in two long beads of a short article is as likely chance
 * ("factory" and "производство", G² 3.2 in twelve beads).
 */
export const MIN_LOG_LIKELIHOOD = 3.84;
/** A second rendering must share this many beads with its partner… */
const MIN_SECOND_LINK_BEADS = 2;
/** …and appear with it in at least this share of its own beads. */
const SECOND_LINK_SHARE = 0.75;
/** Weight of a full cognate in G² units: about what two more shared beads add in a single article… */
const COGNATE_WEIGHT = 8;
/**
 * …or, when more, what this many more shared beads (beads holding both items) add: G² of a pair grows with the
 * corpus, so a fixed weight would let a word met twice by chance in a corpus of hundreds of beads outweigh a
 * name spelled alike and seen together once (Феттель, Феттелем).
 */
const COGNATE_BEADS = 2;

interface ScoredPair {
  x: string;
  y: string;
  score: number;
  both: number;
  /** Cognates, or associated beyond chance (see `MIN_LOG_LIKELIHOOD`): only such pairs make first links. */
  significant: boolean;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Competitive linking (Melamed 2000) over co-occurrence in beads: every co-occurring pair is scored by
 * log-likelihood (plus a cognate bonus), then pairs are taken best first, each item at most once, and only
 * pairs associated beyond chance (G² at the 5% level) or cognates.
 * Ties are where small corpora mislead, so they are handled by one rule: pairs of equal score form a round;
 * a tied group that is one item with several partners is linked to all of them only if the partners never
 * share a bead (different renderings, one per document or context); any other tie leaves its items unlinked
 * for good ("modern" and "society" always beside "қазіргі" and "қоғам" cannot be told apart word by word), and
 * an item whose best remaining partner is such an undecided item is not linked to a weaker one.
 * With `secondRenderings`, an item left over then joins the linked item it nearly always appears with, when it
 * never shares a bead with that item's first rendering ("power" is "билік" in one document and "өкімет" in
 * another); conditional frequency rather than G² chooses here, as G² favours rare neighbours.
 */
export function linkCompetitively(beads: readonly BeadItems[], options: LinkingOptions = {}): Links {
  // Items become integer ids, and beads their positions in `beads`. Co-occurrence, the innermost loop of the
  // glossary (every x item of a bead against every y item), is counted one x item at a time into a counter
  // per y item: a table of every co-occurring pair was the largest structure of the linking (two million pairs
  // per language pair at 10,000 articles), and most pairs are dropped at once (one shared bead, no cognate).
  const x = new ItemIndex();
  const y = new ItemIndex();
  beads.forEach((bead, k) => {
    for (const v of bead.y) y.add(v, k);
    for (const w of bead.x) x.add(w, k);
  });
  x.finish();
  y.finish();
  // The y items of each bead, flat: bead k's are `idsY[startY[k]]` up to `startY[k + 1]`.
  const [startY, idsY] = y.byBead(beads.length);
  const total = options.total ?? beads.length;
  const countX = x.counts();
  const countY = y.counts();
  const beadsOfX = x.beadLists();
  const beadsOfY = y.beadLists();

  // The pairs are sorted below on their score and items alone, so the order they are found in does not matter.
  const pairs: ScoredPair[] = [];
  const together = new Int32Array(y.items.length);
  const touched: number[] = [];
  for (let idX = 0; idX < x.items.length; idX++) {
    for (let j = x.beadStart[idX]; j < x.beadStart[idX + 1]; j++) {
      const k = x.beadValues[j];
      for (let i = startY[k]; i < startY[k + 1]; i++) if (together[idsY[i]]++ === 0) touched.push(idsY[i]);
    }
    const w = x.items[idX];
    for (const idY of touched) {
      const both = together[idY];
      together[idY] = 0;
      const v = y.items[idY];
      if (options.accept && !options.accept(w, v)) continue;
      const cognate = options.cognate?.(w, v) ?? 0;
      if (both < MIN_SHARED_BEADS && cognate === 0) continue;
      const counts = { both, a: countX.get(w) ?? 0, b: countY.get(v) ?? 0, total };
      const association = logLikelihood(counts);
      const score = cognate === 0 ? association : association + cognate * Math.max(COGNATE_WEIGHT, cognateLogLikelihood(counts) - association);
      if (score > 0) pairs.push({ x: w, y: v, score: Math.round(score * 1e6) / 1e6, both, significant: cognate > 0 || association >= MIN_LOG_LIKELIHOOD });
    }
    touched.length = 0;
  }
  pairs.sort((p, q) => q.score - p.score || (p.x < q.x ? -1 : p.x > q.x ? 1 : p.y < q.y ? -1 : 1));

  // First links are made from significant pairs only; second renderings below weigh every pair by how often
  // its items occur together.
  const linkable = pairs.filter((p) => p.significant);
  const primary: Links = new Map();
  const takenY = new Set<string>();
  const undecidedX = new Set<string>();
  const undecidedY = new Set<string>();
  // Items whose best remaining partner was left undecided by a tie: that partner explains their co-occurrence as
  // well as any weaker one could, so they are not linked to a weaker one ("ядерный" beside "nuclear", tied with
  // "weapon" for "оружие", is not "united" for lack of "nuclear"). Only a tie claims, not a claimed item, so that
  // the claim does not spread along the list.
  const claimedX = new Set<string>();
  const claimedY = new Set<string>();
  const available = (p: ScoredPair) =>
    !primary.has(p.x) && !takenY.has(p.y) && !undecidedX.has(p.x) && !undecidedY.has(p.y) && !claimedX.has(p.x) && !claimedY.has(p.y);
  const claim = (p: ScoredPair) => {
    if (undecidedX.has(p.x) && !undecidedY.has(p.y) && !takenY.has(p.y)) claimedY.add(p.y);
    if (undecidedY.has(p.y) && !undecidedX.has(p.x) && !primary.has(p.x)) claimedX.add(p.x);
  };
  for (let start = 0; start < linkable.length; ) {
    let end = start;
    while (end < linkable.length && linkable[end].score === linkable[start].score) end++;
    if (end === start + 1) {
      // A score no other pair has (most rounds): nothing to tie with.
      const p = linkable[start];
      if (available(p)) {
        addTo(primary, p.x, p.y);
        takenY.add(p.y);
      } else claim(p);
      start = end;
      continue;
    }
    // Claims first: a pair of the round with an undecided item claims its other item from the pairs it ties with.
    const tied = linkable.slice(start, end);
    for (const p of tied) if (!available(p)) claim(p);
    // Filtered into a new list: spreading a round of tens of thousands of tied pairs into one call's arguments
    // (as a large corpus's pairs seen twice each can be) overflows the stack.
    const round = tied.filter(available);
    for (const star of tiedStars(round)) {
      const partners = star.pairs.map((p) => (star.centre === 'x' ? p.y : p.x));
      const beadsOf = star.centre === 'x' ? beadsOfY : beadsOfX;
      const decided =
        star.pairs.length === 1 || (star.centre !== null && pairwiseDisjoint(partners.map((item) => beadsOf.get(item) ?? [])));
      for (const p of star.pairs) {
        if (decided) {
          addTo(primary, p.x, p.y);
          takenY.add(p.y);
        } else {
          undecidedX.add(p.x);
          undecidedY.add(p.y);
        }
      }
    }
    start = end;
  }
  if (!options.secondRenderings) return primary;

  const links: Links = new Map([...primary].map(([w, vs]) => [w, [...vs]]));
  const mostTogether = (side: 'x' | 'y') => {
    const best = new Map<string, ScoredPair[]>();
    for (const p of pairs) {
      const item = side === 'x' ? p.x : p.y;
      const list = best.get(item);
      if (!list || p.both > list[0].both) best.set(item, [p]);
      else if (p.both === list[0].both) list.push(p);
    }
    return best;
  };
  const isSecondRendering = (best: ScoredPair[], count: number) =>
    best.length === 1 && best[0].both >= MIN_SECOND_LINK_BEADS && best[0].both / count >= SECOND_LINK_SHARE;
  const firstOfX = new Map([...primary].map(([w, vs]) => [w, vs[0]]));
  const firstOfY = new Map([...primary].flatMap(([w, vs]) => vs.map((v) => [v, w] as const)));
  for (const [v, best] of mostTogether('y')) {
    if (takenY.has(v) || undecidedY.has(v) || !isSecondRendering(best, countY.get(v) ?? 0)) continue;
    const first = firstOfX.get(best[0].x);
    if (first === undefined || !pairwiseDisjoint([beadsOfY.get(v) ?? [], beadsOfY.get(first) ?? []])) continue;
    links.get(best[0].x)!.push(v);
  }
  for (const [w, best] of mostTogether('x')) {
    if (links.has(w) || undecidedX.has(w) || !isSecondRendering(best, countX.get(w) ?? 0)) continue;
    const first = firstOfY.get(best[0].y);
    if (first === undefined || !pairwiseDisjoint([beadsOfX.get(w) ?? [], beadsOfX.get(first) ?? []])) continue;
    links.set(w, [best[0].y]);
  }
  return links;
}

/** G² of a pair with `COGNATE_BEADS` more beads holding both (see `COGNATE_BEADS`). */
function cognateLogLikelihood({ both, a, b, total }: PairCounts): number {
  return logLikelihood({ both: both + COGNATE_BEADS, a: a + COGNATE_BEADS, b: b + COGNATE_BEADS, total: total + COGNATE_BEADS });
}

/**
 * Items of one side numbered in order of appearance, with the beads each appears in (by position, ascending),
 * kept in typed arrays: one list per item was most of what the linking left for the collector (hundreds of
 * thousands of words and terms, each in up to thousands of beads).
 */
class ItemIndex {
  readonly items: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly occurrences = new IntPairs();
  /** After `finish`: item id's beads are `beadValues[beadStart[id]]` up to `beadStart[id + 1]`. */
  beadStart: Int32Array = new Int32Array(1);
  beadValues: Int32Array = new Int32Array(0);

  /** Records `item` in `bead` (beads in ascending order) and returns its id. */
  add(item: string, bead: number): number {
    let id = this.ids.get(item);
    if (id === undefined) {
      id = this.items.length;
      this.ids.set(item, id);
      this.items.push(item);
    }
    this.occurrences.push(id, bead);
    return id;
  }

  /** Groups the beads by item, once every bead is added. */
  finish(): void {
    [this.beadStart, this.beadValues] = this.occurrences.groupByFirst(this.items.length);
  }

  /** The items of each of `beads` beads, flat, in the order added: bead k's are `ids[start[k]]` up to `start[k + 1]`. */
  byBead(beads: number): [start: Int32Array, ids: Int32Array] {
    return this.occurrences.groupBySecond(beads);
  }

  /** Item → number of beads it appears in. */
  counts(): Map<string, number> {
    return new Map(this.items.map((item, id) => [item, this.beadStart[id + 1] - this.beadStart[id]]));
  }

  /** Item → the beads it appears in. */
  beadLists(): Map<string, Int32Array> {
    return new Map(this.items.map((item, id) => [item, this.beadValues.subarray(this.beadStart[id], this.beadStart[id + 1])]));
  }
}

/** Connected groups of tied pairs; `centre` names the side of the single shared item, if the group is a star. */
function tiedStars(round: readonly ScoredPair[]): Array<{ centre: 'x' | 'y' | null; pairs: ScoredPair[] }> {
  const parent = new Map<string, string>();
  const find = (node: string): string => {
    let root = node;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(node, root);
    return root;
  };
  for (const p of round) {
    for (const node of [`x:${p.x}`, `y:${p.y}`]) if (!parent.has(node)) parent.set(node, node);
    const a = find(`x:${p.x}`);
    const b = find(`y:${p.y}`);
    if (a !== b) parent.set(a, b);
  }
  const groups = new Map<string, ScoredPair[]>();
  for (const p of round) addTo(groups, find(`x:${p.x}`), p);
  return [...groups.values()].map((pairs) => {
    const xs = new Set(pairs.map((p) => p.x));
    const ys = new Set(pairs.map((p) => p.y));
    return { centre: xs.size === 1 ? 'x' : ys.size === 1 ? 'y' : null, pairs };
  });
}

function pairwiseDisjoint(lists: ReadonlyArray<ArrayLike<number> & Iterable<number>>): boolean {
  const seen = new Set<number>();
  for (const list of lists) {
    for (const bead of list) if (seen.has(bead)) return false;
    for (const bead of list) seen.add(bead);
  }
  return true;
}
