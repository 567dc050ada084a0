/** Beyond this many forms, a term's counts move into a map (a scan of a short list beats hashing). */
const LIST_LIMIT = 8;

/**
 * Counts per written form of one corpus term (canonical votes, surface variants), in the order first seen. A
 * term has one to a few forms, and merging the evidence of 10,000 articles adds millions of counts: a short list
 * compared by string equality (the evidence pack shares its strings, so mostly by identity) costs far less than a
 * map per term and per kind of count, whose hashing and tables were a fifth of that merge.
 */
export class FormCounts implements Iterable<[form: string, count: number]> {
  private forms: string[] = [];
  private counts: number[] = [];
  private map: Map<string, number> | null = null;

  add(form: string, count: number): void {
    if (this.map !== null) {
      this.map.set(form, (this.map.get(form) ?? 0) + count);
      return;
    }
    const forms = this.forms;
    for (let i = 0; i < forms.length; i++) {
      if (forms[i] === form) {
        this.counts[i] += count;
        return;
      }
    }
    if (forms.length < LIST_LIMIT) {
      forms.push(form);
      this.counts.push(count);
      return;
    }
    this.map = new Map(forms.map((known, i) => [known, this.counts[i]]));
    this.map.set(form, count);
    this.forms = [];
    this.counts = [];
  }

  get size(): number {
    return this.map?.size ?? this.forms.length;
  }

  *[Symbol.iterator](): IterableIterator<[form: string, count: number]> {
    if (this.map !== null) {
      yield* this.map;
      return;
    }
    for (let i = 0; i < this.forms.length; i++) yield [this.forms[i], this.counts[i]];
  }
}
