/**
 * Per-word scores of one profile set, found by the word's place in a text: the caller hashes the word's code units
 * while it cuts the word, and a hit compares them in place. Scoring a text meets a hundred words, nearly all seen
 * before; copying each out of the text and hashing it again for a `Map` was most of the time a text took.
 *
 * Entry `e` keeps its `width` summed log-probabilities and then its n-gram count in `scores`, from
 * `e * (width + 1)` on. Past `capacity` words the table starts afresh, so a worker holds a few megabytes at most.
 */
export class WordScoreTable {
  /** Per slot, the entry plus one (0 for an empty slot); open addressing with linear probing. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly hashes: Int32Array;
  private readonly words: string[] = [];
  readonly scores: Float64Array;
  readonly stride: number;
  private size = 0;

  constructor(
    readonly width: number,
    private readonly capacity: number,
  ) {
    // At most half the slots in use keeps probe chains short.
    let slots = 1;
    while (slots < capacity * 2) slots *= 2;
    this.slots = new Int32Array(slots);
    this.mask = slots - 1;
    this.hashes = new Int32Array(capacity);
    this.stride = width + 1;
    this.scores = new Float64Array(capacity * this.stride);
  }

  /** The entry of the word `text.slice(start, end)` with hash `hash` (from `hashStep`), or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] === hash && sameWord(this.words[entry], text, start, end)) return entry;
    }
  }

  /** A new entry for `word` (not in the table) with zeroed scores, for the caller to fill. */
  add(word: string, hash: number): number {
    if (this.size >= this.capacity) {
      this.slots.fill(0);
      this.words.length = 0;
      this.size = 0;
    }
    const entry = this.size++;
    let slot = hash & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = entry + 1;
    this.hashes[entry] = hash;
    this.words[entry] = word;
    this.scores.fill(0, entry * this.stride, (entry + 1) * this.stride);
    return entry;
  }
}

/** FNV-1a offset basis: the hash of the empty word. */
export const EMPTY_HASH = 0x811c9dc5 | 0;

/** The hash of a word extended by one code unit (FNV-1a). */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
