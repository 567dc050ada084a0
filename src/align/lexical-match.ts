import type { UnitFeatures } from './unit-features.js';

/** Evidence weights of matched tokens: a shared number is rarer by chance than a shared word; punctuation is weak. */
export const TOKEN_WEIGHTS = { number: 2, word: 1, mark: 0.5 } as const;

/**
 * Token-level matching between the units of two languages. Every unit becomes a list of token ids (words by stem,
 * numbers, punctuation cues); `links` say which tokens of A translate which tokens of B (cognates, lexicon, the same
 * number or mark). Built once per language pair and document; afterwards `cell(i, j)` is a few array reads.
 */
export interface LexicalMatch {
  /** Weighted count of tokens of unit i (in A) and unit j (in B) that find a partner on the other side (the
   * smaller of the two directions, so one token matching twice counts once). */
  cell(i: number, j: number): number;
  /** Weight of the tokens of unit i of side A (0) or B (1) that have a partner anywhere in the other document. */
  linkable(side: 0 | 1, i: number): number;
}

interface Side {
  /** Per unit: token ids. */
  tokens: Int32Array[];
  weights: Float64Array;
  /** Per token id: partner token ids on the other side. */
  partners: number[][];
  linkable: Float64Array;
}

/**
 * Builds the matcher of two documents' units.
 *
 * @param wordLinks pairs `[stemA, stemB]` that translate each other (cognates, learned lexicon, seeds).
 */
export function buildLexicalMatch(
  unitsA: readonly UnitFeatures[],
  unitsB: readonly UnitFeatures[],
  wordLinks: Iterable<readonly [string, string]>,
): LexicalMatch {
  const idsA = new Map<string, number>();
  const idsB = new Map<string, number>();
  const weightsA: number[] = [];
  const weightsB: number[] = [];
  const tokensA = unitsA.map((unit) => internUnit(unit, idsA, weightsA));
  const tokensB = unitsB.map((unit) => internUnit(unit, idsB, weightsB));
  const partnersA: number[][] = weightsA.map(() => []);
  const partnersB: number[][] = weightsB.map(() => []);
  const link = (a: number | undefined, b: number | undefined): void => {
    if (a === undefined || b === undefined || partnersA[a].includes(b)) return;
    partnersA[a].push(b);
    partnersB[b].push(a);
  };
  // Numbers and marks match by equal spelling; words by the given links.
  for (const [key, a] of idsA) if (!key.startsWith('w:')) link(a, idsB.get(key));
  for (const [stemA, stemB] of wordLinks) link(idsA.get('w:' + stemA), idsB.get('w:' + stemB));
  const a = makeSide(tokensA, weightsA, partnersA);
  const b = makeSide(tokensB, weightsB, partnersB);
  // A stamp array marks the tokens of one unit, so matching a cell is linear in the tokens of the other unit.
  const stampB = new Int32Array(weightsB.length).fill(-1);
  const stampA = new Int32Array(weightsA.length).fill(-1);
  let stampedB = -1;
  let stampedA = -1;
  return {
    cell(i, j) {
      if (stampedB !== j) {
        for (const t of b.tokens[j]) stampB[t] = j;
        stampedB = j;
      }
      if (stampedA !== i) {
        for (const t of a.tokens[i]) stampA[t] = i;
        stampedA = i;
      }
      return Math.min(matched(a, i, stampB, j), matched(b, j, stampA, i));
    },
    linkable(side, i) {
      return (side === 0 ? a : b).linkable[i];
    },
  };
}

function matched(side: Side, unit: number, otherStamp: Int32Array, otherUnit: number): number {
  let total = 0;
  for (const token of side.tokens[unit]) {
    for (const partner of side.partners[token]) {
      if (otherStamp[partner] === otherUnit) {
        total += side.weights[token];
        break;
      }
    }
  }
  return total;
}

function internUnit(unit: UnitFeatures, ids: Map<string, number>, weights: number[]): Int32Array {
  const out: number[] = [];
  const add = (key: string, weight: number): void => {
    let id = ids.get(key);
    if (id === undefined) {
      id = weights.length;
      ids.set(key, id);
      weights.push(weight);
    }
    out.push(id);
  };
  for (const word of unit.words) add('w:' + word.stem, TOKEN_WEIGHTS.word);
  for (const number of unit.numbers) add('n:' + number, TOKEN_WEIGHTS.number);
  for (const mark of unit.marks) add('m:' + mark, TOKEN_WEIGHTS.mark);
  return Int32Array.from(out);
}

function makeSide(tokens: Int32Array[], weights: number[], partners: number[][]): Side {
  const weightArray = Float64Array.from(weights);
  const linkable = new Float64Array(tokens.length);
  tokens.forEach((unit, i) => {
    for (const token of unit) if (partners[token].length > 0) linkable[i] += weightArray[token];
  });
  return { tokens, weights: weightArray, partners, linkable };
}
