import type { Lang } from '../model/index.js';
import { romanize, consonantSkeleton, skeletonSimilarity } from '../align/transliterate.js';
import { logLikelihood } from './association.js';
import type { CorpusEvidence } from './collect-evidence.js';

/**
 * Word-level translation links of one language pair: content-word key of x → keys of y, the one-to-one
 * competitive link first, then any second rendering (another document's translation of the same word).
 */
export type WordLinks = Map<string, string[]>;

/** A second rendering needs at least this many shared beads: one bead cannot tell a synonym from a neighbour. */
const MIN_SECOND_LINK_BEADS = 2;
/** …and must appear with its partner in at least this share of its beads. */
const SECOND_LINK_SHARE = 0.75;

/** Cognate evidence counts only from this skeleton similarity up (subject ≈ субъект scores 0.75). */
const COGNATE_THRESHOLD = 0.75;
/** Weight of a full cognate in G² units: about what two more shared beads would add. */
const COGNATE_WEIGHT = 8;

/** Connected groups of tied pairs; `centre` names the side of the single shared word, if the group is a star. */
function tiedStars(round: readonly ScoredPair[]): Array<{ centre: 'x' | 'y' | null; pairs: ScoredPair[] }> {
  const groups = new Map<string, ScoredPair[]>();
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
  for (const p of round) {
    const root = find(`x:${p.x}`);
    groups.set(root, [...(groups.get(root) ?? []), p]);
  }
  return [...groups.values()].map((pairs) => {
    const xs = new Set(pairs.map((p) => p.x));
    const ys = new Set(pairs.map((p) => p.y));
    const centre = xs.size === 1 ? 'x' : ys.size === 1 ? 'y' : null;
    return { centre, pairs };
  });
}

function pairwiseDisjoint(lists: number[][]): boolean {
  const seen = new Set<number>();
  for (const list of lists) {
    for (const bead of list) {
      if (seen.has(bead)) return false;
    }
    for (const bead of list) seen.add(bead);
  }
  return true;
}

export function cognateSimilarity(a: string, b: string): number {
  const sa = consonantSkeleton(romanize(a));
  const sb = consonantSkeleton(romanize(b));
  if (sa.length < 3 || sb.length < 3) return 0;
  const similarity = skeletonSimilarity(sa, sb);
  return similarity >= COGNATE_THRESHOLD ? similarity : 0;
}

interface ScoredPair {
  x: string;
  y: string;
  score: number;
  both: number;
}

/**
 * Links the content words of languages x and y by competitive linking (Melamed 2000): all co-occurring word
 * pairs are scored by log-likelihood over the beads both languages share, plus a bonus for cognates across
 * scripts; then pairs are taken best first, each word at most once. A pair is taken only when it is its words'
 * unique best — when a word's two best partners tie (two words that only ever occur together in one bead),
 * the data cannot tell which is the translation, and a guess would make a wrong glossary entry.
 */
