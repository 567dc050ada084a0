import type { UnitFeatures } from './unit-features.js';

/** Evidence weights of matched tokens: a shared number is rarer by chance than a shared word; punctuation is weak. */
export const TOKEN_WEIGHTS = { number: 2, word: 1, mark: 0.5 } as const;

/**
 * Token-level matching between the units of two languages. Every unit becomes a list of token ids (words by stem,
 * numbers, punctuation cues); `links` say which tokens of A translate which tokens of B (cognates, lexicon, the same
 * number or mark). Built once per language pair and pass; unit pairs are matched once and cached, so a group
 * match is a few array reads per unit pair.
 */
export interface LexicalMatch {
  /** Weighted count of the distinct tokens of units [i0, i1) of A and of units [j0, j1) of B that find a partner
   * on the other side (the smaller of the two directions, so one token matching twice counts once). */
  matched(i0: number, i1: number, j0: number, j1: number): number;
  /** Weight of the tokens of unit i of side A (0) or B (1) that have a partner anywhere in the other document. */
  linkable(side: 0 | 1, i: number): number;
}

/**
 * The tokens of one language's units as integer ids, interned once per document and shared by every language pair
 * and both passes (the links change between passes, the tokens do not). Keys are `w:` + stem, `n:` + number and
 * `m:` + mark; ids are given in order of first appearance.
 */
export interface TokenTable {
  /** Per unit: its token ids (distinct within a unit). */
  units: Int32Array[];
  /** Per token id: its evidence weight (see `TOKEN_WEIGHTS`). */
  weights: Float64Array;
  /** Stem → id of the word tokens. */
  words: Map<string, number>;
  /** Key (`n:` + number, `m:` + mark) → id of the other tokens, which match by equal key. */
  others: Map<string, number>;
}

/** Token tables built so far: stamps for `StemKey.lastTable`. */
let tableCount = 0;

/** Interns the words, numbers and marks of a language's units (see `TokenTable`). */
export function internTokens(units: readonly UnitFeatures[]): TokenTable {
  // A word's id is remembered on its stem's key, so a stem is looked up in `words` once per key, not per word. (Two
  // keys of one stem, from before and after the word memo was forgotten, both find the stem's one id there.)
  const table = ++tableCount;
  const words = new Map<string, number>();
  const others = new Map<string, number>();
  const weights: number[] = [];
  const intern = (ids: Map<string, number>, key: string, weight: number): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = weights.length;
      ids.set(key, id);
      weights.push(weight);
    }
    return id;
  };
  const tokens = units.map((unit) => {
    const out = new Int32Array(unit.words.length + unit.numbers.length + unit.marks.length);
    let n = 0;
    for (const word of unit.words) {
      const key = word.key;
      if (key.lastTable !== table) {
        key.lastTable = table;
        key.tableId = intern(words, word.stem, TOKEN_WEIGHTS.word);
      }
      out[n++] = key.tableId;
    }
    for (const number of unit.numbers) out[n++] = intern(others, 'n:' + number, TOKEN_WEIGHTS.number);
    for (const mark of unit.marks) out[n++] = intern(others, 'm:' + mark, TOKEN_WEIGHTS.mark);
    return out;
  });
  return { units: tokens, weights: Float64Array.from(weights), words, others };
}

/** A table of `count` units without tokens (the length-only baseline matches nothing). */
export function emptyTokenTable(count: number): TokenTable {
  const none = new Int32Array(0);
  return { units: Array.from({ length: count }, () => none), weights: new Float64Array(0), words: new Map(), others: new Map() };
}

/**
 * Builds the matcher of two documents' units from their features (interning them first; see `lexicalMatchOf`).
 *
 * @param wordLinks pairs `[stemA, stemB]` that translate each other (cognates, learned lexicon, seeds).
 */
export function buildLexicalMatch(
  unitsA: readonly UnitFeatures[],
  unitsB: readonly UnitFeatures[],
  wordLinks: Iterable<readonly [string, string]>,
): LexicalMatch {
  return lexicalMatchOf(internTokens(unitsA), internTokens(unitsB), wordLinks);
}

/** One side of a matcher: per unit only its tokens that have a partner, and the partners as flat lists. */
interface Side {
  /** Units of the side. */
  size: number;
  /** Per unit i: the ids of its tokens that have at least one partner (the others can never match), at
   * `linkedTokens[linkedStart[i] .. linkedStart[i + 1])` (one flat list, not an array per unit). */
  linkedStart: Int32Array;
  linkedTokens: Int32Array;
  weights: Float64Array;
  /** Partners of token t: `partners[partnerStart[t] .. partnerStart[t + 1])`. */
  partnerStart: Int32Array;
  partners: Int32Array;
  linkable: Float64Array;
}

/**
 * Builds the matcher of two interned documents.
 *
 * @param wordLinks pairs `[stemA, stemB]` that translate each other (cognates, learned lexicon, seeds).
 * @param tokenLinks more such pairs, as token ids of the two tables (a lexicon learned over the tables' ids).
 */
