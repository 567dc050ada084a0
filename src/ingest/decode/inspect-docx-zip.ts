import { inflateRawSync } from 'node:zlib';

/** One file inside a ZIP archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** What is wrong with a ZIP archive that is meant to be a Word file, or its entries when nothing is. */
export type ZipInspection =
  | { ok: true; entries: ZipEntry[]; xmlBytes: number }
  | { ok: false; problem: 'damaged' | 'too-large' | 'not-word'; detail: string };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/**
 * Checks a `.docx` ZIP container before mammoth opens it, so that a damaged or hostile file becomes a precise
 * message instead of an exception or an exhausted heap: the central directory must be complete, entries
 * unencrypted and stored or deflated, the XML parts (the only ones mammoth inflates; images are skipped) must
 * unpack to at most `xmlLimit` bytes in total, really unpack to their declared size (a zip bomb declares small
 * sizes) and match their CRC-32 (jszip does not check it by default, so a corrupted part would be read
 * silently as garbage).
 */
export function inspectDocxZip(bytes: Uint8Array, xmlLimit: number): ZipInspection {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return directory;
  const { entries, view } = directory;

  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('word/document.xml') && ![...names].some((name) => /^word\/[^/]+\.xml$/.test(name))) {
    const kind = describePackage(names);
    const detail = kind ? `it is ${kind}, not a Word document` : 'it is a ZIP archive without the Word document part `word/document.xml`';
    return { ok: false, problem: 'not-word', detail };
  }

  const xmlEntries = entries.filter((entry) => /\.(xml|rels)$/i.test(entry.name));
  const xmlBytes = xmlEntries.reduce((sum, entry) => sum + entry.size, 0);
  if (xmlBytes > xmlLimit) {
    return { ok: false, problem: 'too-large', detail: `its XML parts unpack to ${xmlBytes} bytes, over the limit of ${xmlLimit}` };
  }
  for (const entry of xmlEntries) {
    const problem = checkEntry(bytes, view, entry);
    if (problem) return { ok: false, problem: 'damaged', detail: `its part \`${entry.name}\` ${problem}` };
  }
  return { ok: true, entries, xmlBytes };
}

/**
 * What a ZIP archive is, in words for a message: a Word document, an Excel workbook, an OpenDocument
 * file…; `undefined` when its directory cannot be read or its kind is unknown.
 */
export function describeZipPackage(bytes: Uint8Array): string | undefined {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return undefined;
  return describePackage(new Set(directory.entries.map((entry) => entry.name)));
}

type ZipDirectory = { ok: true; entries: ZipEntry[]; view: DataView } | { ok: false; problem: 'damaged'; detail: string };

/** Reads the central directory of a ZIP archive (the list of its entries, at its end). */
function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) {
    return { ok: false, problem: 'damaged', detail: 'its ZIP directory is missing, so the file is probably cut short' };
  }
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) {
    return { ok: false, problem: 'damaged', detail: 'it uses ZIP64 extensions, which no Word file of an accepted size needs' };
  }
  if (directoryOffset + directorySize > eocd) {
    return { ok: false, problem: 'damaged', detail: 'its ZIP directory points past the end of the file, so the file is probably cut short' };
  }

  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > eocd || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      return { ok: false, problem: 'damaged', detail: `its ZIP directory is broken at entry ${index + 1} of ${count}` };
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.push({
      name,
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      crc32: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }

  return { ok: true, entries, view };
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes at the very end of the file.
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let offset = last; offset >= first; offset -= 1) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE && offset + 22 + view.getUint16(offset + 20, true) <= view.byteLength) {
      return offset;
    }
  }
  return -1;
}

function checkEntry(bytes: Uint8Array, view: DataView, entry: ZipEntry): string | undefined {
  if ((entry.flags & 0x1) !== 0) return 'is encrypted';
  if (entry.method !== 0 && entry.method !== 8) return `uses compression method ${entry.method}, which Word does not write`;
  const local = entry.localHeaderOffset;
  if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL_SIGNATURE) return 'is missing from the archive';
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return 'is cut short';
  const data = bytes.subarray(start, end);
  let content: Uint8Array;
  if (entry.method === 0) {
    content = data;
  } else {
    try {
      // One byte of slack tells "larger than declared" (a zip bomb's lie) from "exactly as declared".
      content = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ERR_BUFFER_TOO_LARGE' ? 'unpacks to more than its declared size' : 'cannot be unpacked (damaged data)';
    }
  }
  if (content.length !== entry.size) return `unpacks to ${content.length} bytes where ${entry.size} are declared`;
  if (crc32(content) !== entry.crc32) return 'fails its CRC-32 check (damaged data)';
  return undefined;
}

/** The kind of Office or OpenDocument package a ZIP archive is, by its entries; `undefined` when unknown. */
function describePackage(names: ReadonlySet<string>): string | undefined {
  if (names.has('word/document.xml')) return 'a Word document (give it the `.docx` extension)';
  if (names.has('xl/workbook.xml')) return 'an Excel workbook';
  if (names.has('ppt/presentation.xml')) return 'a PowerPoint presentation';
  if (names.has('content.xml') && names.has('mimetype')) return 'an OpenDocument file (LibreOffice; save it as `.docx`)';
  return undefined;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, as ZIP uses). Hand-written because `zlib.crc32` needs Node 20.15. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let index = 0; index < bytes.length; index += 1) crc = crcTable[(crc ^ bytes[index]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
