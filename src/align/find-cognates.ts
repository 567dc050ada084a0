import { skeletonSimilarity } from './transliterate.js';
import type { UnitFeatures } from './unit-features.js';

/** Minimum skeleton similarity for two words to count as cognates or the same name across scripts. */
export const COGNATE_MIN_SIMILARITY = 0.75;

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
  const wordsA = distinctWords(unitsA);
  const wordsB = distinctWords(unitsB);
  const blocks = new Map<string, Array<{ stem: string; skeleton: string; capitalised: boolean }>>();
  for (const word of wordsB.values()) {
    if (word.skeleton.length < 2) continue;
    const key = word.skeleton.slice(0, 2);
    let block = blocks.get(key);
    if (!block) blocks.set(key, (block = []));
    block.push(word);
  }
  const links: Array<[string, string]> = [];
  for (const word of wordsA.values()) {
    if (word.skeleton.length < 2) continue;
    for (const other of blocks.get(word.skeleton.slice(0, 2)) ?? []) {
      if (word.skeleton.length < 3 || other.skeleton.length < 3) {
        if (word.skeleton === other.skeleton && word.capitalised && other.capitalised) links.push([word.stem, other.stem]);
        continue;
      }
      if (skeletonSimilarity(word.skeleton, other.skeleton) >= COGNATE_MIN_SIMILARITY) links.push([word.stem, other.stem]);
    }
  }
  return links;
}

function distinctWords(units: readonly UnitFeatures[]): Map<string, { stem: string; skeleton: string; capitalised: boolean }> {
  const words = new Map<string, { stem: string; skeleton: string; capitalised: boolean }>();
  for (const unit of units) {
    for (const word of unit.words) {
      const known = words.get(word.stem);
      if (!known) words.set(word.stem, { ...word });
      else if (word.capitalised) known.capitalised = true;
    }
  }
  return words;
}