export function lexicalMatchOf(
  tableA: TokenTable,
  tableB: TokenTable,
  wordLinks: Iterable<readonly [string, string]>,
  tokenLinks: ReadonlyArray<readonly [number, number]> = [],
): LexicalMatch {
  // Links as two parallel lists of token ids, then one flat partner list per side. A link given twice only
  // repeats a partner, which changes no match.
  const fromA: number[] = [];
  const toB: number[] = [];
  // Numbers and marks match by equal spelling; words by the given links.
  for (const [key, a] of tableA.others) {
    const b = tableB.others.get(key);
    if (b !== undefined) {
      fromA.push(a);
      toB.push(b);
    }
  }
  for (const [stemA, stemB] of wordLinks) {
    const a = tableA.words.get(stemA);
    if (a === undefined) continue;
    const b = tableB.words.get(stemB);
    if (b === undefined) continue;
    fromA.push(a);
    toB.push(b);
  }
  for (const [a, b] of tokenLinks) {
    fromA.push(a);
    toB.push(b);
  }
  const a = makeSide(tableA, fromA, toB);
  const b = makeSide(tableB, toB, fromA);
  return new TokenMatcher(a, b);
}

/** The matcher as a class, so the searches' calls to `matched` have one target whatever the language pair. */
class TokenMatcher implements LexicalMatch {
  private readonly cells: CellCache;
  // A group match counts each distinct token once, even when it occurs or matches in several units of the group
  // (a name repeated in two merged sentences is one piece of evidence); fresh stamp values avoid clearing.
  private readonly seenA: Int32Array;
  private readonly seenB: Int32Array;
  private stamp = 0;
  /** Pool offsets of the cells of a group that share tokens (see `matched`). */
  private found = new Int32Array(16);

  constructor(
    private readonly a: Side,
    private readonly b: Side,
  ) {
    this.cells = new CellCache(a, b);
    this.seenA = new Int32Array(a.weights.length);
    this.seenB = new Int32Array(b.weights.length);
  }

  matched(i0: number, i1: number, j0: number, j1: number): number {
    const { cells, a, b } = this;
    if (i1 - i0 === 1 && j1 - j0 === 1) {
      // One unit a side: its tokens are distinct already, and the cell's sums are known.
      const at = cells.get(i0, j0);
      return at < 0 ? 0 : Math.min(cells.sums[at], cells.sums[at + 1]);
    }
    // The cells sharing tokens, in row order; with only one, the group's matched tokens are that cell's (distinct
    // already).
    const cellCount = (i1 - i0) * (j1 - j0);
    if (this.found.length < cellCount) this.found = new Int32Array(cellCount);
    const found = this.found;
    let count = 0;
    for (let i = i0; i < i1; i++) {
      for (let j = j0; j < j1; j++) {
        const at = cells.get(i, j);
        if (at >= 0) found[count++] = at;
      }
    }
    if (count === 0) return 0;
    if (count === 1) return Math.min(cells.sums[found[0]], cells.sums[found[0] + 1]);
    const stamp = ++this.stamp;
    const { seenA, seenB } = this;
    // `get` may have grown the pool: read it after the calls.
    const pool = cells.pool;
    let sumA = 0;
    let sumB = 0;
    for (let c = 0; c < count; c++) {
      const at = found[c];
      const endA = at + 2 + pool[at];
      const endB = endA + pool[at + 1];
      for (let t = at + 2; t < endA; t++) {
        const token = pool[t];
        if (seenA[token] !== stamp) {
          seenA[token] = stamp;
          sumA += a.weights[token];
        }
      }
      for (let t = endA; t < endB; t++) {
        const token = pool[t];
        if (seenB[token] !== stamp) {
          seenB[token] = stamp;
          sumB += b.weights[token];
        }
      }
    }
    return Math.min(sumA, sumB);
  }

  linkable(side: 0 | 1, i: number): number {
    return (side === 0 ? this.a : this.b).linkable[i];
  }
}

/**
 * Width of the window of columns each row of the cell cache keeps in an array (searches stay in a band of a few
 * dozen columns). Narrow, so that the rows of a group's cells lie close together in memory.
 */
const CELL_WINDOW = 64;
/** Cell states in the window: not computed yet, or computed with no matched token (else pool offset + 1). */
const UNKNOWN = 0;
const NOTHING = -1;

/**
 * Matched tokens of unit pairs (i, j), computed once and stored flat: a cell's entry in `pool` is the count of
 * matched tokens of unit i, the count of unit j, then the ids of each. Each row keeps a window of columns starting
 * a little before the first column asked for; the rare cells outside it go to a map. Pairs sharing nothing (most
 * of them) take no pool space.
 */
class CellCache {
  /** Grown by doubling: most sections are a few sentences long. */
  pool = new Int32Array(64);
  /** Beside a cell's two counts in `pool`: the weights of its matched tokens of A and of B, summed in pool order. */
  sums = new Float64Array(64);
  private used = 0;
  private readonly window: number;
  private readonly starts: Int32Array;
  /** Row i, column j: `slots[i · window + j − starts[i]]`, see `UNKNOWN` and `NOTHING`. */
  private readonly slots: Int32Array;
  private outside: Map<number, number> | undefined;
  /** Per token of B: the unit of B it was last marked present in (−1 none). */
  private readonly presentB: Int32Array;
  /** Per token of B: the `marks` value of the last cell where it matched. */
  private readonly matchedB: Int32Array;
  private marks = 0;

