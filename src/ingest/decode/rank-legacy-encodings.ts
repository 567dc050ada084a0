import iconv from 'iconv-lite';
import { isStrayControl } from './find-control-characters.js';
import { scoreTextPlausibility } from './score-text-plausibility.js';
import type { EncodingCandidate, EncodingName } from './types.js';

/** An 8-bit code page the decoder tries, with iconv-lite's name for it. */
interface CodePage {
  encoding: EncodingName;
  iconvName: string;
  /**
   * Evidence (nats) a code page needs before it beats Windows-1251: how rare it is among the files Kazakh
   * journals receive. Mac Cyrillic differs from Windows-1251 mostly in capitals, so one short sentence can
   * look like either; the prior keeps such a sentence in the common code page.
   */
  prior: number;
}

/**
 * The 8-bit code pages Kazakh, Russian and English files come in, most common first: on a tie (the bytes
 * decode to the same text, as a Russian file without Kazakh letters does in Windows-1251 and KZ-1048) the
 * earlier one is named. PT154 is the older Kazakh code page that jschardet also proposes.
 */
export const CODE_PAGES: readonly CodePage[] = [
  { encoding: 'windows-1251', iconvName: 'windows-1251', prior: 0 },
  { encoding: 'kz-1048', iconvName: 'rk1048', prior: 0 },
  { encoding: 'pt154', iconvName: 'pt154', prior: 4 },
  { encoding: 'koi8-r', iconvName: 'koi8-r', prior: 2 },
  { encoding: 'x-mac-cyrillic', iconvName: 'maccyrillic', prior: 5 },
  { encoding: 'ibm866', iconvName: 'cp866', prior: 4 },
  { encoding: 'windows-1252', iconvName: 'windows-1252', prior: 2 },
];

/** iconv-lite's name for an encoding the decoder reports. */
export function iconvNameOf(encoding: EncodingName): string {
  return CODE_PAGES.find((page) => page.encoding === encoding)?.iconvName ?? encoding;
}

/**
 * Bytes of text lines that hold non-ASCII bytes, up to this many: only those lines tell code pages apart
 * (ASCII reads the same in all of them), and a budget keeps a 20 MiB file from being decoded seven times.
 */
const SAMPLE_BUDGET = 256 * 1024;

/**
 * Decodes `bytes` with each 8-bit code page and ranks the results by plausibility, best first. A code page
 * that leaves a byte undefined (U+FFFD) or turns it into a C1 control character cannot be the file's
 * encoding and is left out. Scoring uses a sample of the informative lines; see {@link CODE_PAGES} for ties.
 */
export function rankLegacyEncodings(bytes: Uint8Array): EncodingCandidate[] {
  const sample = sampleInformativeLines(bytes, SAMPLE_BUDGET);
  const ranked: Array<EncodingCandidate & { order: number }> = [];
  CODE_PAGES.forEach((page, order) => {
    const text = iconv.decode(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength), page.iconvName);
    if (hasImpossibleCharacter(text)) return;
    const score = scoreTextPlausibility(text);
    ranked.push({
      encoding: page.encoding,
      text,
      cost: score.cost + page.prior,
      badWords: score.badWords,
      words: score.words,
      badWordSamples: score.badWordSamples,
      order,
    });
  });
  // Identical texts score identically, so equal costs fall back to the code-page order.
  ranked.sort((a, b) => a.cost - b.cost || a.order - b.order);
  return ranked.map(({ order: _order, ...candidate }) => candidate);
}

function hasImpossibleCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0xfffd || (code >= 0x80 && isStrayControl(code))) return true;
  }
  return false;
}

/**
 * The lines of `bytes` that contain a byte above 0x7F, concatenated (with their line ends), up to `budget`
 * bytes; the whole input when it is within the budget.
 */
export function sampleInformativeLines(bytes: Uint8Array, budget: number): Uint8Array {
  if (bytes.length <= budget) return bytes;
  const parts: Uint8Array[] = [];
  let used = 0;
  let lineStart = 0;
  let informative = false;
  for (let index = 0; index <= bytes.length && used < budget; index += 1) {
    const byte = index < bytes.length ? bytes[index] : 0x0a;
    if (byte >= 0x80) informative = true;
    if (byte !== 0x0a) continue;
    const end = Math.min(index + 1, bytes.length, lineStart + (budget - used));
    if (informative) {
      parts.push(bytes.subarray(lineStart, end));
      used += end - lineStart;
    }
    lineStart = index + 1;
    informative = false;
  }
  if (parts.length === 0) return bytes.subarray(0, budget);
  const sample = new Uint8Array(used);
  let offset = 0;
  for (const part of parts) {
    sample.set(part, offset);
    offset += part.length;
  }
  return sample;
}
