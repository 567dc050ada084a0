// Property tests: no input makes decodeInput throw, a file is read whole or refused with a message, and
// what is read is exactly what was written.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeInput, type DecodeResult } from '../../../src/ingest/decode/index.js';
import { makeDocx } from './make-docx.js';

const SEVERITIES = ['info', 'warning', 'fatal'];

/** Every message is well-formed: a kebab-case ruleId, a severity, a reason, and ranges inside the text. */
function expectWellFormed(result: DecodeResult): void {
  if (!result.ok) expect(result.messages.length).toBeGreaterThan(0);
  for (const message of result.messages) {
    expect(message.ruleId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(SEVERITIES).toContain(message.severity);
    expect(message.reason.length).toBeGreaterThan(10);
    if (message.range) {
      expect(result.ok).toBe(true);
      const length = result.ok ? result.text.length : 0;
      expect(message.range.start).toBeGreaterThanOrEqual(0);
      expect(message.range.end).toBeLessThanOrEqual(length);
      expect(message.range.start).toBeLessThanOrEqual(message.range.end);
    }
  }
}

const fileNames = fc.constantFrom('a.txt', 'a.md', 'a.docx', 'a', 'a.DOCX', 'dir/a.markdown', 'a.pdf');

describe('decodeInput is total', () => {
  test('random bytes under any name: a result, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fileNames, async (bytes, fileName) => {
        const result = await decodeInput(bytes, fileName);
        expectWellFormed(result);
      }),
      { numRuns: 300 },
    );
  });

  test('any Unicode text saved as UTF-8 is read back exactly, or refused with a reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), fc.boolean(), async (text, bom) => {
        const bytes = new Uint8Array(Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]));
        const result = await decodeInput(bytes, 'random.md');
        expectWellFormed(result);
        if (result.ok && result.encoding === 'utf-8') expect(result.text).toBe(text);
        if (!result.ok) expect(result.messages[0].ruleId).toMatch(/^(empty-file|binary-file|unsupported-format)$/);
      }),
      { numRuns: 300 },
    );
  });

  test('a real Word file cut or corrupted anywhere: read or refused, never thrown', async () => {
    const docx = makeDocx([
      { style: 'Heading1', runs: [{ text: 'БИЛІК ФИЛОСОФИЯСЫ' }] },
      { runs: [{ text: 'Мақалада билік философиясы ', bold: true }, { text: 'қарастырылады.' }] },
    ]);
    const damage = fc.oneof(
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat({ max: docx.length - 1 }) }),
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat({ max: docx.length - 1 }), mask: fc.integer({ min: 1, max: 255 }) }),
    );
    await fc.assert(
      fc.asyncProperty(damage, async (change) => {
        const bytes = new Uint8Array(docx);
        const damaged = change.kind === 'cut' ? bytes.subarray(0, change.at) : (bytes[change.at] ^= change.mask, bytes);
        const result = await decodeInput(damaged, 'damaged.docx');
        expectWellFormed(result);
        if (!result.ok) expect(result.messages[0].ruleId).toMatch(/^(empty-file|docx-[a-z-]+|unsupported-format|file-too-large)$/);
      }),
      { numRuns: 200 },
    );
  });
});

// Kazakh and Russian words as they occur in the seeds; sentences of them are saved in each code page.
const KAZAKH_WORDS = [
  'мақалада', 'қазақстанның', 'қазіргі', 'қоғамындағы', 'билік', 'философиясы', 'қарастырылады', 'биліктің',
  'негізгі', 'элементтері', 'құралдар', 'болып', 'табылады', 'әлеуметтік', 'бірлестіктер', 'мүмкін', 'ұйым',
  'жеке', 'тұлға', 'өкілеттік', 'үшін', 'және', 'саяси', 'жүйесі', 'мемлекеттік', 'ғылыми', 'зерттеу',
];
const RUSSIAN_WORDS = [
  'в', 'статье', 'рассматривается', 'философия', 'власти', 'современном', 'обществе', 'казахстана',
  'основными', 'элементами', 'являются', 'субъект', 'объект', 'и', 'средства', 'государственной', 'политической',
];

function sentences(words: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.array(fc.constantFrom(...words), { minLength: 6, maxLength: 14 }), { minLength: 1, maxLength: 4 })
    .map((list) => list.map((sentence) => `${sentence.join(' ')}.`).map((s) => s[0].toUpperCase() + s.slice(1)).join(' ') + '\n');
}

test('a view into a larger buffer reads the same as a copy of its bytes', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uint8Array({ maxLength: 64 }),
      sentences(KAZAKH_WORDS),
      fc.constantFrom('rk1048', 'utf-8', 'utf-16le'),
      fc.constantFrom('a.txt', 'a.docx'),
      async (padding, text, iconvName, fileName) => {
        const body = fileName.endsWith('.docx') ? makeDocx([{ runs: [{ text }] }]) : new Uint8Array(iconv.encode(text, iconvName));
        const whole = new Uint8Array([...padding, ...body, ...padding]);
        const view = whole.subarray(padding.length, padding.length + body.length);
        expect(await decodeInput(view, fileName)).toEqual(await decodeInput(new Uint8Array(body), fileName));
      },
    ),
    { numRuns: 60 },
  );
});

/** iconv-lite's name of each encoding these tests expect decodeInput to report. */
const ICONV_NAMES: Record<string, string> = {
  'kz-1048': 'rk1048',
  'windows-1251': 'windows-1251',
  'koi8-r': 'koi8-r',
  ibm866: 'cp866',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

describe('legacy code pages from random sentences', () => {
  test.each([
    ['Kazakh', 'rk1048', 'kz-1048', KAZAKH_WORDS],
    ['Russian', 'windows-1251', 'windows-1251', RUSSIAN_WORDS],
    ['Russian', 'koi8-r', 'koi8-r', RUSSIAN_WORDS],
    ['Russian', 'cp866', 'ibm866', RUSSIAN_WORDS],
    // Cyrillic-only UTF-16 has no NUL bytes at all (Қ is 9A 04): the 0x04 bytes are the clue.
    ['Kazakh', 'utf-16le', 'utf-16le', KAZAKH_WORDS],
    ['Kazakh', 'utf-16be', 'utf-16be', KAZAKH_WORDS],
  ] as const)('%s in %s is read back exactly', async (_language, iconvName, encoding, words) => {
    await fc.assert(
      fc.asyncProperty(sentences(words), async (text) => {
        const bytes = iconv.encode(text, iconvName);
        const result = await decodeInput(new Uint8Array(bytes), 'legacy.txt');
        if (!result.ok) throw new Error(JSON.stringify(result.messages));
        expect(result.text).toBe(text);
        // A Kazakh text whose only letter outside Russian is і has the same bytes in RK1048 and windows-1251
        // (both put і at B3), so either name is right for it; otherwise the code page must be the one written.
        const sameBytes = Object.entries(ICONV_NAMES).filter(([, name]) => iconv.decode(bytes, name) === text).map(([label]) => label);
        expect(sameBytes).toContain(encoding);
        expect(sameBytes).toContain(result.encoding);
      }),
      { numRuns: 100 },
    );
  });
});
