import type { Lang } from '../model/index.js';
import { applyLetterCase, isCapitalised, type LetterCase } from './choose-letter-case.js';
import { scoreCValue } from './score-c-value.js';
import type { FoundTerm } from './sentence-terms.js';
import { Tally } from './tally.js';
import type { TermCandidate, TermOccurrence } from './types.js';

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

/** Whether a word of the term has a letter case of its own (most have none). */
function hasLetterCase(wordKeys: readonly string[], letterCase: ReadonlyMap<string, LetterCase>): boolean {
  for (const key of wordKeys) if (letterCase.has(key)) return true;
  return false;
}

/** Words joined by a space; a single word is itself (most terms are one word, and `join` is a call apart). */
function joinWords(words: readonly string[]): string {
  return words.length === 1 ? words[0] : words.join(' ');
}

/** One key's occurrences in a document, with the votes its canonical form is chosen by (and C-value's input). */
interface Group {
  key: string;
  wordKeys: readonly string[];
  /** The number of occurrences. */
  frequency: number;
  occurrences: TermOccurrence[];
  variants: Tally;
  /** Canonical forms (words joined by a space, before letter case) with their counts. */
  votes: Tally;
  /** The same in the singular, whatever the document attests; null while it is the same as `votes`. */
  singularVotes: Tally | null;
}

const SHORT_LOWER_WORD = /^\p{Ll}+$/u;
const WHITE_SPACE = /\s+/;

/** True when every word of a written variant starts with a capital, short lower-case words (of, и, мен) aside. */
function isTitled(variant: string): boolean {
  return variant.split(WHITE_SPACE).every((w) => (w.length <= 3 && w === w.toLowerCase() ? true : w[0] !== w[0].toLowerCase()));
}

/**
 * Writes a group's canonical form in the document's letter case. Most groups have no word with a letter case of
 * its own: their form is the vote as it is.
 */
function finishCanonical(group: Group, vote: string, letterCase: ReadonlyMap<string, LetterCase>, hasCase: boolean): string {
  if (!hasCase) return vote;
  const wordKeys = group.wordKeys;
  // A single word is written in its own letter case, and a name needs two words.
  if (!vote.includes(' ')) return applyLetterCase(vote, letterCase.get(wordKeys[0]));
  const words = vote.split(' ').map((part, k) => applyLetterCase(part, letterCase.get(wordKeys[k])));
  return (isWrittenAsName(group, letterCase) ? words.map(capitaliseWord) : words).join(' ');
}

/**
 * A name made of several words ("Constitutional Council", "Верховный Совет") is written with capitals on every
 * word wherever it occurs; a word of it that also occurs as a common word would otherwise lose its capital.
 */
function isWrittenAsName(group: Group, letterCase: ReadonlyMap<string, LetterCase>): boolean {
  if (!group.wordKeys.some((key) => isCapitalised(letterCase.get(key)))) return false;
  const written = group.variants.values.filter((v) => v !== v.toUpperCase());
  return written.length > 0 && written.every(isTitled);
}

/** A word of a name with its capital; short lower-case words (of, и, мен) stay as they are. */
function capitaliseWord(word: string): string {
  return word.length <= 3 && SHORT_LOWER_WORD.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The groups' indices best first: higher score, then higher frequency, then key. Indices are sorted (a stable
 * sort over plain numbers) rather than the candidates, whose two shapes (with and without a singular form)
 * make every comparison slower.
 */
function bestFirst(list: readonly Group[], scores: readonly number[]): number[] {
  const order = list.map((_, i) => i);
  return order.sort((a, b) => {
    const byScore = scores[b] - scores[a];
    if (byScore !== 0) return byScore;
    const byFrequency = list[b].frequency - list[a].frequency;
    if (byFrequency !== 0) return byFrequency;
    const keyA = list[a].key;
    const keyB = list[b].key;
    return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
  });
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
  terms: readonly FoundTerm[],
  occurrences: readonly TermOccurrence[],
  singularKeys: ReadonlySet<string>,
  letterCase: ReadonlyMap<string, LetterCase>,
): TermCandidate[] {
  // Groups in the order first seen, and each key's place among them (C-value looks nested keys up in it too).
  const list: Group[] = [];
  const indexOfKey = new Map<string, number>();
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t];
    const occurrence = occurrences[t];
    const singular = joinWords(term.canonical);
    const vote = term.numberAlternative && !singularKeys.has(term.headKey) ? joinWords(term.numberAlternative) : singular;
    const at = indexOfKey.get(term.key);
    if (at === undefined) {
      indexOfKey.set(term.key, list.length);
      list.push({
        key: term.key,
        wordKeys: term.wordKeys,
        frequency: 1,
        occurrences: [occurrence],
        variants: new Tally(term.surface),
        votes: new Tally(vote),
        singularVotes: vote === singular ? null : new Tally(singular),
      });
      continue;
    }
    const group = list[at];
    group.occurrences.push(occurrence);
    group.frequency++;
    group.variants.add(term.surface);
    if (group.singularVotes === null && vote !== singular) group.singularVotes = group.votes.clone();
    group.votes.add(vote);
    group.singularVotes?.add(singular);
  }
  const scores = scoreCValue(list, indexOfKey);
  return bestFirst(list, scores).map((i): TermCandidate => {
    const g = list[i];
    const hasCase = letterCase.size > 0 && hasLetterCase(g.wordKeys, letterCase);
    const vote = g.votes.mostFrequent();
    const singularVote = g.singularVotes === null ? vote : g.singularVotes.mostFrequent();
    const canonical = finishCanonical(g, vote, letterCase, hasCase);
    // The same vote gives the same form: most groups never see a plural-only head.
    const singular = singularVote === vote ? canonical : finishCanonical(g, singularVote, letterCase, hasCase);
    const variants = g.variants.toRecord();
    const words = g.wordKeys.length;
    const frequency = g.frequency;
    return singular !== canonical
      ? { lang, key: g.key, canonical, singularCanonical: singular, words, frequency, variants, score: scores[i], occurrences: g.occurrences }
      : { lang, key: g.key, canonical, words, frequency, variants, score: scores[i], occurrences: g.occurrences };
  });
}
