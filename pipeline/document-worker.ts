// Worker-thread entry of the document pool: one task = one document through the per-document stages.
import { processDocument, type ProcessOptions, type ProcessResult } from './process-document.js';

export interface DocumentTask {
  file: string;
  id: string;
  options: ProcessOptions;
}

export default function runDocumentTask(task: DocumentTask): Promise<ProcessResult> {
  return processDocument(task.file, task.options, task.id);
}
