import iconv from 'iconv-lite';
import { scoreTextPlausibility } from './score-text-plausibility.js';
import { sequenceLength, validateUtf8 } from './validate-utf8.js';

/** Text that was UTF-8, read in an 8-bit code page and saved as UTF-8 again, and what it was. */
export interface Mojibake {
  /** The code page the text was wrongly read in (WHATWG-style label for messages). */
  via: string;
  /** The original text, when the whole file converts back; `undefined` when only parts are garbled. */
  repaired?: string;
  /** A garbled word and what it was, for the message. */
  example: { garbled: string; original: string };
  /** UTF-16 offset of the example in the garbled text. */
  offset: number;
}

/** The code pages a UTF-8 file is commonly misread in, with iconv-lite's names. */
const MISREADINGS: ReadonlyArray<{ via: string; iconvName: string }> = [
  { via: 'Windows-1251', iconvName: 'windows-1251' },
  { via: 'KZ-1048', iconvName: 'rk1048' },
  { via: 'Windows-1252', iconvName: 'windows-1252' },
  { via: 'KOI8-R', iconvName: 'koi8-r' },
  { via: 'IBM866', iconvName: 'cp866' },
];

/** Share of implausible words from which a UTF-8 text is worth testing for mojibake (real text: about 1 %). */
const SUSPECT_SHARE = 0.1;
/** Share of implausible words the original may have: real text has about 1 %. */
const PLAUSIBLE_SHARE = 0.05;
/** Characters scored to decide; mojibake is uniform, so the start of a file shows it. */
const SAMPLE_CHARS = 64 * 1024;

/**
 * Finds UTF-8 text that was once read in a legacy code page and saved again as UTF-8 (`РњР°Т›Р°Р»Р°РґР°`
 * for `Мақалада`), a common accident when files pass between systems. The test is exact, not a guess: the
 * garbled text must convert back to the code page without loss, the bytes must be valid UTF-8, and the
 * result must be far more plausible. Returns `undefined` for text that is not garbled.
 */
export function detectMojibake(text: string): Mojibake | undefined {
  const sample = text.slice(0, SAMPLE_CHARS);
  // Garbled text needs a line that converts back from some code page; most files have none in any, and are
  // cleared without scoring their words.
  if (!MISREADINGS.some(({ iconvName }) => someLineMayConvertBack(sample, iconvName))) return undefined;
  const before = scoreTextPlausibility(sample);
  // Misread UTF-8 shows as implausible words (Windows-1251: `РњР°`) or as symbols between single letters
  // (KOI8-R, IBM866: `п°п╟р⌡`, `╨Ь╨░`).
  const suspicious = before.badWords >= SUSPECT_SHARE * before.words || before.oddSymbols >= SUSPECT_SHARE * before.words;
  if (before.words === 0 || !suspicious) return undefined;
  for (const { via, iconvName } of MISREADINGS) {
    const garbledRun = findGarbledRun(sample, iconvName);
    if (!garbledRun) continue;
    const original = convertsBack(garbledRun.text, iconvName) ?? '';
    const after = scoreTextPlausibility(original);
    const runBefore = scoreTextPlausibility(garbledRun.text);
    // The original must read as plausible prose, not merely as less implausible: box-drawing tables also
    // convert back to valid UTF-8 (`┌──┐` in IBM866 is `ڄĿ`), into foreign letters.
    if (after.words === 0 || after.badWords > PLAUSIBLE_SHARE * after.words || after.cost * 1.5 > runBefore.cost) continue;
    const example = firstExample(garbledRun.text, iconvName);
    const offset = garbledRun.offset + (example ? garbledRun.text.indexOf(example.garbled) : 0);
    const repaired = convertsBack(text, iconvName);
    return { via, repaired, example: example ?? { garbled: garbledRun.text.slice(0, 20), original: original.slice(0, 20) }, offset };
  }
  return undefined;
}

/** A character the code page lacks, and one that several of its bytes decode to (which byte is unclear). */
const LACKING = 0x1ff;
const AMBIGUOUS = 0x2ff;
/** Per code page, the byte of each UTF-16 unit as `iconv.encode` writes it, `LACKING` or `AMBIGUOUS`; null when
 * the page is not one ASCII-compatible byte per character (then no line is ruled out). */
const byteTables = new Map<string, Uint16Array | null>();

