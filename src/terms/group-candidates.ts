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
  }
  const groups = new Map<string, Group>();
  for (const { term, occurrence } of located) {
    let group = groups.get(term.key);
    if (!group) {
      group = { first: term, occurrences: [], variants: new Map(), votes: new Map() };
      groups.set(term.key, group);
    }
    group.occurrences.push(occurrence);
    group.variants.set(term.surface, (group.variants.get(term.surface) ?? 0) + 1);
    const parts = term.numberAlternative && !singularKeys.has(term.headKey) ? term.numberAlternative : term.canonical;
    const canonical = parts.join(' ');
    group.votes.set(canonical, (group.votes.get(canonical) ?? 0) + 1);
  }
  const cased = (group: Group): string =>
    mostFrequent(group.votes)
      .split(' ')
      .map((part, k) => applyLetterCase(part, letterCase.get(group.first.wordKeys[k])))
      .join(' ');
  const list = [...groups.values()];
  const scores = scoreCValue(list.map((g) => ({ wordKeys: g.first.wordKeys, frequency: g.occurrences.length })));
  const candidates = list.map(
    (g, i): TermCandidate => ({
      lang,
      key: g.first.key,
      canonical: cased(g),
      words: g.first.wordKeys.length,
      frequency: g.occurrences.length,
      variants: Object.fromEntries(g.variants),
      score: scores[i],
      occurrences: g.occurrences,
    }),
  );
  return candidates.sort((a, b) => b.score - a.score || b.frequency - a.frequency || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
