import type { UnitFeatures } from './unit-features.js';

/** A pair of aligned groups to learn from: the units (or seed texts) of language A and of language B. */
export interface LexiconEvidence {
  a: readonly UnitFeatures[];
  b: readonly UnitFeatures[];
}

/** Minimum co-occurrences and Dice coefficient for a word pair to enter the lexicon. */
export const LEXICON_MIN_COUNT = 2;
export const LEXICON_MIN_DICE = 0.7;
/** Stems shorter than this are mostly function words and affixes; they co-occur with everything. */
const MIN_STEM_LENGTH = 3;

/**
 * Learns a translation lexicon from aligned groups (hunalign's "realign" idea): for every pair of stems, the number
 * of groups where both occur, against the number of groups each occurs in; pairs co-occurring at least
 * `LEXICON_MIN_COUNT` times with a Dice coefficient of at least `LEXICON_MIN_DICE` are kept. The groups are the
 * confident beads of a first pass plus seed pairs (aligned titles and keyword lines).
 *
 * @returns pairs `[stemA, stemB]`.
 */
export function learnLexicon(evidence: readonly LexiconEvidence[]): Array<[string, string]> {
  const frequencyA = new Map<string, number>();
  const frequencyB = new Map<string, number>();
  const groups = evidence
    .map((group) => [groupStems(group.a), groupStems(group.b)] as const)
    .filter(([stemsA, stemsB]) => stemsA.size > 0 && stemsB.size > 0);
  for (const [stemsA, stemsB] of groups) {
    for (const a of stemsA) frequencyA.set(a, (frequencyA.get(a) ?? 0) + 1);
    for (const b of stemsB) frequencyB.set(b, (frequencyB.get(b) ?? 0) + 1);
  }
  // A pair can reach the minimum count only if both stems occur that often: count only those pairs, by number.
  const idsA = new Map<string, number>();
  const idsB = new Map<string, number>();
  for (const [a, n] of frequencyA) if (n >= LEXICON_MIN_COUNT) idsA.set(a, idsA.size);
  for (const [b, n] of frequencyB) if (n >= LEXICON_MIN_COUNT) idsB.set(b, idsB.size);
  const joint = new Map<number, number>();
  for (const [stemsA, stemsB] of groups) {
    const frequentB: number[] = [];
    for (const b of stemsB) {
      const id = idsB.get(b);
      if (id !== undefined) frequentB.push(id);
    }
    for (const a of stemsA) {
      const id = idsA.get(a);
      if (id === undefined) continue;
      for (const b of frequentB) {
        const key = id * idsB.size + b;
        joint.set(key, (joint.get(key) ?? 0) + 1);
      }
    }
  }
  const stemsA = [...idsA.keys()];
  const stemsB = [...idsB.keys()];
  const links: Array<[string, string]> = [];
  for (const [key, count] of joint) {
    if (count < LEXICON_MIN_COUNT) continue;
    const a = stemsA[Math.floor(key / idsB.size)];
    const b = stemsB[key % idsB.size];
    const dice = (2 * count) / (frequencyA.get(a)! + frequencyB.get(b)!);
    if (dice >= LEXICON_MIN_DICE) links.push([a, b]);
  }
  return links;
}

function groupStems(units: readonly UnitFeatures[]): Set<string> {
  const stems = new Set<string>();
  for (const unit of units) for (const word of unit.words) if ([...word.stem].length >= MIN_STEM_LENGTH) stems.add(word.stem);
  return stems;
}
