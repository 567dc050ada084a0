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
  const joint = new Map<string, Map<string, number>>();
  for (const group of evidence) {
    const stemsA = groupStems(group.a);
    const stemsB = groupStems(group.b);
    if (stemsA.size === 0 || stemsB.size === 0) continue;
    for (const a of stemsA) frequencyA.set(a, (frequencyA.get(a) ?? 0) + 1);
    for (const b of stemsB) frequencyB.set(b, (frequencyB.get(b) ?? 0) + 1);
    for (const a of stemsA) {
      let row = joint.get(a);
      if (!row) joint.set(a, (row = new Map()));
      for (const b of stemsB) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  const links: Array<[string, string]> = [];
  for (const [a, row] of joint) {
    for (const [b, count] of row) {
      if (count < LEXICON_MIN_COUNT) continue;
      const dice = (2 * count) / (frequencyA.get(a)! + frequencyB.get(b)!);
      if (dice >= LEXICON_MIN_DICE) links.push([a, b]);
    }
  }
  return links;
}

function groupStems(units: readonly UnitFeatures[]): Set<string> {
  const stems = new Set<string>();
  for (const unit of units) for (const word of unit.words) if ([...word.stem].length >= MIN_STEM_LENGTH) stems.add(word.stem);
  return stems;
}
