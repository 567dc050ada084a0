import type { UnitFeatures } from './unit-features.js';

/** Evidence weights of matched tokens: a shared number is rarer by chance than a shared word; punctuation is weak. */
export const TOKEN_WEIGHTS = { number: 2, word: 1, mark: 0.5 } as const;

/**
 * Token-level matching between the units of two languages. Every unit becomes a list of token ids (words by stem,
 * numbers, punctuation cues); `links` say which tokens of A translate which tokens of B (cognates, lexicon, the same
 * number or mark). Built once per language pair and document; unit pairs are matched once and cached, so a group
 * match is a few array reads per unit pair.
 */
export interface LexicalMatch {
  /** Weighted count of the distinct tokens of units [i0, i1) of A and of units [j0, j1) of B that find a partner
   * on the other side (the smaller of the two directions, so one token matching twice counts once). */
  matched(i0: number, i1: number, j0: number, j1: number): number;
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
  const presentA = new Int32Array(weightsA.length).fill(-1);
  const presentB = new Int32Array(weightsB.length).fill(-1);
  const cells = new CellCache(tokensA.length, tokensB.length);
  const computeCell = (i: number, j: number): Cell => {
    for (const t of tokensA[i]) presentA[t] = i;
    for (const t of tokensB[j]) presentB[t] = j;
    return [matchedTokens(a, i, presentB, j), matchedTokens(b, j, presentA, i)];
  };
  // A group match counts each distinct token once, even when it occurs or matches in several units of the group
  // (a name repeated in two merged sentences is one piece of evidence); fresh stamp values avoid clearing.
  const seenA = new Int32Array(weightsA.length);
  const seenB = new Int32Array(weightsB.length);
  let stamp = 0;
  return {
    matched(i0, i1, j0, j1) {
      stamp++;
      let sumA = 0;
      let sumB = 0;
      for (let i = i0; i < i1; i++) {
        for (let j = j0; j < j1; j++) {
          const [fromA, fromB] = cells.get(i, j, computeCell);
          for (let t = 0; t < fromA.length; t++) {
            const token = fromA[t];
            if (seenA[token] !== stamp) {
              seenA[token] = stamp;
              sumA += a.weights[token];
            }
          }
          for (let t = 0; t < fromB.length; t++) {
            const token = fromB[t];
            if (seenB[token] !== stamp) {
              seenB[token] = stamp;
              sumB += b.weights[token];
            }
          }
        }
      }
      return Math.min(sumA, sumB);
    },
    linkable(side, i) {
      return (side === 0 ? a : b).linkable[i];
    },
  };
}

/** The matched tokens of a unit pair: those of the A unit, those of the B unit. */
type Cell = [Int32Array, Int32Array];

/** Width of the window of columns each row of the cell cache keeps in an array (searches stay in a band). */
const CELL_WINDOW = 256;

/**
 * Matched tokens of unit pairs (i, j), computed once. Each row keeps a window of columns starting a little before
 * the first column asked for; the rare cells outside it go to a map.
 */
class CellCache {
  private readonly starts: Int32Array;
  private readonly rows: Array<Array<Cell | undefined> | undefined> = [];
  private readonly outside = new Map<number, Cell>();

  constructor(
    rows: number,
    private readonly columns: number,
  ) {
    this.starts = new Int32Array(rows);
  }

  get(i: number, j: number, compute: (i: number, j: number) => Cell): Cell {
    let row = this.rows[i];
    if (!row) {
      row = this.rows[i] = new Array<Cell | undefined>(CELL_WINDOW);
      this.starts[i] = Math.max(0, j - 16);
    }
    const offset = j - this.starts[i];
    if (offset >= 0 && offset < CELL_WINDOW) return (row[offset] ??= compute(i, j));
    const key = i * (this.columns + 1) + j;
    let cell = this.outside.get(key);
    if (!cell) this.outside.set(key, (cell = compute(i, j)));
    return cell;
  }
}

/** The tokens of unit `unit` that have a partner among the tokens marked present for unit `other`. */
function matchedTokens(side: Side, unit: number, otherPresent: Int32Array, other: number): Int32Array {
  let out: number[] | null = null;
  for (const token of side.tokens[unit]) {
    for (const partner of side.partners[token]) {
      if (otherPresent[partner] === other) {
        (out ??= []).push(token);
        break;
      }
    }
  }
  // Most unit pairs share nothing: one shared empty array spares the garbage collector.
  return out ? Int32Array.from(out) : NO_TOKENS;
}

const NO_TOKENS = new Int32Array(0);

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
