// A pack: one cache file holding a block of bytes per document, keyed by the document's cache key, for the
// corpus stages to read in one go instead of one file per document (10,000 opens, reads and parses). What a
// block holds is the caller's (see evidence-pack.ts, sections-pack.ts); this file only keeps the blocks whole.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './write-atomic.js';

/** A pack as read: the writer's metadata and the blocks, each a view into the file's bytes (no copy). */
export interface BlockPack {
  meta: unknown;
  blocks: Map<string, Buffer>;
}

/** Length of the SHA-256 digest that follows the first line. */
const DIGEST_BYTES = 32;

/**
 * The file's first line: it names the format and the kind of blocks with their version, so a pack of another
 * kind or version is never read as this one.
 */
function firstLine(kind: string): Buffer {
  return Buffer.from(`tilmash-pack 1 ${kind}\n`, 'utf8');
}

/**
 * Reads a pack of `kind`; null when the file is missing, of another kind or version, truncated or damaged
 * (any changed byte fails the digest), so a pack is never trusted unless it is exactly what a build wrote.
 * Layout: the first line, the SHA-256 of the rest, the header's length (4 bytes, little-endian), the header
 * (JSON: the metadata and each block's key and length) and the blocks, one after the other.
 */
export async function readBlockPack(file: string, kind: string): Promise<BlockPack | null> {
  const bytes = await readFile(file).catch(() => null);
  if (!bytes) return null;
  const line = firstLine(kind);
  const headerAt = line.length + DIGEST_BYTES + 4;
  if (bytes.length < headerAt || !bytes.subarray(0, line.length).equals(line)) return null;
  const digest = createHash('sha256').update(bytes.subarray(line.length + DIGEST_BYTES)).digest();
  if (!digest.equals(bytes.subarray(line.length, line.length + DIGEST_BYTES))) return null;
  const headerLength = bytes.readUInt32LE(line.length + DIGEST_BYTES);
  if (headerAt + headerLength > bytes.length) return null;
  let header: { meta?: unknown; keys?: unknown; lengths?: unknown };
  try {
    header = JSON.parse(bytes.toString('utf8', headerAt, headerAt + headerLength)) as typeof header;
  } catch {
    return null;
  }
  const { keys, lengths } = header;
  if (!Array.isArray(keys) || !Array.isArray(lengths) || keys.length !== lengths.length) return null;
  const blocks = new Map<string, Buffer>();
  let at = headerAt + headerLength;
  for (let i = 0; i < keys.length; i++) {
    const key: unknown = keys[i];
    const length: unknown = lengths[i];
    if (typeof key !== 'string' || blocks.has(key) || !Number.isSafeInteger(length) || (length as number) < 0) return null;
    blocks.set(key, bytes.subarray(at, (at += length as number)));
  }
  // The blocks fill the rest of the file exactly.
  if (at !== bytes.length) return null;
  return { meta: header.meta, blocks };
}

/**
 * Writes a pack of `kind` (see `readBlockPack` for the layout) atomically. It is a cache file: not flushed to
 * disk before the rename, since a torn one fails its digest and is made again.
 */
export async function writeBlockPack(file: string, kind: string, meta: unknown, blocks: ReadonlyArray<readonly [string, Uint8Array]>): Promise<void> {
  const header = Buffer.from(JSON.stringify({ meta, keys: blocks.map(([key]) => key), lengths: blocks.map(([, block]) => block.length) }), 'utf8');
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(header.length);
  const body = [headerLength, header, ...blocks.map(([, block]) => block)];
  const hash = createHash('sha256');
  for (const part of body) hash.update(part);
  await writeFileAtomic(file, Buffer.concat([firstLine(kind), hash.digest(), ...body]), { durable: false });
}
