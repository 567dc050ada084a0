import iconv from 'iconv-lite';
import type { StageMessage } from '../../model/message.js';
import { decodeUnicode } from './decode-unicode.js';
import { findControlCharacters } from './find-control-characters.js';
import { describeZipPackage } from './inspect-docx-zip.js';
import { iconvNameOf, rankLegacyEncodings } from './rank-legacy-encodings.js';
import { readByteOrderMark } from './read-byte-order-mark.js';
import { detectMojibake } from './repair-mojibake.js';
import { scoreTextPlausibility } from './score-text-plausibility.js';
import { sniffFileSignature } from './sniff-file-signature.js';
import type { DecodeResult, EncodingCandidate, EncodingName, InputFormat } from './types.js';
import { validateUtf8 } from './validate-utf8.js';

/**
 * Share of implausible words above which a guessed decoding is rejected. Real articles stay far below it
 * (mixed-script homoglyph words, foreign names and formulas: about 1 % of words in the seeds); a file whose
 * every code page gives word salad is undecodable or a mix of encodings, and reading it would be half-reading.
 */
export const MAX_BAD_WORD_SHARE = 0.2;
/**
 * Share of stray control characters above which a text is binary data rather than damaged text (random
 * bytes are 12 % controls), with a floor of a few so that a short note with one stray byte is still read.
 */
export const MAX_CONTROL_SHARE = 0.005;
const MIN_CONTROLS_FOR_BINARY = 4;

function tooManyControls(count: number, length: number): boolean {
  return count > Math.max(MIN_CONTROLS_FOR_BINARY, MAX_CONTROL_SHARE * length);
}
/**
 * Cost gap (nats) under which the runner-up encoding is a real possibility: about one letter's worth of
 * evidence, e.g. a single byte that is `ә` in KZ-1048 and `ј` in Windows-1251.
 */
const UNCERTAIN_GAP = 8;
/** UTF-16 code units scored to choose the byte order. */
const UTF16_SAMPLE_UNITS = 128 * 1024;

const LABELS: Record<EncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'utf-32le': 'UTF-32 LE',
  'utf-32be': 'UTF-32 BE',
  'windows-1251': 'Windows-1251',
  'kz-1048': 'KZ-1048',
  pt154: 'PT154',
  'koi8-r': 'KOI8-R',
  'x-mac-cyrillic': 'Mac Cyrillic',
  ibm866: 'IBM866 (DOS)',
  'windows-1252': 'Windows-1252',
};

/** A person's name for an encoding, for messages (`KZ-1048`, `UTF-16 LE`). */
export function encodingLabel(encoding: EncodingName): string {
  return LABELS[encoding];
}

/**
 * Reads a text file (`.md`, `.txt` or any other name) in full or not at all. The order of evidence: a
 * byte-order mark; the magic bytes of a binary format; NUL bytes (UTF-16 without a mark, or binary); strict
 * UTF-8; and only then a guess among 8-bit Cyrillic code pages (see `rank-legacy-encodings.ts`).
 */
