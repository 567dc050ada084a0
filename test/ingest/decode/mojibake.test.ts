// UTF-8 text that was once misread in a legacy code page and saved again as UTF-8 (mojibake), made in the
// test by doing exactly that with iconv-lite.
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeInput } from '../../../src/ingest/decode/index.js';

const ARTICLE =
  'Мақалада Қазақстанның қазіргі қоғамындағы билік философиясы қарастырылады. Иван Иванович пишет.\n' +
  'В статье рассматривается философия власти в современном казахстанском обществе.\n';

/** Misreads UTF-8 bytes in `codePage` as Windows does: undefined bytes become the C1 control of that value. */
function misread(text: string, codePage: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return [...bytes].map((byte) => {
    const char = iconv.decode(Buffer.of(byte), codePage);
    return char === '\uFFFD' ? String.fromCharCode(byte) : char;
  }).join('');
}

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

describe('mojibake', () => {
  test.each([
    ['Windows-1251', 'windows-1251', 'РњР°Т›Р°Р»Р°РґР°'],
    ['KZ-1048', 'rk1048', 'РњР°Т›Р°Р»Р°РөР°'],
    ['KOI8-R', 'koi8-r', 'п°п╟р⌡п╟п╩п╟п╢п╟'],
    ['IBM866', 'cp866', '╨Ь╨░╥Ы╨░╨╗╨░╨┤╨░'],
  ])('a whole file misread as %s is read as the original text, with a warning', async (label, codePage, garbled) => {
    const result = await decodeInput(utf8(misread(ARTICLE, codePage)), 'garbled.txt');
    if (!result.ok) throw new Error(JSON.stringify(result.messages));
    expect(result.text).toBe(ARTICLE);
    expect(result.messages).toMatchObject([{ ruleId: 'mojibake-repaired', severity: 'warning', actual: garbled, expected: 'Мақалада' }]);
    expect(result.messages[0].reason).toContain(label);
    expect(result.messages[0].reason).toContain('`garbled.txt`');
  });

  test('one garbled line among good ones is pointed at and kept as it is', async () => {
    const line = misread('Ещё одна строка текста на русском языке.', 'windows-1251');
    const text = `${ARTICLE}${line}\n${ARTICLE}`;
    const result = await decodeInput(utf8(text), 'partly.txt');
    if (!result.ok) throw new Error(JSON.stringify(result.messages));
    expect(result.text).toBe(text);
    const [message] = result.messages;
    expect(message).toMatchObject({ ruleId: 'mojibake-suspected', severity: 'warning', expected: 'Ещё' });
    expect(text.slice(message.range?.start, message.range?.end)).toBe(message.actual);
  });

  test.each([
    ['a box-drawing table', 'Table 1:\n┌──┬──┐\n│ab│cd│\n└──┴──┘\n'],
    ['Serbian Cyrillic', 'Ђорђе Њешић воли џем, љубав и ћерку. Српски језик има слова ђ, ћ, џ, љ, њ.\n'],
    ['Kazakh and Russian', ARTICLE],
  ])('%s is not mojibake', async (_name, text) => {
    const result = await decodeInput(utf8(text), 'clean.txt');
    expect(result).toMatchObject({ ok: true, text, messages: [] });
  });
});
