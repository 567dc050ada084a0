import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { DECISIONS_FILE_NAME } from '../src/review/index.js';

/** The reviewers' decisions file, kept in the corpus folder (plain, diffable JSON). */
export const DECISIONS_FILE = DECISIONS_FILE_NAME;

/**
 * Lists the corpus's input files (relative paths with `/`, sorted), skipping hidden files, Office lock files
 * and the decisions file with its backups. Every other file is offered to the reader, which decides whether
 * it is text, a Word file, or something to refuse with a message.
 */
export async function listCorpusFiles(corpusDir: string): Promise<string[]> {
  const entries = await readdir(corpusDir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const parent = (entry as unknown as { parentPath?: string; path?: string }).parentPath ?? (entry as unknown as { path: string }).path;
    const relative = path.relative(corpusDir, path.join(parent, entry.name)).split(path.sep).join('/');
    if (relative.split('/').some((part) => part.startsWith('.'))) continue;
    if (entry.name === DECISIONS_FILE || entry.name.startsWith(`${DECISIONS_FILE}.`)) continue;
    if (entry.name.startsWith('~$')) continue;
    files.push(relative);
  }
  return files.sort();
}
