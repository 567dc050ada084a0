/**
 * A file type recognised by the magic bytes at its start. Text editors never write these bytes, so a match
 * means the file is not text, whatever its extension says.
 */
export interface FileSignature {
  /** Short name for messages, e.g. `a PDF document`. */
  description: string;
  /** What to do instead, for the message; empty when there is nothing useful to say. */
  hint: string;
  /** True for ZIP containers, which a `.docx` is. */
  zip: boolean;
  /** True for formats that are text underneath but not prose (RTF): refused as unsupported, not as binary. */
  markup?: boolean;
}

interface SignatureRule extends FileSignature {
  offset: number;
  bytes: readonly number[];
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

// Only signatures of four bytes or more (or three fully non-text bytes): shorter ones such as `BM` (bitmap)
// are ordinary text starts and would refuse real articles.
const SIGNATURES: readonly SignatureRule[] = [
  { offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04], zip: true, description: 'a ZIP archive', hint: 'If it is a Word document, give it the `.docx` extension.' },
  { offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06], zip: true, description: 'an empty ZIP archive', hint: '' },
  { offset: 0, bytes: [0x50, 0x4b, 0x07, 0x08], zip: true, description: 'a spanned ZIP archive', hint: '' },
  { offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], zip: false, description: 'a legacy Office file (Word 97-2003 `.doc`, or a password-protected `.docx`)', hint: 'Save it from Word as `.docx` without a password.' },
  { offset: 0, bytes: ascii('%PDF-'), zip: false, description: 'a PDF document', hint: 'Convert it to `.docx` or text first.' },
  { offset: 0, bytes: ascii('{\\rtf'), zip: false, description: 'an RTF document', hint: 'Save it as `.docx` or plain text.', markup: true },
  { offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], zip: false, description: 'a PNG image', hint: '' },
  { offset: 0, bytes: [0xff, 0xd8, 0xff], zip: false, description: 'a JPEG image', hint: '' },
  { offset: 0, bytes: ascii('GIF87a'), zip: false, description: 'a GIF image', hint: '' },
  { offset: 0, bytes: ascii('GIF89a'), zip: false, description: 'a GIF image', hint: '' },
  { offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00], zip: false, description: 'a TIFF image', hint: '' },
  { offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a], zip: false, description: 'a TIFF image', hint: '' },
  { offset: 0, bytes: [0x1f, 0x8b, 0x08], zip: false, description: 'a gzip archive', hint: 'Unpack it first.' },
  { offset: 0, bytes: ascii('Rar!\x1a\x07'), zip: false, description: 'a RAR archive', hint: 'Unpack it first.' },
  { offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], zip: false, description: 'a 7-Zip archive', hint: 'Unpack it first.' },
  { offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46], zip: false, description: 'an executable (ELF)', hint: '' },
  { offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe], zip: false, description: 'an executable (Mach-O)', hint: '' },
  { offset: 8, bytes: ascii('WEBP'), zip: false, description: 'a WebP image', hint: '' },
  { offset: 4, bytes: ascii('ftyp'), zip: false, description: 'a video or HEIF image', hint: '' },
  { offset: 0, bytes: ascii('OggS'), zip: false, description: 'an Ogg media file', hint: '' },
  { offset: 0, bytes: ascii('SQLite format 3\0'), zip: false, description: 'an SQLite database', hint: '' },
];

/** Returns the file type whose magic bytes start `bytes`, or `undefined` for anything that may be text. */
export function sniffFileSignature(bytes: Uint8Array): FileSignature | undefined {
  for (const rule of SIGNATURES) {
    if (bytes.length < rule.offset + rule.bytes.length) continue;
    // RIFF and ISO media containers keep their type tag after a header; check the header too.
    if (rule.offset === 8 && !startsWith(bytes, ascii('RIFF'), 0)) continue;
    if (rule.offset === 4 && bytes[0] !== 0) continue;
    if (startsWith(bytes, rule.bytes, rule.offset)) {
      return { description: rule.description, hint: rule.hint, zip: rule.zip, markup: rule.markup === true };
    }
  }
  return undefined;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset: number): boolean {
  for (let index = 0; index < prefix.length; index += 1) {
    if (bytes[offset + index] !== prefix[index]) return false;
  }
  return true;
}
