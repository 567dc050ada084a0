import zlib, { constants, deflateRaw } from 'node:zlib';

/**
 * A part's bytes are deflated in pieces of about this size, each in the thread pool as soon as it is complete,
 * while this thread writes the next rows. Each piece under way holds zlib's state and an output buffer (about
 * half a megabyte) until this thread next takes a callback, which it does only once the sheet is written: at
 * this size the 86 MB of parts at 10,000 articles are a few dozen pieces, enough for the cores to share.
 */
const PIECE_BYTES = 4 << 20;

/**
 * zlib's output buffer: XML deflates to about a seventh of its size at level 1, so two or three usually hold a
 * piece's (with zlib's 16 KB, dozens a piece were allocated, and that cost more than the deflating).
 */
const OUTPUT_CHUNK_BYTES = 256 << 10;

/** The zip's fixed numbers (APPNOTE.TXT 4.3): signatures, "version needed" 2.0 (deflate), method 8 (deflate). */
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20;
const DEFLATE = 8;

/** What a zip archive holds of a part once it is compressed. */
interface CompressedPart {
  name: string;
  crc: number;
  size: number;
  data: Buffer[];
}

/** A part being added: its pieces, compressed as they come, in order. */
class PartCompressor {
  private readonly pieces: Array<Promise<Buffer>> = [];
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private crc = 0;
  private size = 0;

  constructor(
    private readonly name: string,
    private readonly level: number,
  ) {}

  write(bytes: Buffer): void {
    // A large text (the shared strings) is cut into pieces without copying, to be deflated side by side.
    let at = 0;
    if (this.pendingBytes === 0) {
      for (; bytes.length - at >= 2 * PIECE_BYTES; at += PIECE_BYTES) this.compress(bytes.subarray(at, at + PIECE_BYTES), false);
    }
    this.pending.push(at === 0 ? bytes : bytes.subarray(at));
    this.pendingBytes += bytes.length - at;
    if (this.pendingBytes >= PIECE_BYTES) this.compressPending(false);
  }

  /** The part once every piece is compressed. */
  end(): Promise<CompressedPart> {
    this.compressPending(true);
    const { name, crc, size } = this;
    return Promise.all(this.pieces).then((data) => ({ name, crc, size, data }));
  }

  private compressPending(last: boolean): void {
    const piece = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.compress(piece, last);
  }

  /**
   * Each piece is a deflate stream of its own that ends on a full flush (byte-aligned, no reference to what
   * came before: pigz's layout), except the last, which ends the stream: one after the other, they are the
   * part's deflate stream.
   */
  private compress(piece: Buffer, last: boolean): void {
    this.crc = zlib.crc32(piece, this.crc);
    this.size += piece.length;
    const finishFlush = last ? constants.Z_FINISH : constants.Z_FULL_FLUSH;
    const compressed = new Promise<Buffer>((resolve, reject) =>
      deflateRaw(piece, { level: this.level, finishFlush, chunkSize: OUTPUT_CHUNK_BYTES }, (error, result) => (error ? reject(error) : resolve(result))),
    );
    // Observed here; a failure rejects `end`.
    compressed.catch(() => {});
    this.pieces.push(compressed);
  }
}

/** A source ExcelJS's streaming writer hands over: text, bytes, or its own stream of a sheet (`StreamBuf`). */
type PartSource = string | Buffer | { pipe(destination: { write(chunk: Buffer, done?: () => void): void; end(): void }): void };

/**
 * A zip archive of the parts ExcelJS's streaming workbook writer appends, in place of its archiver (see
 * `useZipParts`): each part is deflated in pieces in the thread pool as its bytes come, where the archiver
 * deflates the parts one after another, and only once this thread has written every row (the rows are written
 * without a pause), which left this thread idle for a second at 10,000 articles. The parts' bytes are what
 * ExcelJS gives; only the container differs: sizes in the local headers rather than after the data, and each
 * entry dated with the workbook's modification time (the archiver used the clock).
 */
export class ZipParts {
  private readonly parts: Array<Promise<CompressedPart>> = [];
  private readonly errorHandlers: Array<(error: unknown) => void> = [];

  constructor(
    private readonly output: { end(bytes: Buffer): void },
    private readonly modified: Date,
    /** The archiver's level: the fastest, where the default level took three times as long for a fifth less. */
    private readonly level = constants.Z_BEST_SPEED,
  ) {}