export function decodeText(bytes: Uint8Array, fileName: string, format: Exclude<InputFormat, 'docx'>): DecodeResult {
  if (bytes.length === 0) {
    return refuse('empty-file', 'warning', `Expected \`${fileName}\` to hold text, found an empty file (0 bytes); it was skipped.`);
  }

  const bom = readByteOrderMark(bytes);
  if (bom) {
    const decoded = decodeUnicode(bytes, bom.encoding, bom.length);
    if (!decoded.ok) {
      return refuse('undecodable-text', 'fatal', `Expected \`${fileName}\` to be valid ${LABELS[bom.encoding]} as its byte-order mark says, found ${describeBadByte(bytes, decoded.badByte, decoded.prefix)}; it was skipped.`);
    }
    return finish(decoded.text, bom.encoding, true, [], fileName, format, true);
  }

  const signature = sniffFileSignature(bytes);
  if (signature) {
    const ruleId = signature.markup ? 'unsupported-format' : 'binary-file';
    // A ZIP archive says what it is by its entries: a Word file without its extension, an OpenDocument file.
    const contents = signature.zip ? describeZipPackage(bytes) : undefined;
    const hint = !contents && signature.hint ? ` ${signature.hint}` : '';
    const found = contents ? `a ZIP archive holding ${contents}` : signature.description;
    return refuse(ruleId, 'fatal', `Expected \`${fileName}\` to be a text file, found ${found}; it was skipped.${hint}`);
  }

  const scan = validateUtf8(bytes);
  const asciiControls = countAsciiControls(bytes);
  if (scan.hasNul || tooManyControls(asciiControls, bytes.length)) {
    // UTF-16 text holds NULs (ASCII characters) or 0x04 bytes (Cyrillic): try both byte orders before
    // calling the file binary.
    const utf16 = guessUtf16(bytes);
    if (utf16) {
      const note = guessNote(fileName, utf16, [], 'it has no byte-order mark, but its bytes give plausible text in this byte order only');
      return finish(utf16.text, utf16.encoding, false, [note], fileName, format, true);
    }
    const what = scan.hasNul ? 'NUL bytes' : `${asciiControls} control characters`;
    return refuse('binary-file', 'fatal', `Expected \`${fileName}\` to be a text file, found binary data (${what}, first at byte ${firstAsciiControl(bytes)}) that is neither UTF-8 nor UTF-16 text; it was skipped.`);
  }

  if (scan.valid) {
    const decoded = decodeUnicode(bytes, 'utf-8');
    if (decoded.ok) return finish(decoded.text, 'utf-8', false, [], fileName, format, true);
  }
  if (scan.multibyte > scan.invalid) {
    // Mostly well-formed UTF-8 with a few broken bytes: a damaged UTF-8 file, not a legacy code page.
    const decoded = decodeUnicode(bytes, 'utf-8');
    const place = decoded.ok ? 'a broken byte' : describeBadByte(bytes, decoded.badByte, decoded.prefix);
    return refuse('undecodable-text', 'fatal', `Expected \`${fileName}\` to be valid UTF-8 (${scan.multibyte} of its characters are), found ${scan.invalid} broken sequence${scan.invalid === 1 ? '' : 's'}, the first ${place}; it was skipped rather than read in part.`);
  }

  const ranked = rankLegacyEncodings(bytes);
  const best = ranked[0];
  if (!best || isImplausible(best)) {
    const detail = best
      ? `the best reading, ${LABELS[best.encoding]}, gives ${plural(best.badWords, 'implausible word')} of ${best.words} (such as ${quoteList(best.badWordSamples)})`
      : 'every code page leaves some bytes undefined';
    return refuse('undecodable-text', 'fatal', `Expected \`${fileName}\` to be UTF-8 or a Cyrillic code page (Windows-1251, KZ-1048, KOI8-R, …), found bytes that are neither: ${detail}; it was skipped.`);
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), iconvNameOf(best.encoding));
  const note = guessNote(fileName, best, ranked.slice(1), 'it is not UTF-8 and has no byte-order mark; this code page gives the most plausible Kazakh, Russian and English words');
  return finish(text, best.encoding, false, [note], fileName, format);
}

function guessUtf16(bytes: Uint8Array): EncodingCandidate | undefined {
  const candidates: EncodingCandidate[] = [];
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const decoded = decodeUnicode(bytes, encoding);
    if (!decoded.ok) continue;
    const controls = findControlCharacters(decoded.text, 0);
    if (tooManyControls(controls.count, decoded.text.length)) continue;
    // The two byte orders read every character differently, so a sample decides as well as the whole.
    const score = scoreTextPlausibility(decoded.text.slice(0, UTF16_SAMPLE_UNITS));
    const candidate = { encoding, text: decoded.text, cost: score.cost, badWords: score.badWords, words: score.words, badWordSamples: score.badWordSamples };
    if (!isImplausible(candidate)) candidates.push(candidate);
  }
  candidates.sort((a, b) => a.cost - b.cost);
  return candidates[0];
}

function isImplausible(candidate: EncodingCandidate): boolean {
  // No words at all (digits and punctuation only) is not evidence against the encoding.
  return candidate.words > 0 && candidate.badWords > MAX_BAD_WORD_SHARE * candidate.words;
}

/**
 * The note on a guessed encoding: `info` when the guess is clear, an `encoding-uncertain` warning when a
 * different reading of the same bytes scores nearly as well.
 */
function guessNote(fileName: string, chosen: EncodingCandidate, others: readonly EncodingCandidate[], why: string): StageMessage {
  const rival = others.find((other) => other.text !== chosen.text);
  const label = LABELS[chosen.encoding];
  if (rival && rival.cost - chosen.cost < UNCERTAIN_GAP) {
    return {
      ruleId: 'encoding-uncertain',
      severity: 'warning',
      reason: `Read \`${fileName}\` as ${label}, but ${LABELS[rival.encoding]} is almost as plausible; check the letters of this file, or save it as UTF-8.`,
      actual: chosen.encoding,
      expected: 'utf-8',
    };
  }
  // Contrast with Windows-1251, the usual reading, when it differs: that is the confusion people know.
  const reference = others.find((other) => other.encoding === 'windows-1251' && other.text !== chosen.text) ?? rival;
  const contrast = reference && reference.badWords > chosen.badWords
    ? ` (${LABELS[reference.encoding]} would give ${plural(reference.badWords, 'implausible word')} such as ${quoteList(reference.badWordSamples.slice(0, 2))})`
    : '';
  return {
    ruleId: 'encoding-guessed',
    severity: 'info',
    reason: `Read \`${fileName}\` as ${label}: ${why}${contrast}.`,
    actual: chosen.encoding,
  };
}

