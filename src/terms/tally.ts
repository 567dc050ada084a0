/**
 * Counts of string values in the order they were first seen, for the few distinct values one term gathers in a
 * document (its surface variants, its proposed canonical forms). A document has hundreds of terms with one or
 * two values each: arrays searched in order are much cheaper to make than a Map per term; past a few values an
 * index takes over the search.
 */
export class Tally {
  readonly values: string[];
  readonly counts: number[];
  private index: Map<string, number> | null = null;

  /** A tally that has seen `first` once (arrays start at their exact size: most tallies keep one value). */
  constructor(first: string) {
    this.values = [first];
    this.counts = [1];
  }

  /** A copy, to go on counting apart. */
  clone(): Tally {
    const copy = new Tally(this.values[0]);
    for (let i = 1; i < this.values.length; i++) copy.values.push(this.values[i]);
    for (let i = 0; i < this.counts.length; i++) copy.counts[i] = this.counts[i];
    return copy;
  }

  /** Adds one to the count of `value`. */
  add(value: string): void {
    const at = this.positionOf(value);
    if (at >= 0) {
      this.counts[at]++;
      return;
    }
    this.values.push(value);
    this.counts.push(1);
    this.index?.set(value, this.values.length - 1);
  }

  private positionOf(value: string): number {
    if (this.index) return this.index.get(value) ?? -1;
    const values = this.values;
    for (let i = 0; i < values.length; i++) if (values[i] === value) return i;
    if (values.length >= INDEX_FROM) this.index = new Map(values.map((v, i) => [v, i]));
    return -1;
  }

  /** The most frequent value; ties go to the one seen first. */
  mostFrequent(): string {
    let best = '';
    let bestCount = -1;
    for (let i = 0; i < this.values.length; i++) {
      if (this.counts[i] > bestCount) {
        best = this.values[i];
        bestCount = this.counts[i];
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
    for (let i = 0; i < this.values.length; i++) record[this.values[i]] = this.counts[i];
    return record;
  }
}

/** Distinct values searched in order before an index is built. */
const INDEX_FROM = 8;
