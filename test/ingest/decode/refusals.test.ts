// Files that must be refused whole, each with one clear message naming the file, and files that are read
// with a warning. Every input here is made in the test.
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeInput, type DecodeResult } from '../../../src/ingest/decode/index.js';
import { docxParts, makeDocx, makeZip } from './make-docx.js';

const KK =
  'Мақалада Қазақстанның қазіргі қоғамындағы билік философиясы қарастырылады.\n' +
  'Биліктің негізгі элементтері субъект, объект және құралдар болып табылады.\n' +
  'Билік субъектісі белсенділік, бағыттаушы бастауға ие жеке тұлға, орган, ұйым болуы мүмкін.\n';

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

/** Deterministic pseudo-random bytes (a linear congruential generator), so failures reproduce. */
function noise(length: number, seed: number, low = 0, high = 255): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0;
  for (let index = 0; index < length; index += 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[index] = low + (state >>> 24) % (high - low + 1);
  }
  return bytes;
}

function expectRefused(result: DecodeResult, ruleId: string, fileName: string): string {
  expect(result.ok).toBe(false);
  expect(result.messages).toHaveLength(1);
  const [message] = result.messages;
  expect(message.ruleId).toBe(ruleId);
  expect(message.reason).toContain(`\`${fileName}\``);
  expect(['fatal', 'warning']).toContain(message.severity);
  return message.reason;
}

describe('text files refused', () => {
  test('an empty file', async () => {
    const result = await decodeInput(new Uint8Array(0), 'empty.txt');
    expectRefused(result, 'empty-file', 'empty.txt');
    expect(result.messages[0].severity).toBe('warning');
  });

  test('a file of blanks only', async () => {
    const reason = expectRefused(await decodeInput(utf8(' \n\t\r\n  \n'), 'blank.md'), 'empty-file', 'blank.md');
    expect(reason).toContain('blank');
  });

  test('random binary data with NUL bytes', async () => {
    const reason = expectRefused(await decodeInput(noise(4096, 7), 'data.txt'), 'binary-file', 'data.txt');
    expect(reason).toContain('NUL');
  });

  test('binary data without NUL bytes but full of control characters', async () => {
    const bytes = noise(4096, 11, 1, 255);
    const reason = expectRefused(await decodeInput(bytes, 'data'), 'binary-file', 'data');
    expect(reason).toMatch(/control characters/);
  });

  test.each([
    ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG image'],
    ['PDF document', [...Buffer.from('%PDF-1.7\n%âãÏÓ\n')], 'PDF document'],
    ['JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JPEG image'],
    ['gzip archive', [0x1f, 0x8b, 0x08, 0x00], 'gzip'],
    ['legacy Word .doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'Word 97-2003'],
  ])('a %s, whatever its extension', async (_name, head, described) => {
    const bytes = new Uint8Array([...head, ...utf8(KK)]);
    const reason = expectRefused(await decodeInput(bytes, 'article.txt'), 'binary-file', 'article.txt');
    expect(reason).toContain(described);
  });

  test('a Word file named .txt is refused with the hint to rename it', async () => {
    const reason = expectRefused(await decodeInput(makeDocx([{ runs: [{ text: 'Text' }] }]), 'article.txt'), 'binary-file', 'article.txt');
    expect(reason).toContain('a ZIP archive holding a Word document (give it the `.docx` extension)');
  });

  test('an OpenDocument text is named as such', async () => {
    const bytes = makeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true },
      { name: 'content.xml', data: '<office:document-content/>' },
    ]);
    const reason = expectRefused(await decodeInput(bytes, 'article.odt'), 'binary-file', 'article.odt');
    expect(reason).toContain('OpenDocument');
  });

  test('RTF is unsupported, not binary', async () => {
    const bytes = utf8('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Hello}');
    expectRefused(await decodeInput(bytes, 'article.rtf'), 'unsupported-format', 'article.rtf');
  });

  test('UTF-8 with one damaged byte is refused with its line and column, not read in part', async () => {
    const bytes = utf8(KK);
    // Cut the second byte of the first letter of line 2 (Б = D0 91): a lead byte without its tail.
    const lineTwo = Buffer.byteLength(KK.split('\n')[0], 'utf8') + 1;
    const damaged = new Uint8Array([...bytes.subarray(0, lineTwo + 1), ...bytes.subarray(lineTwo + 2)]);
    const reason = expectRefused(await decodeInput(damaged, 'damaged.md'), 'undecodable-text', 'damaged.md');
    expect(reason).toContain('line 2, column 1');
    expect(reason).toContain(`byte offset ${lineTwo}`);
    expect(reason).toContain('0xD0');
  });

  test('UTF-8 cut off in the middle of the last letter', async () => {
    const bytes = utf8(KK.trimEnd());
    const reason = expectRefused(await decodeInput(bytes.subarray(0, bytes.length - 2), 'cut.txt'), 'undecodable-text', 'cut.txt');
    expect(reason).toContain('line 3');
  });

  test('a UTF-8 byte-order mark before bytes that are not UTF-8', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...iconv.encode(KK, 'rk1048')]);
    const reason = expectRefused(await decodeInput(bytes, 'bom.txt'), 'undecodable-text', 'bom.txt');
    expect(reason).toContain('byte-order mark');
    expect(reason).toContain('line 1, column 1');
  });

  test('UTF-16 with a byte-order mark and an odd number of bytes', async () => {
    const bytes = new Uint8Array(iconv.encode(KK, 'utf-16le', { addBOM: true }));
    expectRefused(await decodeInput(bytes.subarray(0, bytes.length - 1), 'odd.txt'), 'undecodable-text', 'odd.txt');
  });

  test('random bytes above 0x7F read as word salad in every code page', async () => {
    const reason = expectRefused(await decodeInput(noise(2000, 3, 0xc0, 0xff), 'salad.txt'), 'undecodable-text', 'salad.txt');
    expect(reason).toContain('implausible');
  });

  test('half UTF-8, half KZ-1048', async () => {
    const bytes = new Uint8Array([...utf8(KK), ...iconv.encode(KK, 'rk1048')]);
    expectRefused(await decodeInput(bytes, 'mixed.txt'), 'undecodable-text', 'mixed.txt');
  });
});

