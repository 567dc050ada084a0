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

  /** An entry, parsed; undefined when missing or damaged (it is simply recomputed). */
  async read<T>(stage: string, key: string): Promise<T | undefined> {
    return StageCache.parse<T>(await this.readBytes(stage, key));
  }

  /** The bytes of an entry, unparsed (undefined when missing): see `parse`. */
  async readBytes(stage: string, key: string): Promise<Buffer | undefined> {
    return readFile(this.file(stage, key)).catch(() => undefined);
  }

  /** An entry's bytes parsed; undefined when missing or damaged (recomputed, as with `read`). */
  static parse<T>(bytes: Buffer | null | undefined): T | undefined {
    if (!bytes) return undefined;
    try {
      return JSON.parse(bytes.toString('utf8')) as T;
    } catch {
      return undefined;
    }
  }

  /** Serialises `value` at once (later changes to it are not written), then writes it; the folder is made if missing. */
  write(stage: string, key: string, value: unknown): Promise<void> {
    return writeFileAtomic(this.file(stage, key), JSON.stringify(value), { durable: false });
  }
}
