import type { StageMessage } from '../../model/message.js';
import { formatBytes } from './check-file-size.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { inspectDocxZip } from './inspect-docx-zip.js';
import { sniffFileSignature } from './sniff-file-signature.js';
import type { DecodeResult } from './types.js';

/**
 * Word's built-in headings are stored under English names whatever the interface language, and mammoth maps
 * those by default. These add the document title and subtitle styles and the headings that LibreOffice or
 * hand-made journal templates name in Russian or Kazakh.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Название'] => h1:fresh",
  "p[style-name='Подзаголовок'] => h2:fresh",
  "p[style-name='Заголовок'] => h1:fresh",
  "p[style-name='Заголовок 1'] => h1:fresh",
  "p[style-name='Заголовок 2'] => h2:fresh",
  "p[style-name='Заголовок 3'] => h3:fresh",
  "p[style-name='Тақырып'] => h1:fresh",
  "p[style-name='Тақырып 1'] => h1:fresh",
  "p[style-name='Тақырып 2'] => h2:fresh",
  "p[style-name='Тақырып 3'] => h3:fresh",
];

// Mammoth warns about every custom style it has no mapping for; the text of those paragraphs is kept as
// plain paragraphs, so the warning tells a reviewer nothing.
const UNINTERESTING_WARNING = /^Unrecognised (paragraph|run|table) style/;

/**
 * How many times the file-size limit the XML inside a Word file may unpack to. Word's XML compresses about
 * 5-15 times; a 20 MiB limit allows 160 MiB of XML, more than any article, less than a zip bomb.
 */
const XML_EXPANSION_LIMIT = 8;

/**
 * Reads a `.docx` as Markdown-like text (see `html-to-markdown.ts`). Checks the container first
 * (`inspect-docx-zip.ts`), then lets mammoth convert it; any failure is a message, never an exception.
 */
export async function decodeDocx(bytes: Uint8Array, fileName: string, maxBytes: number): Promise<DecodeResult> {
  if (bytes.length === 0) {
    return refuse('empty-file', 'warning', `Expected the Word file \`${fileName}\` to hold a document, found an empty file (0 bytes); it was skipped.`);
  }
  const signature = sniffFileSignature(bytes);
  if (!signature?.zip) {
    const found = signature ? signature.description : describeNonZip(bytes);
    const hint = signature?.hint ? ` ${signature.hint}` : '';
    return refuse('docx-not-a-zip', 'fatal', `Expected the Word file \`${fileName}\` to be a ZIP container as every .docx is, found ${found}; it was skipped.${hint}`);
  }
  const inspection = inspectDocxZip(bytes, XML_EXPANSION_LIMIT * maxBytes);
  if (!inspection.ok) {
    if (inspection.problem === 'too-large') {
      return refuse('file-too-large', 'fatal', `Expected the Word file \`${fileName}\` to unpack to at most ${formatBytes(XML_EXPANSION_LIMIT * maxBytes)} of text, but ${inspection.detail}; it was not read.`);
    }
    const ruleId = inspection.problem === 'not-word' ? 'unsupported-format' : 'docx-damaged';
    return refuse(ruleId, 'fatal', `Expected \`${fileName}\` to be a readable Word document, but ${inspection.detail}; it was skipped.`);
  }

  // Loaded on the first Word file: mammoth and its ZIP and XML libraries take longer to load than a hundred text
  // files take to read, and each worker of a build of Markdown files would pay for them.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  let conversionMessages: Array<{ type: string; message: string }>;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: true,
        externalFileAccess: false,
        // Images are not text: an empty source keeps mammoth from reading and base64-encoding them.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
    conversionMessages = result.messages;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return refuse('docx-damaged', 'fatal', `Expected \`${fileName}\` to be a readable Word document, but mammoth could not convert it (${detail}); it was skipped.`);
  }

  const { markdown, images, tables } = htmlToMarkdown(html);
  if (markdown.trim().length === 0) {
    return refuse('empty-file', 'warning', `Expected the Word file \`${fileName}\` to hold text, found none (only empty paragraphs, images or objects); it was skipped.`);
  }
  const messages: StageMessage[] = [];
  const seen = new Set<string>();
  for (const note of conversionMessages) {
    if (UNINTERESTING_WARNING.test(note.message) || seen.has(note.message)) continue;
    seen.add(note.message);
    messages.push({
      ruleId: 'docx-conversion-note',
      severity: note.type === 'error' ? 'warning' : 'info',
      reason: `While converting \`${fileName}\`, mammoth reported: ${note.message.split('\n')[0]}.`,
    });
  }
  if (images > 0) {
    messages.push({ ruleId: 'docx-images-skipped', severity: 'info', reason: `The Word file \`${fileName}\` has ${images} image${images === 1 ? '' : 's'}; tilmash reads text only, so ${images === 1 ? 'it was' : 'they were'} left out.` });
  }
  if (tables > 0) {
    messages.push({ ruleId: 'docx-tables-flattened', severity: 'info', reason: `The Word file \`${fileName}\` has ${tables} table${tables === 1 ? '' : 's'}; each cell became a paragraph, row by row.` });
  }
  return { ok: true, text: markdown, encoding: 'utf-8', format: 'docx', bom: false, messages };
}

/** Names what a non-ZIP `.docx` seems to be, for the message. */
function describeNonZip(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 512);
  const printable = head.filter((byte) => byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte !== 127)).length;
  if (printable === head.length) return 'what looks like plain text (give it the .txt or .md extension)';
  return 'data that is neither a ZIP archive nor text';
}

function refuse(ruleId: string, severity: StageMessage['severity'], reason: string): DecodeResult {
  return { ok: false, messages: [{ ruleId, severity, reason }] };
}
