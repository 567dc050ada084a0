import { assertMaxBytes, checkFileSize, DEFAULT_MAX_BYTES } from './check-file-size.js';
import { decodeDocx } from './decode-docx.js';
import { decodeText } from './decode-text.js';
import { detectFormat } from './detect-format.js';
import type { DecodeOptions, DecodeResult } from './types.js';

export type { DecodeFailure, DecodeOptions, DecodeResult, DecodeSuccess, EncodingName, InputFormat } from './types.js';
export { checkFileSize, DEFAULT_MAX_BYTES, formatBytes } from './check-file-size.js';
export { detectFormat } from './detect-format.js';
export { encodingLabel } from './decode-text.js';

/** Version of the decoder's output: bump it whenever the text or messages change for the same bytes. */
export const version = 1;

/**
 * Reads one input file as text, in full or not at all. `.docx` files are converted to Markdown-like text
 * (headings `#`, bold `**`, italics `*`, paragraphs separated by blank lines); any other file is decoded
 * from UTF-8, UTF-16 or UTF-32 (with or without byte-order mark) or a Cyrillic 8-bit code page
 * (Windows-1251, KZ-1048, KOI8-R, …), which is guessed and reported. Files that are too large, empty,
 * binary, undecodable or damaged Word files are refused with a message naming the file.
 *
 * Never throws for bad input: every problem is a message. Throws only for a bad `maxBytes` option.
 *
 * @param bytes the whole file.
 * @param fileName the file's path as reports should name it; its extension selects the format.
 */
export async function decodeInput(bytes: Uint8Array, fileName: string, options: DecodeOptions = {}): Promise<DecodeResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  assertMaxBytes(maxBytes);
  const tooLarge = checkFileSize(bytes.length, fileName, maxBytes);
  if (tooLarge) return { ok: false, messages: [tooLarge] };
  const format = detectFormat(fileName);
  try {
    if (format === 'docx') return await decodeDocx(bytes, fileName, maxBytes);
    return decodeText(bytes, fileName, format);
  } catch (error) {
    // The steps above turn every known problem into a message; this keeps an unforeseen one from stopping
    // a batch of a thousand files, and still names the file.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      messages: [{ ruleId: 'read-failed', severity: 'fatal', reason: `Expected to read \`${fileName}\`, but decoding failed unexpectedly (${detail}); it was skipped.` }],
    };
  }
}
