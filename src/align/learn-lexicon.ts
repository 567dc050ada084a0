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
  const vocabularyA = new Map<string, number>();
  const vocabularyB = new Map<string, number>();
  const groups: Array<[Int32Array, Int32Array]> = [];
  for (const group of evidence) groups.push([groupStems(group.a, vocabularyA), groupStems(group.b, vocabularyB)]);
  const stemsA = [...vocabularyA.keys()];
  const stemsB = [...vocabularyB.keys()];
  return learnLexiconIds(groups, vocabularyA.size, vocabularyB.size).map(([a, b]) => [stemsA[a], stemsB[b]]);
}

/**
 * `learnLexicon` over groups of distinct stem ids (`sizeA` and `sizeB` bound the ids of each side; groups with an
 * empty side are skipped).
 *
 * @returns pairs of ids `[idA, idB]`, by idA.
 */
export function learnLexiconIds(
  allGroups: ReadonlyArray<readonly [Int32Array, Int32Array]>,
  sizeA: number,
  sizeB: number,
): Array<[number, number]> {
  const groups = allGroups.filter(([a, b]) => a.length > 0 && b.length > 0);
  const frequencyA = new Int32Array(sizeA);
  const frequencyB = new Int32Array(sizeB);
  for (const [a, b] of groups) {
    for (const id of a) frequencyA[id]++;
    for (const id of b) frequencyB[id]++;
  }
  // A pair can reach the minimum count only if both stems occur that often, so only those stems are counted, and
  // Dice ≤ 2·min(fa, fb) ÷ (fa + fb): stems of very different frequencies can never pass, so they are not counted
  // either. Co-occurrences are counted stem by stem of A through an index of the groups each stem occurs in, into
  // one reused array over the stems of B: no pair keys, no map, no sort of all co-occurrences. Each group's stems
  // of B are stored by frequency, so the stems of B within a stem of A's Dice range are one slice of the group,
  // found by binary search, and the others are never visited.
  const postingStart = new Int32Array(sizeA + 1);
  const groupStart = new Int32Array(groups.length + 1);
  groups.forEach(([a, b], group) => {
    for (const idA of a) if (frequencyA[idA] >= LEXICON_MIN_COUNT) postingStart[idA + 1]++;
    let frequentB = 0;
    for (const idB of b) if (frequencyB[idB] >= LEXICON_MIN_COUNT) frequentB++;
    groupStart[group + 1] = groupStart[group] + frequentB;
  });
  for (let id = 0; id < sizeA; id++) postingStart[id + 1] += postingStart[id];
  const postings = new Int32Array(postingStart[sizeA]);
  const filled = postingStart.slice(0, sizeA);
  groups.forEach(([a], group) => {
    for (const idA of a) if (frequencyA[idA] >= LEXICON_MIN_COUNT) postings[filled[idA]++] = group;
  });
  // The frequent stems of B of every group, flat, each group's sorted by frequency, with their frequencies beside:
  // the stems of B taken in order of frequency (a counting sort), each appended to the groups it occurs in.
  let topFrequency = 0;
  for (let id = 0; id < sizeB; id++) topFrequency = Math.max(topFrequency, frequencyB[id]);
  const byFrequencyStart = new Int32Array(topFrequency + 2);
  for (let id = 0; id < sizeB; id++) if (frequencyB[id] >= LEXICON_MIN_COUNT) byFrequencyStart[frequencyB[id] + 1]++;
  for (let f = 0; f <= topFrequency; f++) byFrequencyStart[f + 1] += byFrequencyStart[f];
  const byFrequency = new Int32Array(byFrequencyStart[topFrequency + 1]);
  const placed = byFrequencyStart.slice(0, topFrequency + 1);
  for (let id = 0; id < sizeB; id++) if (frequencyB[id] >= LEXICON_MIN_COUNT) byFrequency[placed[frequencyB[id]]++] = id;
  // The groups of each frequent stem of B.
  const groupsOfStart = new Int32Array(sizeB + 1);
  for (const [, b] of groups) for (const idB of b) if (frequencyB[idB] >= LEXICON_MIN_COUNT) groupsOfStart[idB + 1]++;
  for (let id = 0; id < sizeB; id++) groupsOfStart[id + 1] += groupsOfStart[id];
  const groupsOf = new Int32Array(groupsOfStart[sizeB]);
  const filledB = groupsOfStart.slice(0, sizeB);
  groups.forEach(([, b], group) => {
    for (const idB of b) if (frequencyB[idB] >= LEXICON_MIN_COUNT) groupsOf[filledB[idB]++] = group;
  });
  const stemsB = new Int32Array(groupStart[groups.length]);
  const frequenciesB = new Int32Array(stemsB.length);
  const end = groupStart.slice(0, groups.length);
  for (const idB of byFrequency) {
    for (let g = groupsOfStart[idB]; g < groupsOfStart[idB + 1]; g++) {
      const at = end[groupsOf[g]]++;
      stemsB[at] = idB;
      frequenciesB[at] = frequencyB[idB];
    }
  }
  const counts = new Int32Array(sizeB);
  const touched: number[] = [];
  const links: Array<[number, number]> = [];
  const ranges = new Map<number, readonly [number, number]>();
  for (let idA = 0; idA < sizeA; idA++) {
    const fa = frequencyA[idA];
    if (fa < LEXICON_MIN_COUNT) continue;
    let range = ranges.get(fa);
    if (!range) ranges.set(fa, (range = diceRange(fa)));
    const [least, most] = range;
    for (let p = postingStart[idA]; p < postingStart[idA + 1]; p++) {
      const group = postings[p];
      // First stem of the group with frequency ≥ least (often the first of all).
      let from = groupStart[group];
      let to = frequenciesB[from] >= least ? from : groupStart[group + 1];
      while (from < to) {
        const middle = (from + to) >> 1;
        if (frequenciesB[middle] < least) from = middle + 1;
        else to = middle;
      }
      for (let n = from; n < groupStart[group + 1] && frequenciesB[n] <= most; n++) {
        const idB = stemsB[n];
        if (counts[idB] === 0) touched.push(idB);
        counts[idB]++;
      }
    }
    for (const idB of touched) {
      const count = counts[idB];
      counts[idB] = 0;
      if (count < LEXICON_MIN_COUNT) continue;
      const dice = (2 * count) / (fa + frequencyB[idB]);
      if (dice >= LEXICON_MIN_DICE) links.push([idA, idB]);
    }
    touched.length = 0;
  }
  return links;
}