/**
 * Checks a decoded text for emptiness and stray control characters, and a Unicode text for mojibake, then
 * returns it.
 */
function finish(decodedText: string, encoding: EncodingName, bom: boolean, messages: StageMessage[], fileName: string, format: Exclude<InputFormat, 'docx'>, unicode = false): DecodeResult {
  const found = [...messages];
  let text = decodedText;
  const mojibake = unicode ? detectMojibake(text) : undefined;
  if (mojibake?.repaired !== undefined) {
    text = mojibake.repaired;
    found.push({
      ruleId: 'mojibake-repaired',
      severity: 'warning',
      reason: `\`${fileName}\` holds ${LABELS[encoding]} text that was once read as ${mojibake.via} and saved again (\`${mojibake.example.garbled}\` for \`${mojibake.example.original}\`); it was read as the original text. Fix the file at its source.`,
      actual: mojibake.example.garbled,
      expected: mojibake.example.original,
    });
  } else if (mojibake) {
    found.push({
      ruleId: 'mojibake-suspected',
      severity: 'warning',
      reason: `Parts of \`${fileName}\` look like text that was read as ${mojibake.via} and saved again (\`${mojibake.example.garbled}\` would be \`${mojibake.example.original}\`); they were kept as they are. Fix the file at its source.`,
      range: { start: mojibake.offset, end: mojibake.offset + mojibake.example.garbled.length },
      actual: mojibake.example.garbled,
      expected: mojibake.example.original,
    });
  }
  if (text.trim().length === 0) {
    return refuse('empty-file', 'warning', `Expected \`${fileName}\` to hold text, found only ${text.length} blank character${text.length === 1 ? '' : 's'}; it was skipped.`);
  }
  const controls = findControlCharacters(text);
  if (tooManyControls(controls.count, text.length)) {
    return refuse('binary-file', 'fatal', `Expected \`${fileName}\` to be a text file, found ${controls.count} control characters among ${text.length} characters (binary data); it was skipped.`);
  }
  for (const offset of controls.offsets) {
    const code = text.charCodeAt(offset);
    found.push({
      ruleId: 'control-character',
      severity: 'warning',
      reason: `Expected text in \`${fileName}\`, found the control character U+${hex(code, 4)} here; it was kept, but it is probably damage.`,
      range: { start: offset, end: offset + 1 },
      actual: `U+${hex(code, 4)}`,
    });
  }
  if (controls.count > controls.offsets.length) {
    found.push({
      ruleId: 'control-character',
      severity: 'warning',
      reason: `\`${fileName}\` has ${controls.count - controls.offsets.length} more control characters than the ${controls.offsets.length} reported.`,
    });
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) {
    found.push({
      ruleId: 'replacement-character',
      severity: 'warning',
      reason: `\`${fileName}\` already contains the replacement character U+FFFD: some letters were lost when the file was converted before it reached tilmash.`,
      range: { start: replacement, end: replacement + 1 },
    });
  }
  return { ok: true, text, encoding, format, bom, messages: found };
}

function countAsciiControls(bytes: Uint8Array): number {
  let count = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) count += 1;
  }
  return count;
}

function firstAsciiControl(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) return index;
  }
  return -1;
}

/** `the byte 0xC3 at line 4, column 17 (byte offset 230)`, from the text that decoded before it. */
function describeBadByte(bytes: Uint8Array, offset: number, prefix: string): string {
  const lineStart = prefix.lastIndexOf('\n') + 1;
  const line = (prefix.match(/\n/g)?.length ?? 0) + 1;
  const column = prefix.length - lineStart + 1;
  const value = offset < bytes.length ? `the byte 0x${hex(bytes[offset], 2)}` : 'an incomplete character at the end';
  return `${value} at line ${line}, column ${column} (byte offset ${offset})`;
}

function hex(value: number, width: number): string {
  return value.toString(16).toUpperCase().padStart(width, '0');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function quoteList(words: readonly string[]): string {
  return words.map((word) => `\`${word}\``).join(', ');
}

function refuse(ruleId: string, severity: StageMessage['severity'], reason: string): DecodeResult {
  return { ok: false, messages: [{ ruleId, severity, reason }] };
}