  /** Adds a part (ExcelJS's `zip.append`); a stream's bytes are taken as it writes them. */
  append(source: PartSource, options: { name: string }): void {
    // The archiver strips leading slashes, which ExcelJS puts on some names (`/xl/workbook.xml`).
    const compressor = new PartCompressor(options.name.replace(/^\/+/, ''), this.level);
    if (typeof source === 'string' || Buffer.isBuffer(source)) {
      compressor.write(typeof source === 'string' ? Buffer.from(source, 'utf8') : source);
      this.parts.push(compressor.end());
      return;
    }
    this.parts.push(
      new Promise<CompressedPart>((resolve, reject) => {
        source.pipe({
          write(chunk, done) {
            compressor.write(chunk);
            done?.();
          },
          end() {
            compressor.end().then(resolve, reject);
          },
        });
      }),
    );
    this.parts.at(-1)!.catch(() => {});
  }

  /** ExcelJS listens for the archiver's errors. */
  on(event: string, handler: (error: unknown) => void): this {
    if (event === 'error') this.errorHandlers.push(handler);
    return this;
  }

  /** Writes the archive to the output once every part is compressed (ExcelJS's `zip.finalize`). */
  finalize(): void {
    Promise.all(this.parts)
      .then((parts) => zipArchive(parts, this.modified))
      .then(
      (bytes) => this.output.end(bytes),
      (error: unknown) => {
        for (const handler of this.errorHandlers) handler(error);
      },
    );
  }
}

/** The archive: each part's local header and data, then the central directory and its end record. */
function zipArchive(parts: readonly CompressedPart[], modified: Date): Buffer {
  const { time, date } = dosDateTime(modified);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const compressedSize = part.data.reduce((sum, piece) => sum + piece.length, 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(compressedSize, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, name, ...part.data);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL_HEADER, 0);
    entry.writeUInt16LE(VERSION, 4);
    entry.writeUInt16LE(VERSION, 6);
    entry.writeUInt16LE(0, 8);
    entry.writeUInt16LE(DEFLATE, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(part.crc, 16);
    entry.writeUInt32LE(compressedSize, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(name.length, 28);
    // Extra field, comment, disk number, internal and external attributes: none.
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += local.length + name.length + compressedSize;
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  if (offset + centralSize > 0xffffffff || parts.length > 0xffff) {
    throw new Error(`The workbook is too large for a zip without its 64-bit extension (${parts.length} parts, ${offset} bytes).`);
  }
  return Buffer.concat([...chunks, ...central, end]);
}

/** MS-DOS time and date fields (local time, as zip tools read them; two-second steps; 1980 at the earliest). */
function dosDateTime(moment: Date): { time: number; date: number } {
  const year = Math.max(moment.getFullYear(), 1980);
  return {
    time: (moment.getHours() << 11) | (moment.getMinutes() << 5) | (moment.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((moment.getMonth() + 1) << 5) | moment.getDate(),
  };
}

/**
 * The parts of ExcelJS 4.4's streaming `WorkbookWriter` (`lib/stream/xlsx/workbook-writer.js`) the swap in
 * {@link useZipParts} touches. None is in ExcelJS's typings; `useZipParts` checks each is there.
 */
interface StreamingWorkbook {
  zip: { unpipe(destination: unknown): unknown; on(event: string, handler: () => void): unknown };
  stream: unknown;
  modified: Date;
  _worksheets: unknown[];
  addThemes(): Promise<void>;
  addOfficeRels(): Promise<void>;
  _openStream(path: string): unknown;
  _finalize(): Promise<unknown>;
}

/**
 * Puts a {@link ZipParts} writing to `output` in place of the archiver of ExcelJS's streaming writer, which
 * must have just been made on `output`, with no sheet yet: the archiver is cut off from `output` (it had queued
 * only the theme and the package relationships, which are appended again to the new zip). Returns false, and
 * changes nothing, when the writer does not look like ExcelJS 4.4's or Node has no `zlib.crc32` (before
 * 20.15): the archiver then writes the workbook, with the same parts.
 */
export function useZipParts(workbook: object, output: { end(bytes: Buffer): void }): boolean {
  const candidate = workbook as Partial<StreamingWorkbook>;
  if (
    typeof zlib.crc32 !== 'function' ||
    candidate.stream !== output ||
    typeof candidate.zip?.unpipe !== 'function' ||
    typeof candidate.zip.on !== 'function' ||
    !(candidate.modified instanceof Date) ||
    !Array.isArray(candidate._worksheets) ||
    candidate._worksheets.length > 0 ||
    typeof candidate.addThemes !== 'function' ||
    typeof candidate.addOfficeRels !== 'function' ||
    typeof candidate._openStream !== 'function' ||
    typeof candidate._finalize !== 'function'
  ) {
    return false;
  }
  const writer = candidate as StreamingWorkbook;
  writer.zip.unpipe(output);
  // The archiver is left unfinished and dropped; nothing it could still report concerns this workbook.
  writer.zip.on('error', () => {});
  const zip = new ZipParts(output, writer.modified);
  (writer as unknown as { zip: ZipParts }).zip = zip;
  void writer.addThemes();
  void writer.addOfficeRels();
  return true;
}
