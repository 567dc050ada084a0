/**
 * Counts of string values in the order they were first seen, for the few distinct values one term gathers in a
 * document (its surface variants, its proposed canonical forms). A document has hundreds of terms, most with a
 * single value: the first value is kept in fields, arrays come only with a second value, and past a few values
 * an index takes over the search. Much cheaper to make than a Map per term.
 */
export class Tally {
  private readonly first: string;
  private firstCount = 1;
  /** Values after the first, with their counts; null while there is only one. */
  private more: string[] | null = null;
  private moreCounts: number[] | null = null;
  private index: Map<string, number> | null = null;

  /** A tally that has seen `first` once. */
  constructor(first: string) {
    this.first = first;
  }

  /** Adds one to the count of `value`. */
  add(value: string): void {
    if (value === this.first) {
      this.firstCount++;
      return;
    }
    if (this.more === null || this.moreCounts === null) {
      this.more = [value];
      this.moreCounts = [1];
      return;
    }
    const at = this.positionOf(this.more, value);
    if (at >= 0) {
      this.moreCounts[at]++;
      return;
    }
    this.more.push(value);
    this.moreCounts.push(1);
    this.index?.set(value, this.more.length - 1);
  }

  private positionOf(more: string[], value: string): number {
    if (this.index) return this.index.get(value) ?? -1;
    for (let i = 0; i < more.length; i++) if (more[i] === value) return i;
    if (more.length >= INDEX_FROM) this.index = new Map(more.map((v, i) => [v, i]));
    return -1;
  }

  /** The values in the order first seen. */
  get values(): string[] {
    return this.more === null ? [this.first] : [this.first, ...this.more];
  }

  /** A copy, to go on counting apart. */
  clone(): Tally {
    const copy = new Tally(this.first);
    copy.firstCount = this.firstCount;
    if (this.more !== null && this.moreCounts !== null) {
      copy.more = [...this.more];
      copy.moreCounts = [...this.moreCounts];
    }
    return copy;
  }

  /** The most frequent value; ties go to the one seen first. */
  mostFrequent(): string {
    let best = this.first;
    if (this.more === null || this.moreCounts === null) return best;
    let bestCount = this.firstCount;
    for (let i = 0; i < this.more.length; i++) {
      if (this.moreCounts[i] > bestCount) {
        best = this.more[i];
        bestCount = this.moreCounts[i];
      }
    }
    return best;
  }

  /**
   * The counts as a record, keys in the order first seen. The record has no prototype: a value such as
   * "constructor" or "__proto__" is an ordinary key, and V8 makes such a record far faster than one that
   * inherits from Object (a document makes hundreds). Read it with `Object.entries` or `Object.keys`.
   */
  toRecord(): Record<string, number> {
    const record = Object.create(null) as Record<string, number>;
    record[this.first] = this.firstCount;
    if (this.more !== null && this.moreCounts !== null) {
      for (let i = 0; i < this.more.length; i++) record[this.more[i]] = this.moreCounts[i];
    }
    return record;
  }
}

/** Distinct values searched in order before an index is built. */
const INDEX_FROM = 8;
