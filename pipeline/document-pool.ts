import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { processDocument, type ProcessOptions, type ProcessResult } from './process-document.js';
import type { DocumentTask } from './document-worker.js';

/** Runs documents through the per-document stages: in `threads` worker threads, or in this thread when 0. */
export interface DocumentPool {
  run(file: string, id: string): Promise<ProcessResult>;
  close(): Promise<void>;
}

/**
 * Young generation of each worker thread, in MB (V8's default is a few tens). The stages allocate many
 * short-lived objects per document; with the default, a worker spent 10% of its time collecting garbage, with
 * this 5% (600 bench articles, CPU profiles of the workers), at no cost in peak memory.
 */
const WORKER_YOUNG_GENERATION_MB = 192;

/**
 * The per-document stages are CPU-bound (tokenising, morphology, alignment), so p-limit alone would only
 * interleave them on one core; a piscina pool of `threads` threads runs them on all cores. A document run in a
 * worker also takes its language models with it when the pool closes, so the corpus stages that follow do not
 * carry them (about 55 MB of heap and 110 MB resident). The pool needs the compiled worker next to this file
 * (`dist/`); from TypeScript sources (tests) it falls back to this thread.
 */
export function createDocumentPool(threads: number, options: ProcessOptions): DocumentPool {
  const workerFile = fileURLToPath(new URL('./document-worker.js', import.meta.url));
  if (threads < 1 || !existsSync(workerFile)) {
    return { run: (file, id) => processDocument(file, options, id), close: async () => {} };
  }
  // Started on first use: a warm build that reuses every document never pays for starting the threads.
  let piscina: Piscina | null = null;
  return {
    run: (file, id) => {
      // Two tasks per thread: a document waiting on the disk (reading its file, writing its cache entries)
      // leaves the thread to the other one instead of idle (a profile showed each thread idle ~20% of the phase).
      piscina ??= new Piscina({
        filename: workerFile,
        minThreads: threads,
        maxThreads: threads,
        idleTimeout: 1000,
        concurrentTasksPerWorker: 2,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      return piscina.run({ file, id, options } satisfies DocumentTask) as Promise<ProcessResult>;
    },
    close: async () => {
      await piscina?.destroy();
    },
  };
}
