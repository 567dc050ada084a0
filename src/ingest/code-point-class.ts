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
      const code = codePointAt(text, i);
      if (code > 0xffff) i++;
      if (this.has(code)) count++;
    }
    return count;
  }

  /** The end of the run of the class that starts at `start` of `text` (`start` itself when none starts there). */
  runEnd(text: string, start: number): number {
    let at = start;
    while (at < text.length) {
      const code = codePointAt(text, at);
      if (!this.has(code)) break;
      at += code > 0xffff ? 2 : 1;
    }
    return at;
  }

  /** True when a code point of `text[start, end)` is in the class. */
  hasAny(text: string, start = 0, end = text.length): boolean {
    for (let i = start; i < end; i++) {
      const code = codePointAt(text, i);
      if (code > 0xffff) i++;
      if (this.has(code)) return true;
    }
    return false;
  }

  /**
   * Maximal runs of the class in `text`, as a global `u` pattern `[…]+` finds them. With `atMost`, counting stops
   * past it (the answer is then `atMost + 1`): callers compare the count with a bound.
   */
  runs(text: string, atMost = Infinity): number {
    let runs = 0;
    let inRun = false;
    for (let i = 0; i < text.length && runs <= atMost; i++) {
      const code = codePointAt(text, i);
      if (code > 0xffff) i++;
      const member = this.has(code);
      if (member && !inRun) runs++;
      inRun = member;
    }
    return runs;
  }
}

/** The code point at `i` of `text`: a surrogate pair read as one, a lone surrogate as itself. */
export function codePointAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return code;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00) : code;
}

/** Letters (`\p{L}`): words are runs of them. */
export const LETTER = new CodePointClass(/^\p{L}$/u);

/** Code points of the Cyrillic script. */
export const CYRILLIC = new CodePointClass(/^\p{Script=Cyrillic}$/u);