/**
 * The frequencies fb a stem of B may have to reach the Dice threshold with a stem of frequency fa:
 * 2·min(fa, fb) ≥ LEXICON_MIN_DICE · (fa + fb), which holds on an interval around fa (below fa the left side grows
 * faster than the right; above it only the right side grows). Found by walking out from fa with that very test.
 */
function diceRange(fa: number): readonly [number, number] {
  const passes = (fb: number): boolean => 2 * Math.min(fa, fb) >= LEXICON_MIN_DICE * (fa + fb);
  let least = fa;
  while (least > 1 && passes(least - 1)) least--;
  let most = fa;
  while (passes(most + 1)) most++;
  return [least, most];
}

/** Whether a stem is long enough to be a content word worth learning (see `MIN_STEM_LENGTH`). */
export function isLexiconStem(stem: string): boolean {
  return stem.length >= MIN_STEM_LENGTH;
}

/** The distinct stem ids of a group's units (stems long enough to be content words). */
function groupStems(units: readonly UnitFeatures[], vocabulary: Map<string, number>): Int32Array {
  const ids: number[] = [];
  for (const unit of units) {
    for (const word of unit.words) {
      if (word.stem.length < MIN_STEM_LENGTH) continue;
      let id = vocabulary.get(word.stem);
      if (id === undefined) vocabulary.set(word.stem, (id = vocabulary.size));
      if (!ids.includes(id)) ids.push(id);
    }
  }
  return Int32Array.from(ids);
}