  constructor(
    private readonly a: Side,
    private readonly b: Side,
  ) {
    const rows = a.size;
    const columns = b.size + 1;
    this.window = Math.min(CELL_WINDOW, columns);
    this.starts = new Int32Array(rows).fill(-1);
    this.slots = new Int32Array(rows * this.window);
    this.presentB = new Int32Array(b.weights.length).fill(-1);
    this.matchedB = new Int32Array(b.weights.length);
  }

  /** Pool offset of cell (i, j), or −1 when the two units share no token. */
  get(i: number, j: number): number {
    let start = this.starts[i];
    if (start < 0) start = this.starts[i] = this.window === CELL_WINDOW ? Math.max(0, j - 16) : 0;
    const offset = j - start;
    if (offset >= 0 && offset < this.window) {
      const slot = i * this.window + offset;
      const state = this.slots[slot];
      if (state !== UNKNOWN) return state === NOTHING ? -1 : state - 1;
      const at = this.compute(i, j);
      this.slots[slot] = at < 0 ? NOTHING : at + 1;
      return at;
    }
    const key = i * (this.b.size + 1) + j;
    const outside = (this.outside ??= new Map());
    let at = outside.get(key);
    if (at === undefined) outside.set(key, (at = this.compute(i, j)));
    return at;
  }

  private compute(i: number, j: number): number {
    const { a, b, presentB, matchedB } = this;
    const tokensA = a.linkedTokens;
    const tokensB = b.linkedTokens;
    const fromA = a.linkedStart[i];
    const toA = a.linkedStart[i + 1];
    const fromB = b.linkedStart[j];
    const toB = b.linkedStart[j + 1];
    if (fromA === toA || fromB === toB) return -1;
    for (let t = fromB; t < toB; t++) presentB[tokensB[t]] = j;
    // Reserve the worst case, then write the matched tokens of each side after the two counts. One scan of the
    // partners of unit i's tokens finds both sides: partnership is symmetric, so a token of unit j is matched
    // exactly when it is a present partner of some token of unit i.
    this.reserve(2 + (toA - fromA) + (toB - fromB));
    const pool = this.pool;
    const at = this.used;
    const mark = ++this.marks;
    let countA = 0;
    for (let t = fromA; t < toA; t++) {
      const token = tokensA[t];
      let hit = false;
      for (let p = a.partnerStart[token]; p < a.partnerStart[token + 1]; p++) {
        const partner = a.partners[p];
        if (presentB[partner] === j) {
          hit = true;
          matchedB[partner] = mark;
        }
      }
      if (hit) pool[at + 2 + countA++] = token;
    }
    if (countA === 0) return -1;
    let countB = 0;
    for (let t = fromB; t < toB; t++) if (matchedB[tokensB[t]] === mark) pool[at + 2 + countA + countB++] = tokensB[t];
    pool[at] = countA;
    pool[at + 1] = countB;
    let sumA = 0;
    let sumB = 0;
    for (let t = at + 2; t < at + 2 + countA; t++) sumA += a.weights[pool[t]];
    for (let t = at + 2 + countA; t < at + 2 + countA + countB; t++) sumB += b.weights[pool[t]];
    this.sums[at] = sumA;
    this.sums[at + 1] = sumB;
    this.used = at + 2 + countA + countB;
    return at;
  }

  private reserve(size: number): void {
    if (this.used + size <= this.pool.length) return;
    const grown = new Int32Array(Math.max(this.pool.length * 2, this.used + size));
    grown.set(this.pool.subarray(0, this.used));
    this.pool = grown;
    const sums = new Float64Array(grown.length);
    sums.set(this.sums.subarray(0, this.used));
    this.sums = sums;
  }
}

function makeSide(table: TokenTable, from: readonly number[], to: readonly number[]): Side {
  const tokenCount = table.weights.length;
  const partnerStart = new Int32Array(tokenCount + 1);
  for (const token of from) partnerStart[token + 1]++;
  for (let t = 0; t < tokenCount; t++) partnerStart[t + 1] += partnerStart[t];
  const partners = new Int32Array(from.length);
  const filled = partnerStart.slice(0, tokenCount);
  for (let l = 0; l < from.length; l++) partners[filled[from[l]]++] = to[l];
  const size = table.units.length;
  const linkable = new Float64Array(size);
  const linkedStart = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) {
    let count = 0;
    for (const token of table.units[i]) {
      if (partnerStart[token + 1] > partnerStart[token]) {
        linkable[i] += table.weights[token];
        count++;
      }
    }
    linkedStart[i + 1] = linkedStart[i] + count;
  }
  const linkedTokens = new Int32Array(linkedStart[size]);
  for (let i = 0, n = 0; i < size; i++) {
    for (const token of table.units[i]) if (partnerStart[token + 1] > partnerStart[token]) linkedTokens[n++] = token;
  }
  return { size, linkedStart, linkedTokens, weights: table.weights, partnerStart, partners, linkable };
}
