/**
 * A class of code points given by a one-character pattern (`/\p{L}/u`), answered from a table: each UTF-16 unit
 * is tested with the pattern once, on first sight, and every later test is an array read. Counting the letters of
 * every body paragraph with a `\p{L}+` pattern built a match per word; a text meets a few dozen distinct
 * characters.
 */
export class CodePointClass {
  /** Per BMP code unit: 1 in the class, 2 not, 0 not yet tested. */
  private readonly units = new Uint8Array(0x10000);
  /** Code points beyond the BMP (rare: mathematical letters, emoji), tested once each. */
  private readonly astral = new Map<number, boolean>();

  constructor(private readonly pattern: RegExp) {}

  /** True when the code point `code` (a lone surrogate included) is in the class. */
  has(code: number): boolean {
    if (code > 0xffff) {
      let known = this.astral.get(code);
      if (known === undefined) this.astral.set(code, (known = this.pattern.test(String.fromCodePoint(code))));
      return known;
    }
    let known = this.units[code];
    if (known === 0) this.units[code] = known = this.pattern.test(String.fromCharCode(code)) ? 1 : 2;
    return known === 1;
  }

  /** Code points of `text` in the class, a surrogate pair counted once (as a `u` pattern reads it). */
  count(text: string): number {
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      if (this.has(code)) count++;
    }
    return count;
  }
}