describe('size limit', () => {
  test('a file over the limit is refused before anything else', async () => {
    const bytes = utf8('x'.repeat(101));
    const reason = expectRefused(await decodeInput(bytes, 'big.txt', { maxBytes: 100 }), 'file-too-large', 'big.txt');
    expect(reason).toContain('101 bytes');
    expect(reason).toContain('100 bytes');
  });

  test('a file at the limit is read', async () => {
    const result = await decodeInput(utf8('x'.repeat(100)), 'at-limit.txt', { maxBytes: 100 });
    expect(result.ok).toBe(true);
  });

  test('the default limit is 20 MiB', async () => {
    const bytes = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61);
    const reason = expectRefused(await decodeInput(bytes, 'huge.txt'), 'file-too-large', 'huge.txt');
    expect(reason).toContain('20 MiB');
  });

  test.each([0, -1, 1.5, Number.NaN])('a limit of %s is a programmer error', async (maxBytes) => {
    await expect(decodeInput(utf8('x'), 'a.txt', { maxBytes })).rejects.toThrow(/positive integer/);
  });
});

describe('text read with warnings', () => {
  test('a few stray control characters are kept and pointed at', async () => {
    const text = `${KK}Bell\u0007 and escape\u001b.\n`;
    const result = await decodeInput(utf8(text), 'controls.txt');
    if (!result.ok) throw new Error('expected the file to be read');
    expect(result.text).toBe(text);
    const warnings = result.messages.filter((message) => message.ruleId === 'control-character');
    expect(warnings.map((message) => message.range)).toEqual([
      { start: text.indexOf('\u0007'), end: text.indexOf('\u0007') + 1 },
      { start: text.indexOf('\u001b'), end: text.indexOf('\u001b') + 1 },
    ]);
    expect(warnings.every((message) => message.severity === 'warning')).toBe(true);
    expect(warnings[0].reason).toContain('U+0007');
  });

  test('form feeds, vertical tabs and tabs are layout, not damage', async () => {
    const text = `Page one.\fPage two.\vSame paragraph.\tTabbed.\n`;
    const result = await decodeInput(utf8(text), 'layout.txt');
    expect(result).toMatchObject({ ok: true, text, messages: [] });
  });

  test('a replacement character already in the text is reported', async () => {
    const text = 'Қазақстанның \uFFFDазіргі қоғамы.\n';
    const result = await decodeInput(utf8(text), 'lossy.txt');
    if (!result.ok) throw new Error('expected the file to be read');
    expect(result.messages).toMatchObject([{ ruleId: 'replacement-character', range: { start: 13, end: 14 } }]);
  });
});

