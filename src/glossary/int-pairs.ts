/** Pairs of integers in a growing typed array (millions of them: far smaller than arrays of numbers, and outside the heap). */
export class IntPairs {
  private data = new Int32Array(1 << 10);
  private length = 0;

  push(first: number, second: number): void {
    if (this.length + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = first;
    this.data[this.length++] = second;
  }

  /**
   * The second values grouped by the first (which are below `groups`), in the order pushed within a group:
   * group g's values are `values[start[g]]` up to `start[g + 1]`.
   */
  groupByFirst(groups: number): [start: Int32Array, values: Int32Array] {
    return this.group(0, groups);
  }

  /** `groupByFirst` the other way round: the first values grouped by the second (below `groups`). */
  groupBySecond(groups: number): [start: Int32Array, values: Int32Array] {
    return this.group(1, groups);
  }

  /** The values at `1 - side` of each pair grouped by those at `side`, by counting then placing. */
  private group(side: 0 | 1, groups: number): [start: Int32Array, values: Int32Array] {
    const start = new Int32Array(groups + 1);
    for (let i = side; i < this.length; i += 2) start[this.data[i] + 1]++;
    for (let g = 0; g < groups; g++) start[g + 1] += start[g];
    const next = start.slice(0, groups);
    const values = new Int32Array(this.length / 2);
    for (let i = 0; i < this.length; i += 2) values[next[this.data[i + side]]++] = this.data[i + 1 - side];
    return [start, values];
  }
}
