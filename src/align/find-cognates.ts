import type { TokenTable } from './lexical-match.js';
import { skeletonSimilarity } from './transliterate.js';
import type { UnitFeatures } from './unit-features.js';

/** A word keeps at most this many cognate partners (the most similar): a word like every other is no evidence. */
const MAX_PARTNERS = 3;

/** A distinct word of one language's units: its stem, the skeleton of its first form, capitalised anywhere. */
interface DistinctWord {
  stem: string;
  skeleton: string;
  capitalised: boolean;
}

/**
 * The distinct words of one language's units, and those words blocked by the first two letters of their skeleton.
 * Built once per language and document: each language meets two others.
 */
export interface CognateIndex {
  words: Map<string, DistinctWord>;
  blocks: Map<string, DistinctWord[]>;
}

/**
 * Indexes the words of one language's units for `linkCognates`. With the units' token table (see `internTokens`),
 * a word's stem is told apart by its token id instead of a lookup by stem.
 */
export function cognateIndex(units: readonly UnitFeatures[], table?: TokenTable): CognateIndex {
  const words = table ? distinctWordsById(units, table) : distinctWords(units);
  const blocks = new Map<string, DistinctWord[]>();
  for (const word of words.values()) {
    if (word.skeleton.length < 2) continue;
    const key = word.skeleton.slice(0, 2);
    let block = blocks.get(key);
    if (!block) blocks.set(key, (block = []));
    block.push(word);
  }
  return { words, blocks };
}

/**
 * Links the distinct words (stems) of two languages whose consonant skeletons are alike: names and international
 * words survive translation between English, Kazakh and Russian. Words are blocked by the first two skeleton
 * letters, so the cost is about (vocabulary size × block size), not the product of the vocabularies.
 * Skeletons of three letters or more must be similar; two-letter skeletons (Tom/Том) must be equal and both words
 * capitalised, because short skeletons collide by chance.
 *
 * @returns pairs of stems `[stemA, stemB]`.
 */
export function findCognates(unitsA: readonly UnitFeatures[], unitsB: readonly UnitFeatures[]): Array<[string, string]> {
  return linkCognates(cognateIndex(unitsA), cognateIndex(unitsB));
}

/** `findCognates` over two indexed languages. */
export function linkCognates(indexA: CognateIndex, indexB: CognateIndex): Array<[string, string]> {
  const links: Array<[string, string]> = [];
  // The MAX_PARTNERS most similar words of a block so far, most similar first, the first found first among equals
  // (a stable sort's order): kept in place rather than spliced, as this runs for every word of a document.
  const stems: string[] = [];
  const similarities = new Float64Array(MAX_PARTNERS);
  for (const word of indexA.words.values()) {
    if (word.skeleton.length < 2) continue;
    const block = indexB.blocks.get(word.skeleton.slice(0, 2));
    if (!block) continue;
    let count = 0;
    for (const other of block) {
      let similarity: number;
      if (word.skeleton.length < 3 || other.skeleton.length < 3) {
        if (!(word.skeleton === other.skeleton && word.capitalised && other.capitalised)) continue;
        similarity = 1;
      } else {
        similarity = skeletonSimilarity(word.skeleton, other.skeleton);
        if (similarity <= 0) continue;
      }
      let at = count;
      while (at > 0 && similarities[at - 1] < similarity) at--;
      if (at >= MAX_PARTNERS) continue;
      for (let m = Math.min(count, MAX_PARTNERS - 1); m > at; m--) {
        stems[m] = stems[m - 1];
        similarities[m] = similarities[m - 1];
      }
      stems[at] = other.stem;
      similarities[at] = similarity;
      if (count < MAX_PARTNERS) count++;
    }
    for (let m = 0; m < count; m++) links.push([word.stem, stems[m]]);
  }
  return links;
}

/** `distinctWords` by the words' token ids (a unit's tokens start with its words, in order). */
function distinctWordsById(units: readonly UnitFeatures[], table: TokenTable): Map<string, DistinctWord> {
  const byId: Array<DistinctWord | undefined> = new Array<DistinctWord | undefined>(table.weights.length);
  const words = new Map<string, DistinctWord>();
  units.forEach((unit, u) => {
    const ids = table.units[u];
    for (let w = 0; w < unit.words.length; w++) {
      const word = unit.words[w];
      const known = byId[ids[w]];
      if (!known) {
        const distinct = { stem: word.stem, skeleton: word.skeleton, capitalised: word.capitalised };
        byId[ids[w]] = distinct;
        words.set(word.stem, distinct);
      } else if (word.capitalised) known.capitalised = true;
    }
  });
  return words;
}

function distinctWords(units: readonly UnitFeatures[]): Map<string, DistinctWord> {
  const words = new Map<string, DistinctWord>();
  for (const unit of units) {
    for (const word of unit.words) {
      const known = words.get(word.stem);
      if (!known) words.set(word.stem, { stem: word.stem, skeleton: word.skeleton, capitalised: word.capitalised });
      else if (word.capitalised) known.capitalised = true;
    }
  }
  return words;
}
