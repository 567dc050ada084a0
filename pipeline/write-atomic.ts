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
      await handle.writeFile(data);
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
  /**
   * Adds bytes at the end (one write at a time: await each). The file keeps no reference to `data` once the
   * write has resolved, so the caller may fill the same buffer again.
   */
  write(data: string | Uint8Array): Promise<void>;
  /**
   * Says the file is complete (no write may follow) and starts flushing it to the disk in the background, so
   * that `commit`, called later, finds little left to wait for.
   */
  settle(): void;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/** Small parts are gathered up to this many bytes (in the file's own buffer) before they go to the disk. */
const PENDING_BUFFER = 1 << 20;

export async function openPendingFile(file: string, options: { durable?: boolean } = {}): Promise<PendingFile> {
  const temporary = temporaryPath(file);
  const handle = await openCreatingFolder(temporary);
  // Small parts are copied into one buffer written when full, so no part is held after its write returns.
  const staging = Buffer.allocUnsafe(PENDING_BUFFER);
  let staged = 0;
  let open = true;
  // The flush `settle` started, if it did.
  let settling: Promise<void> | null = null;
  const flush = async () => {
    if (staged === 0) return;
    const length = staged;
    staged = 0;
    await writeAll(handle, staging.subarray(0, length));
  };
  const close = async () => {
    if (!open) return;
    open = false;
    await handle.close();
  };
  return {
    async write(data) {
      if (settling) throw new Error(`The file \`${file}\` was settled: nothing can be written to it any more.`);
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      if (staged + bytes.length > PENDING_BUFFER) await flush();
      if (bytes.length >= PENDING_BUFFER) {
        await writeAll(handle, bytes);
        return;
      }
      staging.set(bytes, staged);
      staged += bytes.length;
      if (staged === PENDING_BUFFER) await flush();
    },
    settle() {
      if (settling) return;
      settling = flush().then(() => (options.durable === false ? undefined : handle.datasync()));
      // Observed here; a failure is thrown by `commit`.
      settling.catch(() => {});
    },
    async commit() {
      try {
        if (settling) await settling;
        await flush();
        // As with `writeFileAtomic`: a cache file skips the flush to disk (a torn one is detected and made again).
        if (options.durable !== false) await handle.sync();
      } finally {
        await close();
      }
      await rename(temporary, file);
    },
    async discard() {
      await settling?.catch(() => {});
      await close().catch(() => {});
      await rm(temporary, { force: true });
    },
  };
}
