import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './write-atomic.js';

/**
 * Per-document stage results under `output/.cache/<stage>/<key>.json`. The key is derived from the input
 * file's hash, the versions of this and every earlier stage, and the configuration (see `stageKey`), so a
 * change anywhere upstream invalidates exactly what it affects.
 */
export class StageCache {
  constructor(readonly dir: string) {}

  private file(stage: string, key: string): string {
    return path.join(this.dir, stage, `${key}.json`);
  }

  async read<T>(stage: string, key: string): Promise<T | undefined> {
    try {
      return JSON.parse(await readFile(this.file(stage, key), 'utf8')) as T;
    } catch {
      // Missing or damaged entries are simply recomputed.
      return undefined;
    }
  }

  /** Serialises `value` at once (later changes to it are not written), then writes it; the folder is made if missing. */
  write(stage: string, key: string, value: unknown): Promise<void> {
    return writeFileAtomic(this.file(stage, key), JSON.stringify(value), { durable: false });
  }
}
