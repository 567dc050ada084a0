import type { CorpusEvidence } from './collect-evidence.js';
import type { TermLink } from './link-terms.js';
import type { WordLinks } from './link-words.js';

/**
 * Word links learned from linked terms, as a second pass learns a lexicon from confident alignments: terms that
 * translate each other keep their heads, so a term link pairs the heads ("modern society" ↔ "қазіргі қоғам"
 * gives society ↔ қоғам), and, once every other word is paired, the one word left on each side
 * (then modern ↔ қазіргі). Words co-occurring too rarely to be linked statistically are linked this way
 * through the multiword terms they appear in. A word that already has a link keeps it; a word that two term
 * links would pair differently gets no derived link. Returns a new map; the input is unchanged.
 */
export function deriveWordLinks(evidence: CorpusEvidence, wordLinks: WordLinks, termLinks: Iterable<TermLink>): WordLinks {
  const renderedY = new Set([...wordLinks.values()].flat());
  const derived = new Map<string, Set<string>>();
  const propose = (wordX: string, wordY: string) => {
    if (wordLinks.has(wordX) || renderedY.has(wordY)) return;
    let set = derived.get(wordX);
    if (!set) derived.set(wordX, (set = new Set()));
    set.add(wordY);
  };
  for (const link of termLinks) {
    const termX = evidence.terms[link.x];
    const termY = evidence.terms[link.y];
    if (termX.contentWords.length !== termY.contentWords.length || termX.contentWords.length < 2) continue;
    propose(termX.head, termY.head);
    // The rest pairs up only when all but one word on each side are accounted for by links or the heads.
    const restX = termX.contentWords.filter((word) => word !== termX.head);
    const restY = termY.contentWords.filter((word) => word !== termY.head);
    const openX = restX.filter((word) => !(wordLinks.get(word) ?? []).some((rendering) => restY.includes(rendering)));
    const openY = restY.filter((word) => !restX.some((wordX) => (wordLinks.get(wordX) ?? []).includes(word)));
    if (openX.length === 1 && openY.length === 1) propose(openX[0], openY[0]);
  }
  const result: WordLinks = new Map([...wordLinks].map(([word, renderings]) => [word, [...renderings]]));
  const takenY = new Map<string, number>();
  for (const renderings of derived.values()) for (const wordY of renderings) takenY.set(wordY, (takenY.get(wordY) ?? 0) + 1);
  for (const [wordX, renderings] of derived) {
    if (renderings.size !== 1) continue;
    const [wordY] = renderings;
    if (takenY.get(wordY) !== 1) continue;
    result.set(wordX, [wordY]);
  }
  return result;
}
