import type { Lang } from '../model/index.js';
import type { CorpusEvidence } from './collect-evidence.js';
import { LANG_PAIRS } from './lang-pairs.js';
import type { WordLinks } from './link-words.js';

/** Word links of the three pairs, keyed `en-kk`, `en-ru`, `kk-ru` (x → y as in `LANG_PAIRS`). */
export type WordLinksByPair = Record<string, WordLinks>;

/** Partners of each word (language `from`) in language `to`, whichever direction the pair is stored in. */
function partnerIndex(links: WordLinksByPair, from: Lang, to: Lang): ReadonlyMap<string, readonly string[]> {
  const forward = links[`${from}-${to}`];
  if (forward) return forward;
  const index = new Map<string, string[]>();
  for (const [x, ys] of links[`${to}-${from}`]) {
    for (const y of ys) {
      const list = index.get(y);
      if (!list) index.set(y, [x]);
      else if (!list.includes(x)) list.push(x);
    }
  }
  return index;
}

/**
 * The third language as evidence about the other two: a word left unlinked in one pair (its partners tied:
 * "state" always beside both "мемлекеттік" and "қоғамдық" in one small document) is linked through the third
 * language when that path is unambiguous (state → государственный in en–ru, государственный ← мемлекеттік in
 * kk–ru, so state → мемлекеттік) and the two words share a bead. Returns new link maps; the input is unchanged.
 */
export function triangulateWordLinks(evidence: CorpusEvidence, links: WordLinksByPair): WordLinksByPair {
  const result: WordLinksByPair = Object.fromEntries(
    Object.entries(links).map(([pair, map]) => [pair, new Map([...map].map(([w, vs]) => [w, [...vs]]))]),
  );
  for (const [x, y] of LANG_PAIRS) {
    const pivot = (['en', 'kk', 'ru'] as const).find((lang) => lang !== x && lang !== y)!;
    const pairLinks = result[`${x}-${y}`];
    const toPivot = partnerIndex(links, x, pivot);
    const fromPivot = partnerIndex(links, y, pivot);
    // The words of x in beads with y, in order of appearance, each with its one rendering through the pivot
    // (the input links decide it, so it does not change as links are added below).
    const pathOf = new Map<string, string | null>();
    const beadsXY: number[] = [];
    evidence.beads.forEach((bead, index) => {
      if (!bead.langs.has(x) || !bead.langs.has(y)) return;
      beadsXY.push(index);
      for (const w of evidence.beadWords[index][x]) {
        if (!pathOf.has(w)) pathOf.set(w, pairLinks.has(w) ? null : onlyPathThrough(toPivot, fromPivot, w));
      }
    });
    // Whether each such word shares a bead with its rendering.
    const shareBead = new Set<string>();
    for (const index of beadsXY) {
      const wordsY = evidence.beadWords[index][y];
      for (const w of evidence.beadWords[index][x]) {
        const v = pathOf.get(w);
        if (v && wordsY.includes(v)) shareBead.add(w);
      }
    }
    const takenY = new Set([...pairLinks.values()].flat());
    for (const [w, v] of pathOf) {
      if (!v || takenY.has(v) || !shareBead.has(w)) continue;
      pairLinks.set(w, [v]);
      takenY.add(v);
    }
  }
  return result;
}

/** The single word of y that `w` reaches through the pivot (w → u → v over every partner u), or null. */
function onlyPathThrough(
  toPivot: ReadonlyMap<string, readonly string[]>,
  fromPivot: ReadonlyMap<string, readonly string[]>,
  w: string,
): string | null {
  let only: string | null = null;
  for (const u of toPivot.get(w) ?? []) {
    for (const v of fromPivot.get(u) ?? []) {
      if (only === null) only = v;
      else if (only !== v) return null;
    }
  }
  return only;
}
