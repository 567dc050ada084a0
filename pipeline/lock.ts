import { open, readFile, rm, mkdir } from 'node:fs/promises';
import path from 'node:path';

export const LOCK_FILE = '.tilmash.lock';

/** Thrown when another live build holds the output folder. */
export class OutputLockedError extends Error {
  override name = 'OutputLockedError';
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the output folder's lock (a file created exclusively, holding our pid). A lock left by a build that
 * crashed (its pid no longer runs) is taken over, so a crash never leaves the folder stuck.
 * Returns the release function.
 */
export async function acquireOutputLock(outDir: string): Promise<() => Promise<void>> {
  await mkdir(outDir, { recursive: true });
  const lockPath = path.join(outDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(JSON.stringify({ pid: process.pid, started: new Date().toISOString() }));
      await handle.close();
      return async () => {
        await rm(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: { pid?: number } = {};
      try {
        holder = JSON.parse(await readFile(lockPath, 'utf8')) as { pid?: number };
      } catch {
        // An empty or torn lock file: its writer died between create and write.
      }
      if (typeof holder.pid === 'number' && holder.pid !== process.pid && processIsAlive(holder.pid)) {
        throw new OutputLockedError(
          `Another build (pid ${holder.pid}) is writing \`${outDir}\`; wait for it to finish, or remove \`${lockPath}\` if no build is running.`,
        );
      }
      await rm(lockPath, { force: true });
    }
  }
  throw new OutputLockedError(`Could not take the lock \`${lockPath}\`.`);
}