export function linkWords(evidence: CorpusEvidence, x: Lang, y: Lang): WordLinks {
  const countX = new Map<string, number>();
  const countY = new Map<string, number>();
  const beadsOfY = new Map<string, number[]>();
  const beadsOfX = new Map<string, number[]>();
  const together = new Map<string, Map<string, number>>();
  let total = 0;
  evidence.beads.forEach((bead, index) => {
    if (!bead.langs.has(x) || !bead.langs.has(y)) return;
    total++;
    const wordsX = evidence.beadWords[index][x];
    const wordsY = evidence.beadWords[index][y];
    for (const w of wordsY) {
      countY.set(w, (countY.get(w) ?? 0) + 1);
      const list = beadsOfY.get(w);
      if (list) list.push(index);
      else beadsOfY.set(w, [index]);
    }
    for (const w of wordsX) {
      countX.set(w, (countX.get(w) ?? 0) + 1);
      const list = beadsOfX.get(w);
      if (list) list.push(index);
      else beadsOfX.set(w, [index]);
      let row = together.get(w);
      if (!row) together.set(w, (row = new Map()));
      for (const v of wordsY) row.set(v, (row.get(v) ?? 0) + 1);
    }
  });

  const pairs: ScoredPair[] = [];
  for (const [w, row] of together) {
    for (const [v, both] of row) {
      const g = logLikelihood({ both, a: countX.get(w) ?? 0, b: countY.get(v) ?? 0, total });
      const score = g + COGNATE_WEIGHT * cognateSimilarity(w, v);
      if (score > 0) pairs.push({ x: w, y: v, score: Math.round(score * 1e6) / 1e6, both });
    }
  }
  pairs.sort((p, q) => q.score - p.score || (p.x < q.x ? -1 : p.x > q.x ? 1 : p.y < q.y ? -1 : 1));

  const primary = new Map<string, string[]>();
  const takenY = new Set<string>();
  // A word whose best free partners tie stays unlinked: a lower-scored partner later would be no better a guess.
  const undecidedX = new Set<string>();
  const undecidedY = new Set<string>();
  // Pairs of equal score form one round: within it, a word is linked only if exactly one still-free partner
  // ties for it on both sides.
  for (let start = 0; start < pairs.length; ) {
    let end = start;
    while (end < pairs.length && pairs[end].score === pairs[start].score) end++;
    const round = pairs
      .slice(start, end)
      .filter((p) => !primary.has(p.x) && !takenY.has(p.y) && !undecidedX.has(p.x) && !undecidedY.has(p.y));
    for (const star of tiedStars(round)) {
      // One word tied with several partners: if the partners never share a bead they are different renderings
      // (one per document or context) and all are links; if they do, the data cannot tell which one is the
      // translation, and the words stay unlinked. Any other tie pattern is undecided too.
      const partners = star.pairs.map((p) => (star.centre === 'x' ? p.y : p.x));
      const beadsOf = star.centre === 'x' ? beadsOfY : beadsOfX;
      const decided = star.pairs.length === 1 || (star.centre !== null && pairwiseDisjoint(partners.map((w) => beadsOf.get(w) ?? [])));
      for (const p of star.pairs) {
        if (!decided) {
          undecidedX.add(p.x);
          undecidedY.add(p.y);
          continue;
        }
        primary.set(p.x, [...(primary.get(p.x) ?? []), p.y]);
        takenY.add(p.y);
      }
    }
    start = end;
  }

  const links: WordLinks = new Map(primary);
  // Second renderings: a word left without a partner joins the word it nearly always appears with, when
  // they share enough beads ("power" rendered "билік" in one document and "өкімет" in another). Conditional
  // frequency rather than G² decides here, because G² favours rare neighbours over a frequent partner.
  const mostTogether = (side: 'x' | 'y') => {
    const best = new Map<string, ScoredPair[]>();
    for (const p of pairs) {
      const word = side === 'x' ? p.x : p.y;
      const list = best.get(word);
      if (!list || p.both > list[0].both) best.set(word, [p]);
      else if (p.both === list[0].both) list.push(p);
    }
    return best;
  };
  const isSecondRendering = (best: ScoredPair[], count: number) =>
    best.length === 1 && best[0].both >= MIN_SECOND_LINK_BEADS && best[0].both / count >= SECOND_LINK_SHARE;
  for (const [v, best] of mostTogether('y')) {
    if (takenY.has(v) || undecidedY.has(v) || !isSecondRendering(best, countY.get(v) ?? 0)) continue;
    const list = links.get(best[0].x);
    if (list) list.push(v);
    else links.set(best[0].x, [v]);
  }
  for (const [w, best] of mostTogether('x')) {
    if (links.has(w) || undecidedX.has(w) || !isSecondRendering(best, countX.get(w) ?? 0)) continue;
    links.set(w, [best[0].y]);
  }
  return links;
}
