// A pack: one cache file holding a block of bytes per document, keyed by the document's cache key, for the
// corpus stages to read in one go instead of one file per document (10,000 opens, reads and parses). What a
// block holds is the caller's (see evidence-pack.ts, sections-pack.ts); this file keeps the blocks whole.
//
// Both packs are read and written a chunk of about a megabyte at a time, as the documents come: a pack of
// 100 MB read whole, or assembled whole before it is written, stayed in memory as garbage (its bytes are
// outside the heap) while the glossary was linked, where the build's memory peaks.
import { createHash } from 'node:crypto';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { PackFormatError } from './varint.js';
import { openPendingFile } from './write-atomic.js';

/** Blocks are gathered into chunks of at least this many bytes, each with its own digest. */
const CHUNK_BYTES = 1 << 20;

/** The end of the file: the header's length (4 bytes, little-endian) and its SHA-256. */
const TRAILER_BYTES = 4 + 32;

/** Chunks read and kept at a time: the one documents are taken from and the next, which read-ahead asks for. */
const CHUNKS_KEPT = 2;

/**
 * The file's first line: it names the format and the kind of blocks with their version, so a pack of another
 * kind or version is never read as this one.
 */
function firstLine(kind: string): Buffer {
  return Buffer.from(`tilmash-pack 2 ${kind}\n`, 'utf8');
}

