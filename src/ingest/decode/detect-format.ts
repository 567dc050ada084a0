import type { InputFormat } from './types.js';

const MARKDOWN = new Set(['md', 'markdown', 'mdown', 'mkd']);

/**
 * The format a file name announces: `.docx` is Word, `.md` (and its longer spellings) Markdown, and every
 * other name, `.txt` or none, plain text, which is accepted only if its bytes decode as text.
 */
export function detectFormat(fileName: string): InputFormat {
  const base = fileName.replace(/\\/g, '/').split('/').pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  if (extension === 'docx') return 'docx';
  if (MARKDOWN.has(extension)) return 'md';
  return 'txt';
}