describe('Word files refused', () => {
  test('a 0-byte Word file', async () => {
    expectRefused(await decodeInput(new Uint8Array(0), 'empty.docx'), 'empty-file', 'empty.docx');
  });

  test('a Word file that is really text', async () => {
    const reason = expectRefused(await decodeInput(utf8(KK), 'text.docx'), 'docx-not-a-zip', 'text.docx');
    expect(reason).toContain('plain text');
  });

  test('a Word file that is really a legacy .doc', async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise(1000, 5)]);
    const reason = expectRefused(await decodeInput(bytes, 'old.docx'), 'docx-not-a-zip', 'old.docx');
    expect(reason).toContain('Word 97-2003');
  });

  test('a Word file that is random bytes', async () => {
    expectRefused(await decodeInput(noise(3000, 9), 'noise.docx'), 'docx-not-a-zip', 'noise.docx');
  });

  test('a Word file cut in half', async () => {
    const bytes = makeDocx([{ runs: [{ text: KK }] }]);
    const reason = expectRefused(await decodeInput(bytes.subarray(0, bytes.length >> 1), 'half.docx'), 'docx-damaged', 'half.docx');
    expect(reason).toContain('cut short');
  });

  test('a Word file whose document part is corrupted', async () => {
    const parts = docxParts([{ runs: [{ text: KK }] }]).map((part) => ({ ...part, stored: true }));
    const bytes = makeZip(parts);
    const at = Buffer.from(bytes).indexOf(Buffer.from('субъект', 'utf8'));
    bytes[at] ^= 0x01;
    const reason = expectRefused(await decodeInput(bytes, 'corrupt.docx'), 'docx-damaged', 'corrupt.docx');
    expect(reason).toContain('word/document.xml');
    expect(reason).toContain('CRC-32');
  });

  test('a zip bomb that declares its parts smaller than they are', async () => {
    const bytes = makeZip(docxParts([{ runs: [{ text: 'ә'.repeat(200_000) }] }]), { lieAboutSize: true });
    const reason = expectRefused(await decodeInput(bytes, 'bomb.docx'), 'docx-damaged', 'bomb.docx');
    expect(reason).toContain('more than its declared size');
  });

  test('a Word file whose text unpacks far beyond the size limit', async () => {
    const bytes = makeDocx([{ runs: [{ text: 'билік '.repeat(50_000) }] }]);
    const reason = expectRefused(await decodeInput(bytes, 'expands.docx', { maxBytes: bytes.length + 1000 }), 'file-too-large', 'expands.docx');
    expect(reason).toContain('unpack');
  });

  test('an Excel workbook named .docx', async () => {
    const bytes = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
    ]);
    const reason = expectRefused(await decodeInput(bytes, 'sheet.docx'), 'unsupported-format', 'sheet.docx');
    expect(reason).toContain('Excel');
  });

  test('a Word file whose document XML is malformed', async () => {
    const bytes = makeZip(docxParts([], '<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p>'));
    expectRefused(await decodeInput(bytes, 'malformed.docx'), 'docx-damaged', 'malformed.docx');
  });

  test('a Word file with no text', async () => {
    const bytes = makeDocx([{ runs: [] }, { runs: [{ text: '   ' }] }]);
    expectRefused(await decodeInput(bytes, 'blank.docx'), 'empty-file', 'blank.docx');
  });
});