function sha256(parts: readonly Uint8Array[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/** What the header says (JSON, written after the blocks, since the writer knows it only at the end). */
interface PackHeader {
  meta: unknown;
  keys: string[];
  lengths: number[];
  /** The blocks in consecutive runs: each run's number of blocks and the hex SHA-256 of its bytes. */
  chunks: Array<[number, string]>;
}

/** A pack open for reading: the writer's metadata and the blocks, read a chunk at a time. */
export interface BlockPack {
  readonly meta: unknown;
  /** The blocks' keys, in the order they were written. */
  readonly keys: readonly string[];
  has(key: string): boolean;
  /**
   * The block's bytes; null when the pack has no such block, or its chunk cannot be read or fails its digest
   * (a damaged pack: the caller stops trusting it).
   */
  read(key: string): Promise<Buffer | null>;
  close(): Promise<void>;
}

/**
 * A pack of documents' `T` (their glossary evidence, their multilingual sections) during one pass over the
 * corpus, in corpus order. Documents whose key has a block are decoded from it (`take`); the others are loaded by
 * the caller and handed in (`keep`). When the corpus's set of keys differs from the pack's (a document changed,
 * came or went, or there was no usable pack), every document's block goes into a new pack as it comes, which
 * `close` puts in place of this one; otherwise the pack stays as it is.
 */
export interface DocumentPack<T> {
  /** Whether the document with this key can be taken from the pack. */
  has(key: string): boolean;
  /**
   * Reads the document's block (ahead of its turn) and gives the function that decodes it (at its turn, in
   * corpus order); that function gives null when the block cannot be read or decoded (the pack is not trusted
   * from then on): load the document from its entry then.
   */
  take(key: string): Promise<() => T | null>;
  /** A document loaded from its entry, for the new pack. */
  keep(key: string, value: T): void;
  /** `keep` for a document whose block the caller made already, against the new pack's tables (see the codec). */
  keepBlock(key: string, block: Uint8Array): void;
  /** Puts the new pack in place, if one was made, and lets go of the pack (nothing of it is held afterwards). */
  close(): Promise<void>;
  /** After a failure: leaves the pack as it was (the new one is discarded) and lets go of it; nothing after `close`. */
  abandon(): Promise<void>;
}

/** Whether `keys` are exactly the pack's blocks, each once (then the pack needs no rewriting). */
function holdsExactly(pack: BlockPack | null, keys: readonly string[]): boolean {
  return pack !== null && keys.length === pack.keys.length && new Set(keys).size === keys.length && keys.every((key) => pack.has(key));
}

/** What differs between packs: what a block holds and how it is read back, and the pack's metadata. */
export interface PackCodec<T> {
  /** Whether the previous pack's blocks can be decoded (false without one, or when its metadata is unusable). */
  readonly readsPack: boolean;
  /** Whether every block must be written again even for the same documents (tables being compacted). */
  readonly rewrite: boolean;
  /** Called once, before any block, when a new pack is made. */
  startWriting(): void;
  /**
   * A block's document and the bytes the new pack takes for it; null, or a thrown `PackFormatError` (varint.ts),
   * when the block is damaged.
   */
  decode(block: Buffer): { value: T; bytes: Uint8Array } | null;
  /** The block of a document loaded from its entry; null when it cannot be packed (it is read from its entry each time). */
  encode(value: T): Uint8Array | null;
  /** The new pack's metadata. */
  meta(): unknown;
  /** Lets go of everything the codec read or made. */
  release(): void;
}

/**
 * Opens the pack `file` of `kind` for the documents with these keys (in corpus order), its blocks read and made
 * by the codec that `codecFor` gives for the previous pack (null when there is none). A pack that is missing,
 * damaged, truncated, of another kind or version, or whose metadata the codec cannot use, is not read (and is
 * replaced); `force` does not read it either.
 */
export async function openDocumentPack<T>(
  file: string,
  kind: string,
  keys: readonly string[],
  options: { force: boolean },
  codecFor: (previous: BlockPack | null) => PackCodec<T>,
): Promise<DocumentPack<T>> {
  let pack = options.force ? null : await openBlockPack(file, kind);
  let codec = codecFor(pack);
  if (pack && !codec.readsPack) {
    await pack.close();
    pack = null;
    codec = codecFor(null);
  }
  const previous = pack;
  const writer = holdsExactly(previous, keys) && !codec.rewrite ? null : await createBlockPack(file, kind);
  if (writer) codec.startWriting();
  let written: string[] = [];
  // A block that could not be read or decoded: the pack is not trusted from then on, and is replaced.
  let broken = false;
  let closed = false;
  const keepBlock = (key: string, block: Uint8Array) => {
    if (!writer) return;
    writer.add(key, block);
    written.push(key);
  };

  return {
    has: (key) => !broken && pack !== null && pack.has(key),
    async take(key) {
      const block = pack && !broken ? await pack.read(key) : null;
      return () => {
        let decoded: { value: T; bytes: Uint8Array } | null = null;
        try {
          decoded = block && !broken ? codec.decode(block) : null;
        } catch (error) {
          if (!(error instanceof PackFormatError)) throw error;
        }
        if (!decoded) {
          broken = true;
          return null;
        }
        writer?.add(key, decoded.bytes);
        written.push(key);
        return decoded.value;
      };
    },
    keep(key, value) {
      if (!writer) return;
      const bytes = codec.encode(value);
      if (bytes) keepBlock(key, bytes);
    },
    keepBlock,
    async abandon() {
      if (closed) return;
      closed = true;
      codec.release();
      await pack?.close();
      pack = null;
      await writer?.discard();
    },
    async close() {
      closed = true;
      const wasBroken = broken;
      const keysWritten = written;
      const meta = writer ? codec.meta() : null;
      // Nothing of the pack is kept past this point (the glossary is linked next).
      broken = true;
      written = [];
      codec.release();
      await pack?.close();
      pack = null;
      if (!writer) {
        // Without a whole new pack to put in place of a damaged one, the next build makes one from the entries.
        if (wasBroken) await rm(file, { force: true });
        return;
      }
      // The same documents after all (one of them could not be packed): the pack stays.
      if (!wasBroken && !codec.rewrite && holdsExactly(previous, keysWritten)) return writer.discard();
      await writer.commit(meta);
    },
  };
}

/**
 * Opens a pack of `kind`; null when the file is missing, of another kind or version, truncated, or its header
 * is damaged. Layout: the first line, the blocks one after the other, the header (JSON: the metadata, each
 * block's key and length, and the chunks with their digests), the header's length and its SHA-256. A chunk's
 * digest is checked when it is read, before any of its blocks is handed out, so no byte of a pack is trusted
 * unless it is exactly what a build wrote.
 */
export async function openBlockPack(file: string, kind: string): Promise<BlockPack | null> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const pack = await readIndex(handle, kind);
    if (pack) return pack;
  } catch {
    // Unreadable: as good as missing.
  }
  await handle.close();
  return null;
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer | null> {
  const bytes = Buffer.allocUnsafe(length);
  const { bytesRead } = await handle.read(bytes, 0, length, position);
  return bytesRead === length ? bytes : null;
}

async function readIndex(handle: FileHandle, kind: string): Promise<BlockPack | null> {
  const { size } = await handle.stat();
  const line = firstLine(kind);
  if (size < line.length + TRAILER_BYTES) return null;
  const start = await readAt(handle, 0, line.length);
  const trailer = await readAt(handle, size - TRAILER_BYTES, TRAILER_BYTES);
  if (!start?.equals(line) || !trailer) return null;
  const headerAt = size - TRAILER_BYTES - trailer.readUInt32LE(0);
  if (headerAt < line.length) return null;
  const headerBytes = await readAt(handle, headerAt, size - TRAILER_BYTES - headerAt);
  if (!headerBytes || !sha256([headerBytes]).equals(trailer.subarray(4))) return null;
  const header = JSON.parse(headerBytes.toString('utf8')) as Partial<PackHeader>;
  const { keys, lengths, chunks } = header;
  if (!Array.isArray(keys) || !Array.isArray(lengths) || !Array.isArray(chunks) || keys.length !== lengths.length) return null;

  // Where each block is: its chunk, and its offset and length in the chunk.
  const index = new Map<string, [number, number, number]>();
  const chunkRanges: Array<[number, number]> = [];
  const digests: string[] = [];
  let block = 0;
  let at = line.length;
  for (const chunk of chunks) {
    if (!Array.isArray(chunk) || !Number.isSafeInteger(chunk[0]) || chunk[0] < 1 || typeof chunk[1] !== 'string') return null;
    const chunkStart = at;
    for (const end = block + (chunk[0] as number); block < end; block++) {
      const key: unknown = keys[block];
      const length: unknown = lengths[block];
      if (typeof key !== 'string' || index.has(key) || !Number.isSafeInteger(length) || (length as number) < 0) return null;
      index.set(key, [chunkRanges.length, at - chunkStart, length as number]);
      at += length as number;
    }
    chunkRanges.push([chunkStart, at]);
    digests.push(chunk[1]);
  }
  // The chunks hold every block, and the blocks fill the file up to the header exactly.
  if (block !== keys.length || at !== headerAt) return null;

  const cached = new Map<number, Promise<Buffer | null>>();
  const chunkBytes = (chunk: number): Promise<Buffer | null> => {
    let bytes = cached.get(chunk);
    if (!bytes) {
      const [from, to] = chunkRanges[chunk];
      bytes = readAt(handle, from, to - from).then(
        (read) => (read && sha256([read]).toString('hex') === digests[chunk] ? read : null),
        () => null,
      );
      cached.set(chunk, bytes);
      if (cached.size > CHUNKS_KEPT) cached.delete(cached.keys().next().value!);
    }
    return bytes;
  };
  return {
    meta: header.meta,
    keys: keys as string[],
    has: (key) => index.has(key),
    async read(key) {
      const where = index.get(key);
      if (!where) return null;
      const bytes = await chunkBytes(where[0]);
      return bytes && bytes.subarray(where[1], where[1] + where[2]);
    },
    async close() {
      cached.clear();
      await handle.close();
    },
  };
}

/** A pack being written, a block at a time, into a temporary file that replaces the pack when committed. */
interface BlockPackWriter {
  /** Adds a block (its bytes must not change until the pack is committed or discarded). */
  add(key: string, block: Uint8Array): void;
  /** Writes the header, with `meta`, and puts the file in place of the previous pack. */
  commit(meta: unknown): Promise<void>;
  /** Removes the temporary file: the previous pack stays. */
  discard(): Promise<void>;
}

/**
 * Starts a new pack of `kind` at `file` (see `openBlockPack` for the layout). It is a cache file: not flushed
 * to disk before the rename, since a torn one fails its digests and is made again.
 */
async function createBlockPack(file: string, kind: string): Promise<BlockPackWriter> {
  const pending = await openPendingFile(file, { durable: false });
  // Writes are chained, so that `add` need not wait for the disk; a failed write fails the commit.
  let writing: Promise<void> = pending.write(firstLine(kind));
  writing.catch(() => {});
  const keys: string[] = [];
  const lengths: number[] = [];
  const chunks: Array<[number, string]> = [];
  let chunk: Uint8Array[] = [];
  let chunkSize = 0;
  const write = (parts: readonly Uint8Array[]) => {
    writing = writing.then(async () => {
      for (const part of parts) await pending.write(part);
    });
    writing.catch(() => {});
  };
  const endChunk = () => {
    if (chunk.length === 0) return;
    chunks.push([chunk.length, sha256(chunk).toString('hex')]);
    write(chunk);
    chunk = [];
    chunkSize = 0;
  };
  return {
    add(key, block) {
      keys.push(key);
      lengths.push(block.length);
      chunk.push(block);
      chunkSize += block.length;
      if (chunkSize >= CHUNK_BYTES) endChunk();
    },
    async commit(meta) {
      endChunk();
      const header = Buffer.from(JSON.stringify({ meta, keys, lengths, chunks } satisfies PackHeader), 'utf8');
      const trailer = Buffer.alloc(4);
      trailer.writeUInt32LE(header.length);
      write([header, trailer, sha256([header])]);
      try {
        await writing;
      } catch (error) {
        await pending.discard();
        throw error;
      }
      await pending.commit();
    },
    async discard() {
      await writing.catch(() => {});
      await pending.discard();
    },
  };
}
