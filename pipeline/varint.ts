// Unsigned integers as variable-length bytes (LEB128: seven bits a byte, low bits first, the high bit set on every
// byte but the last), the form of the evidence pack's blocks: most of their numbers (counts, bead numbers, table
// indices) are small, so most take one or two bytes instead of the four or eight of a fixed width.

/** The largest integer written: indices and counts stay far below it, and 31 bits keep the decoding in int32 arithmetic. */
export const MAX_VARINT = 0x7fffffff;

/** Whether `value` can be written by `ByteWriter.uint` and read back as the same number. */
export function isVarint(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_VARINT && !Object.is(value, -0);
}

/** Thrown when bytes do not decode as the writer laid them out (a block cut short, a byte out of range). */
export class PackFormatError extends Error {
  override name = 'PackFormatError';
}

/** Bytes written one integer at a time into a buffer that grows as needed. */
export class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  length = 0;

  /** Writes `value`, which the caller has checked with `isVarint`. */
  uint(value: number): void {
    if (this.length + 5 > this.bytes.length) this.grow();
    while (value > 0x7f) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.length++] = value;
  }

  /** The bytes written from `start` to `end` (a view: valid until the next write). */
  view(start = 0, end = this.length): Uint8Array {
    return this.bytes.subarray(start, end);
  }

  private grow(): void {
    const bigger = new Uint8Array(this.bytes.length * 2);
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }
}

/** Reads what a `ByteWriter` wrote, checking that every integer ends inside the bytes. */
export class ByteReader {
  at = 0;

  constructor(private readonly bytes: Uint8Array) {}

  uint(): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.at >= this.bytes.length) throw new PackFormatError('A block ends inside a number.');
      const byte = this.bytes[this.at++];
      // The fifth byte holds the top three of the 31 bits.
      if (shift === 28 && byte > 0x07) throw new PackFormatError('A number is out of range.');
      value |= (byte & 0x7f) << shift;
      if (byte < 0x80) return value;
    }
    throw new PackFormatError('A number is longer than five bytes.');
  }

  /** Bytes not read yet. */
  get remaining(): number {
    return this.bytes.length - this.at;
  }

  /** Whether every byte was read (a block read to its end, no more, no less). */
  get done(): boolean {
    return this.at === this.bytes.length;
  }
}
