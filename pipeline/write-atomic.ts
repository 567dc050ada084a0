import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;

/** Name prefix of the temporary files; a build removes those that killed builds left (see the runner). */
export const TEMPORARY_PREFIX = '.tilmash-tmp-';

/** A temporary file beside `file`, unique to this process, thread and call. */
function temporaryPath(file: string): string {
  return path.join(path.dirname(file), `${TEMPORARY_PREFIX}${process.pid}-${threadId}-${counter++}-${path.basename(file)}`);
}

/** Opens a new file for writing; its folder is made only when missing (not checked before each of thousands of writes). */
async function openCreatingFolder(file: string) {
  try {
    return await open(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(path.dirname(file), { recursive: true });
    return await open(file, 'wx');
  }
}

/**
 * Writes a file through a temporary file in the same folder, flushed to disk, then renamed over the target,
 * so that a reader, a crash or a full disk leaves either the old file or the new one, never a torn one.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: { durable?: boolean } = {}): Promise<void> {
  const temporary = temporaryPath(file);
  try {
    const handle = await openCreatingFolder(temporary);
    try {
      if (typeof data === 'string' && data.length > TEXT_SLICE) await writeText(handle, data);
      else await handle.writeFile(data);
      // Outputs and decisions are flushed before the rename; cache entries skip it (a torn entry fails to
      // parse and is recomputed), which saves thousands of disk flushes on a large build.
      if (options.durable !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Characters of a long text encoded at a time by `writeText`. */
const TEXT_SLICE = 1 << 20;

/** Whether the UTF-16 code unit starts a surrogate pair (a slice must not end between the two halves). */
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Writes a long text as UTF-8 a slice at a time, through two buffers in turn: one slice is encoded while the
 * one before is being written, and no copy of the whole text as bytes is made (`writeFile` of a string encodes
 * it whole first: at 10,000 articles a glossary.json of 40 MB, then the wait for the disk).
 */
async function writeText(handle: FileHandle, text: string): Promise<void> {
  // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, two units, takes 4).
  const buffers = [Buffer.allocUnsafe(TEXT_SLICE * 3), Buffer.allocUnsafe(TEXT_SLICE * 3)];
  let writing: Promise<void> | null = null;
  for (let at = 0, turn = 0; at < text.length; turn ^= 1) {
    let end = Math.min(at + TEXT_SLICE, text.length);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    // This buffer's last write was awaited before the other buffer's began.
    const buffer = buffers[turn];
    const length = buffer.write(text.slice(at, end), 0, 'utf8');
    at = end;
    if (writing) await writing;
    writing = writeAll(handle, buffer.subarray(0, length));
  }
  if (writing) await writing;
}

/** Writes all the bytes at the file's current position (a write may take fewer bytes than it was given). */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let done = 0; done < bytes.length; ) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done);
    done += bytesWritten;
  }
}

/**
 * A file written in parts (a large export, a document at a time) that replaces its target only when committed:
 * the parts go to a temporary file beside the target, `commit` flushes it to disk and renames it over the
 * target, `discard` removes it. Until the commit, the previous file stays as it was. `durable: false` skips the
 * flush, for cache files (see `writeFileAtomic`).
 */
export interface PendingFile {
  write(data: string | Uint8Array): Promise<void>;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/** Parts are gathered up to this many bytes before they go to the disk. */
const PENDING_BUFFER = 1 << 20;

export async function openPendingFile(file: string, options: { durable?: boolean } = {}): Promise<PendingFile> {
  const temporary = temporaryPath(file);
  const handle = await openCreatingFolder(temporary);
  let parts: Uint8Array[] = [];
  let buffered = 0;
  let open = true;
  const flush = async () => {
    if (parts.length === 0) return;
    const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, buffered);
    parts = [];
    buffered = 0;
    await writeAll(handle, bytes);
  };
  const close = async () => {
    if (!open) return;
    open = false;
    await handle.close();
  };
  return {
    async write(data) {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      parts.push(bytes);
      buffered += bytes.length;
      if (buffered >= PENDING_BUFFER) await flush();
    },
    async commit() {
      try {
        await flush();
        // As with `writeFileAtomic`: a cache file skips the flush to disk (a torn one is detected and made again).
        if (options.durable !== false) await handle.sync();
      } finally {
        await close();
      }
      await rename(temporary, file);
    },
    async discard() {
      await close().catch(() => {});
      await rm(temporary, { force: true });
    },
  };
}
