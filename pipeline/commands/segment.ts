import { isLang } from '../../src/model/index.js';
import { segmentTextDetailed, type SegmentedSpan } from '../../src/segment/index.js';
import { readTextInput } from './io.js';
import type { ExitCode } from './types.js';
import { EXIT_OK, UsageError } from './types.js';

export interface SegmentCommandOptions {
  lang: string;
  file?: string;
}

/**
 * Renders sentences of `text` one per line, with a blank line between paragraphs. Line breaks inside a
 * sentence (soft wraps) become single spaces, so each output line is exactly one sentence.
 */
export function formatSentenceLines(text: string, spans: SegmentedSpan[]): string {
  let out = '';
  let paragraph = spans.length > 0 ? spans[0].paragraph : 0;
  for (const span of spans) {
    if (span.paragraph !== paragraph) out += '\n';
    paragraph = span.paragraph;
    out += text.slice(span.start, span.end).replace(/[^\S\n]*\r?\n\s*/gu, ' ') + '\n';
  }
  return out;
}

/** `tilmash segment --lang en|kk|ru [FILE]`: one sentence per line, a blank line between paragraphs. */
export async function segmentCommand(options: SegmentCommandOptions): Promise<ExitCode> {
  const lang = options.lang;
  if (!isLang(lang)) throw new UsageError(`Expected --lang to be en, kk or ru, found \`${lang}\`.`);
  const text = (await readTextInput(options.file)).replace(/^\uFEFF/u, '');
  process.stdout.write(formatSentenceLines(text, segmentTextDetailed(text, lang)));
  return EXIT_OK;
}