function byteTableOf(iconvName: string): Uint16Array | null {
  let table = byteTables.get(iconvName);
  if (table === undefined) {
    const chars = iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, byte) => byte)), iconvName);
    const bytes = new Uint16Array(0x10000).fill(LACKING);
    for (let byte = 0; byte < chars.length; byte++) {
      const unit = chars.charCodeAt(byte);
      bytes[unit] = bytes[unit] === LACKING ? byte : AMBIGUOUS;
    }
    let asciiCompatible = chars.length === 256;
    for (let byte = 0; byte < 0x80; byte++) if (bytes[byte] !== byte) asciiCompatible = false;
    table = asciiCompatible ? bytes : null;
    byteTables.set(iconvName, table);
  }
  return table;
}

const NON_ASCII_FROM = /[\u0080-\uffff]/g;

/**
 * Whether some line of `text` may convert back from the code page (see `convertsBack`): every character of it
 * in the page and its bytes well-formed UTF-8 with a multi-byte character. A single-byte code page gives one
 * byte per character; a C1 control stands for its own byte, as in `encodeBack`. Only a necessary condition (the
 * round trip is not checked), so a `false` is certain. Lines of real text fail at their first non-ASCII letter.
 */
function someLineMayConvertBack(text: string, iconvName: string): boolean {
  const table = byteTableOf(iconvName);
  if (!table) return true;
  const scratch = new Uint8Array(4);
  let from = 0;
  for (;;) {
    // The next line with a non-ASCII character; everything before that character is ASCII.
    NON_ASCII_FROM.lastIndex = from;
    const found = NON_ASCII_FROM.exec(text);
    if (!found) return false;
    let lineEnd = text.indexOf('\n', found.index);
    if (lineEnd < 0) lineEnd = text.length;
    let at = found.index;
    let multibyte = false;
    let wellFormed = true;
    while (at < lineEnd) {
      const lead = text.charCodeAt(at);
      if (lead < 0x80) {
        at++;
        continue;
      }
      // The next four bytes, a line feed standing for the end of the line (it ends any sequence alike).
      for (let k = 0; k < 4; k++) {
        const code = at + k < lineEnd ? text.charCodeAt(at + k) : 0x0a;
        const byte = code >= 0x80 && code <= 0x9f ? code : table[code];
        if (byte === AMBIGUOUS) return true;
        scratch[k] = byte === LACKING ? 0xff : byte;
      }
      const length = sequenceLength(scratch, 0);
      if (length === 0) {
        wellFormed = false;
        break;
      }
      multibyte = true;
      at += length;
    }
    if (wellFormed && multibyte) return true;
    from = lineEnd + 1;
  }
}

/** The text behind the whole of `text`, when all of it converts back losslessly to valid UTF-8. */
function convertsBack(text: string, iconvName: string): string | undefined {
  const bytes = encodeBack(text, iconvName);
  if (!bytes) return undefined;
  const scan = validateUtf8(bytes);
  if (!scan.valid || scan.multibyte === 0) return undefined;
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/**
 * Encodes `text` in the code page, or `undefined` when some character has no byte there. A C1 control
 * character stands for the byte of the same value: Windows maps the bytes a code page leaves undefined
 * (0x98 in Windows-1251, where UTF-8 `И` has its second byte) to those characters when it misreads a file.
 */
function encodeBack(text: string, iconvName: string): Uint8Array | undefined {
  const parts: Uint8Array[] = [];
  let length = 0;
  for (const piece of text.split(/([\u0080-\u009f])/)) {
    if (piece.length === 0) continue;
    let bytes: Uint8Array;
    if (piece.length === 1 && piece.charCodeAt(0) >= 0x80 && piece.charCodeAt(0) <= 0x9f) {
      bytes = Uint8Array.of(piece.charCodeAt(0));
    } else {
      bytes = iconv.encode(piece, iconvName);
      if (iconv.decode(Buffer.from(bytes), iconvName) !== piece) return undefined;
    }
    parts.push(bytes);
    length += bytes.length;
  }
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/**
 * The longest line of the sample that converts back to valid UTF-8 with non-ASCII characters: a garbled
 * stretch even when the rest of the file is fine.
 */
function findGarbledRun(sample: string, iconvName: string): { text: string; offset: number } | undefined {
  let best: { text: string; offset: number } | undefined;
  let offset = 0;
  for (const line of sample.split('\n')) {
    if (/[\u0080-\uffff]/.test(line) && (!best || line.length > best.text.length) && convertsBack(line, iconvName) !== undefined) {
      best = { text: line, offset };
    }
    offset += line.length + 1;
  }
  return best;
}

function firstExample(line: string, iconvName: string): { garbled: string; original: string } | undefined {
  for (const match of line.matchAll(/\S{4,}/g)) {
    const garbled = match[0];
    if (!/[\u0080-\uffff]/.test(garbled)) continue;
    const original = convertsBack(garbled, iconvName);
    if (original && original !== garbled) return { garbled, original };
  }
  return undefined;
}
