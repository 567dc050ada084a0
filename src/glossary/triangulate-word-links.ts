import type { Lang } from '../model/index.js';
import type { CorpusEvidence } from './collect-evidence.js';
import { LANG_PAIRS } from './lang-pairs.js';
import type { WordLinks } from './link-words.js';

/** Word links of the three pairs, keyed `en-kk`, `en-ru`, `kk-ru` (x → y as in `LANG_PAIRS`). */
export type WordLinksByPair = Record<string, WordLinks>;

/** Partners of `word` (language `from`) in language `to`, whichever direction the pair is stored in. */
function partners(links: WordLinksByPair, from: Lang, to: Lang, word: string): string[] {
  const forward = links[`${from}-${to}`];
  if (forward) return forward.get(word) ?? [];
  const backward = links[`${to}-${from}`];
  const found: string[] = [];
  for (const [x, ys] of backward) if (ys.includes(word)) found.push(x);
  return found;
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
    const takenY = new Set([...pairLinks.values()].flat());
    const wordsX = new Set<string>();
    const cooccur = new Map<string, Set<string>>();
    evidence.beads.forEach((bead, index) => {
      if (!bead.langs.has(x) || !bead.langs.has(y)) return;
      for (const w of evidence.beadWords[index][x]) {
        wordsX.add(w);
        let set = cooccur.get(w);
        if (!set) cooccur.set(w, (set = new Set()));
        for (const v of evidence.beadWords[index][y]) set.add(v);
      }
    });
    for (const w of wordsX) {
      if (pairLinks.has(w)) continue;
      const candidates = new Set<string>();
      for (const u of partners(links, x, pivot, w)) {
        for (const v of partners(links, y, pivot, u)) candidates.add(v);
      }
      if (candidates.size !== 1) continue;
      const [v] = candidates;
      if (takenY.has(v) || !cooccur.get(w)?.has(v)) continue;
      pairLinks.set(w, [v]);
      takenY.add(v);
    }
  }
  return result;
}
