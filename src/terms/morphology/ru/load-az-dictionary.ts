import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Az from 'az';

/*
 * `az` ships the OpenCorpora dictionary (~10 MB of DAWGs) in its own `dicts/` folder and loads it through
 * `Az.load(url, type, callback)`, asynchronously. That would force every caller of the (synchronous) stage
 * functions to await an init first, so we swap in a loader that reads the same files synchronously and run
 * `Morph.init` once, lazily, on the first Russian word (~0.2 s). This is the analyser reading its own model,
 * like wink-nlp requiring its language model; no project data is read here, and nothing happens at import.
 */

let state: 'cold' | 'ready' = 'cold';

function dictionaryFolder(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('az')), '..', 'dicts');
}

function initSynchronously(): void {
  const queued: Array<[string, string, (error: Error | null, data?: unknown) => void]> = [];
  const originalLoad = Az.load;
  // Morph.init counts outstanding loads and finishes when the count drops to zero, so callbacks must not run
  // before every load was requested: queue them, then answer them all.
  Az.load = (url, type, callback) => void queued.push([url, type, callback]);
  let failure: Error | null = null;
  try {
    Az.Morph.init(dictionaryFolder(), (error) => {
      if (error) failure = error;
    });
    for (const [url, type, callback] of queued) {
      let data: unknown;
      try {
        const bytes = readFileSync(url);
        // A copy, so the ArrayBuffer holds exactly this file even when Node hands out a pooled buffer.
        data = type === 'json' ? JSON.parse(bytes.toString('utf8')) : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      } catch (error) {
        callback(error as Error);
        continue;
      }
      callback(null, data);
    }
  } finally {
    Az.load = originalLoad;
  }
  if (failure || queued.length === 0) {
    throw new Error(
      `Could not load the az (OpenCorpora) dictionary from \`${dictionaryFolder()}\`: ${String(failure ?? 'nothing was loaded')}. ` +
        'Reinstall the `az` package (npm install az).',
    );
  }
  state = 'ready';
}

/** Loads the Russian dictionary now (idempotent). Call it once at start-up to keep the cost out of the first document. */
export function loadAzDictionary(): void {
  if (state === 'cold') initSynchronously();
}

/** The az analyser, loaded on first use. */
export function azMorph(): typeof Az.Morph {
  loadAzDictionary();
  return Az.Morph;
}
