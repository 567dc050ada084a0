// Worker-thread entry of the document pool: one task = one document through the per-document stages.
import { processDocument, type ProcessOptions, type ProcessResult } from './process-document.js';

export interface DocumentTask {
  file: string;
  id: string;
  options: ProcessOptions;
}

/**
 * The record only: the aligned document stays in the cache, where the corpus stages read it in their turn.
 * Sent back, 10,000 aligned documents would be copied into the main thread and held there through the whole
 * per-document phase (about 300 MB of its heap).
 */
export default async function runDocumentTask(task: DocumentTask): Promise<ProcessResult> {
  const { record } = await processDocument(task.file, task.options, task.id);
  return { record, aligned: null };
}
