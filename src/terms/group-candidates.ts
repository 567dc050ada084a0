import type { Lang } from '../model/index.js';
import { applyLetterCase, type LetterCase } from './choose-letter-case.js';
import { scoreCValue } from './score-c-value.js';
import type { FoundTerm } from './sentence-terms.js';
import type { TermCandidate, TermOccurrence } from './types.js';

/** A found term with where it was found. */
export interface LocatedTerm {
  term: FoundTerm;
  occurrence: TermOccurrence;
}

/** The most frequent value; ties go to the one seen first. */
export function mostFrequent(votes: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [value, count] of votes) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Groups one language's term occurrences of a document by key into candidates: frequency, surface variants,
 * occurrences, a canonical form (the one most occurrences propose, written in the letter case the document
 * uses for each word) and the C-value. Candidates come out best first.
 *
 * @param singularKeys head nouns the document uses in the singular; a head never seen so keeps its number
 */
export function groupCandidates(
  lang: Lang,
  located: readonly LocatedTerm[],
  singularKeys: ReadonlySet<string>,
  letterCase: ReadonlyMap<string, LetterCase>,
): TermCandidate[] {
  interface Group {
    first: FoundTerm;
    occurrences: TermOccurrence[];
    variants: Map<string, number>;
    /** Canonical forms (words joined by a space, before letter case) with their counts. */
    votes: Map<string, number>;
    /** The same in the singular, whatever the document attests. */
    singularVotes: Map<string, number>;
  }
  const groups = new Map<string, Group>();
  for (const { term, occurrence } of located) {
    let group = groups.get(term.key);
    if (!group) {
      group = { first: term, occurrences: [], variants: new Map(), votes: new Map(), singularVotes: new Map() };
      groups.set(term.key, group);
    }
    group.occurrences.push(occurrence);
    group.variants.set(term.surface, (group.variants.get(term.surface) ?? 0) + 1);
    const parts = term.numberAlternative && !singularKeys.has(term.headKey) ? term.numberAlternative : term.canonical;
    const canonical = parts.join(' ');
    group.votes.set(canonical, (group.votes.get(canonical) ?? 0) + 1);
    const singular = term.canonical.join(' ');
    group.singularVotes.set(singular, (group.singularVotes.get(singular) ?? 0) + 1);
  }
  const cased = (group: Group, votes: Map<string, number>): string =>
    mostFrequent(votes)
      .split(' ')
      .map((part, k) => applyLetterCase(part, letterCase.get(group.first.wordKeys[k])))
      .join(' ');
  /**
   * A name made of several words ("Constitutional Council", "Верховный Совет") is written with capitals on every
   * word wherever it occurs; a word of it that also occurs as a common word would otherwise lose its capital.
   */
  const capitaliseName = (group: Group, canonical: string): string => {
    const words = canonical.split(' ');
    if (words.length < 2 || !group.first.wordKeys.some((key) => letterCase.get(key) === 'capital')) return canonical;
    const written = [...group.variants.keys()].filter((v) => v !== v.toUpperCase());
    const titled = (v: string) => v.split(/\s+/).every((w) => w.length <= 3 && w === w.toLowerCase() ? true : w[0] !== w[0].toLowerCase());
    if (written.length === 0 || !written.every(titled)) return canonical;
    return words.map((w) => (w.length <= 3 && /^\p{Ll}+$/u.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
  };
  const list = [...groups.values()];
  const scores = scoreCValue(list.map((g) => ({ wordKeys: g.first.wordKeys, frequency: g.occurrences.length })));
  const candidates = list.map((g, i): TermCandidate => {
    const canonical = capitaliseName(g, cased(g, g.votes));
    const singular = capitaliseName(g, cased(g, g.singularVotes));
    return {
      lang,
      key: g.first.key,
      canonical,
      ...(singular !== canonical ? { singularCanonical: singular } : {}),
      words: g.first.wordKeys.length,
      frequency: g.occurrences.length,
      variants: Object.fromEntries(g.variants),
      score: scores[i],
      occurrences: g.occurrences,
    };
  });
  return candidates.sort((a, b) => b.score - a.score || b.frequency - a.frequency || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
