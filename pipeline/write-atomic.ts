import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;

/** Name prefix of the temporary files; a build removes those that killed builds left (see the runner). */
export const TEMPORARY_PREFIX = '.tilmash-tmp-';

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
  const temporary = path.join(path.dirname(file), `${TEMPORARY_PREFIX}${process.pid}-${threadId}-${counter++}-${path.basename(file)}`);
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
