import { readFile } from 'node:fs/promises';
import { UsageError } from './types.js';

/** Reads a UTF-8 text file, or standard input when no file is given. */
export async function readTextInput(file: string | undefined): Promise<string> {
  if (file === undefined || file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read \`${file}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
}
