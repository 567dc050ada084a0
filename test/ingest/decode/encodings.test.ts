// Real files in every accepted encoding, made in the test from seed sentences with iconv-lite, read back
// through decodeInput. One shared spec runs per language (kk, ru, en).
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeInput, type DecodeResult, type EncodingName } from '../../../src/ingest/decode/index.js';

// From the seed article 000 (title, abstract and keyword lines), with its Markdown marks.
const TEXT = {
  kk:
    '## ҚАЗАҚСТАННЫҢ ҚАЗІРГІ ҚОҒАМЫНДАҒЫ БИЛІК ФИЛОСОФИЯСЫ\n\n### *Аңдатпа*\n\n' +
    'Мақалада Қазақстанның қазіргі қоғамындағы билік философиясы қарастырылады. Биліктің негізгі элементтері ' +
    'субъект, объект және құралдар болып табылады. Билік субъектісі белсенділік, бағыттаушы бастауға ие жеке ' +
    'тұлға, орган, ұйым, әлеуметтік бірлестіктер болуы мүмкін.\n',
  ru:
    '## ФИЛОСОФИЯ ВЛАСТИ В СОВРЕМЕННОМ ОБЩЕСТВЕ КАЗАХСТАНА\n\n### *Аннотация*\n\n' +
    'В статье рассматривается философия власти в современном казахстанском обществе. Основными элементами ' +
    'власти являются субъект, объект и средства.\n\n' +
    '**Ключевые слова:** Республика Казахстан, современное общество, философия власти, концепция власти.\n',
  en:
    '## THE PHILOSOPHY OF POWER IN THE MODERN SOCIETY OF KAZAKHSTAN\n\n### *Abstract*\n\n' +
    'The article deals with the philosophy of power in the modern society of Kazakhstan. The main elements of ' +
    'power are subject, object and means.\n\n' +
    '**Key words:** Republic of Kazakhstan, modern society, philosophy of power, concept of power\n',
} as const;

type Lang = keyof typeof TEXT;

interface EncodingCase {
  /** iconv-lite's name, to make the bytes. */
  iconvName: string;
  expected: EncodingName;
  bom: boolean;
  /** The ruleIds of the messages expected on success. */
  ruleIds: string[];
}

const UNICODE_CASES: Record<string, EncodingCase> = {
  'UTF-8': { iconvName: 'utf-8', expected: 'utf-8', bom: false, ruleIds: [] },
  'UTF-8 with BOM': { iconvName: 'utf-8', expected: 'utf-8', bom: true, ruleIds: [] },
  'UTF-16 LE with BOM': { iconvName: 'utf-16le', expected: 'utf-16le', bom: true, ruleIds: [] },
  'UTF-16 BE with BOM': { iconvName: 'utf-16be', expected: 'utf-16be', bom: true, ruleIds: [] },
  'UTF-16 LE without BOM': { iconvName: 'utf-16le', expected: 'utf-16le', bom: false, ruleIds: ['encoding-guessed'] },
  'UTF-16 BE without BOM': { iconvName: 'utf-16be', expected: 'utf-16be', bom: false, ruleIds: ['encoding-guessed'] },
  'UTF-32 LE with BOM': { iconvName: 'utf-32le', expected: 'utf-32le', bom: true, ruleIds: [] },
};

const LEGACY_CASES: Record<Lang, Record<string, EncodingCase>> = {
  kk: {
    'KZ-1048': { iconvName: 'rk1048', expected: 'kz-1048', bom: false, ruleIds: ['encoding-guessed'] },
    PT154: { iconvName: 'pt154', expected: 'pt154', bom: false, ruleIds: ['encoding-guessed'] },
  },
  ru: {
    'Windows-1251': { iconvName: 'windows-1251', expected: 'windows-1251', bom: false, ruleIds: ['encoding-guessed'] },
    'KOI8-R': { iconvName: 'koi8-r', expected: 'koi8-r', bom: false, ruleIds: ['encoding-guessed'] },
    'Mac Cyrillic': { iconvName: 'maccyrillic', expected: 'x-mac-cyrillic', bom: false, ruleIds: ['encoding-guessed'] },
    'IBM866 (DOS)': { iconvName: 'cp866', expected: 'ibm866', bom: false, ruleIds: ['encoding-guessed'] },
  },
  en: {},
};

function encode(text: string, iconvName: string, bom: boolean): Uint8Array {
  return new Uint8Array(iconv.encode(text, iconvName, { addBOM: bom }));
}

function expectRead(result: DecodeResult): asserts result is Extract<DecodeResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected the file to be read, got ${JSON.stringify(result.messages)}`);
}

describe.each(Object.keys(TEXT) as Lang[])('%s article', (lang) => {
  const text = TEXT[lang];
  const cases = { ...UNICODE_CASES, ...LEGACY_CASES[lang] };

  test.each(Object.entries(cases))('%s is read back exactly', async (_name, encodingCase) => {
    const bytes = encode(text, encodingCase.iconvName, encodingCase.bom);
    const result = await decodeInput(bytes, `article-${lang}.md`);
    expectRead(result);
    expect(result.text).toBe(text);
    expect(result.encoding).toBe(encodingCase.expected);
    expect(result.bom).toBe(encodingCase.bom);
    expect(result.format).toBe('md');
    expect(result.messages.map((message) => message.ruleId)).toEqual(encodingCase.ruleIds);
  });

  test('Windows line ends are kept as they are', async () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const result = await decodeInput(encode(crlf, 'utf-8', false), `article-${lang}.txt`);
    expectRead(result);
    expect(result.text).toBe(crlf);
  });
});

describe('Kazakh code page against Windows-1251', () => {
  const sentence = 'Мақалада Қазақстанның қазіргі қоғамындағы билік философиясы қарастырылады.';

  test('one Kazakh sentence in KZ-1048 reads as Kazakh, not as Serbian letters', async () => {
    const result = await decodeInput(encode(sentence, 'rk1048', false), 'one-sentence.txt');
    expectRead(result);
    expect(result.encoding).toBe('kz-1048');
    expect(result.text).toBe(sentence);
    // The message names the rival reading and a word it would have produced.
    const note = result.messages.find((message) => message.ruleId === 'encoding-guessed');
    expect(note?.severity).toBe('info');
    expect(note?.reason).toContain('one-sentence.txt');
    expect(note?.reason).toContain('Windows-1251');
    expect(note?.reason).toMatch(/Маќалада|Ќазаќстанныњ/);
  });

  test('the same bytes read as Windows-1251 would give Serbian and Macedonian letters', () => {
    // Guards the premise of the test above: the two code pages really disagree on these bytes.
    const wrong = iconv.decode(iconv.encode(sentence, 'rk1048'), 'windows-1251');
    expect(wrong).not.toBe(sentence);
    expect(wrong).toMatch(/[ђћџљњќѓўј]/);
  });

  test('Kazakh text saved in Windows-1251 (letters it lacks became ?) is read as Windows-1251', async () => {
    const bytes = encode(TEXT.kk, 'windows-1251', false);
    const result = await decodeInput(bytes, 'kk-1251.txt');
    expectRead(result);
    expect(result.encoding).toBe('windows-1251');
    expect(result.text).toBe(iconv.decode(Buffer.from(bytes), 'windows-1251'));
    expect(result.text).not.toMatch(/[ђћџљњќѓўј]/);
  });

  test('a Russian file that KZ-1048 and Windows-1251 read alike is named Windows-1251', async () => {
    const result = await decodeInput(encode(TEXT.ru, 'rk1048', false), 'ru.txt');
    expectRead(result);
    expect(result.encoding).toBe('windows-1251');
    expect(result.text).toBe(TEXT.ru);
  });

  test('a trilingual article in KZ-1048 is read whole', async () => {
    const article = [TEXT.en, TEXT.kk, TEXT.ru].join('\n');
    const result = await decodeInput(encode(article, 'rk1048', false), 'article.md');
    expectRead(result);
    expect(result.encoding).toBe('kz-1048');
    expect(result.text).toBe(article);
  });

  test('a trilingual article in Windows-1251 with Ukrainian і keeps і', async () => {
    // Windows-1251 has і (U+0456), so Kazakh і survives; the other Kazakh letters were lost to `?`.
    const article = [TEXT.en, TEXT.ru, 'Біз білім беру жүйесін зерттейміз.\n'].join('\n');
    const bytes = encode(article, 'windows-1251', false);
    const result = await decodeInput(bytes, 'article.md');
    expectRead(result);
    expect(result.encoding).toBe('windows-1251');
    expect(result.text).toContain('Біз білім беру ж?йесін');
  });
});

describe('Western text', () => {
  test('English in Windows-1252 with accents and curly quotes', async () => {
    const text = 'The “café” in Zürich served crème brûlée — a naïve résumé of French cuisine.\n';
    const result = await decodeInput(encode(text, 'windows-1252', false), 'en.txt');
    expectRead(result);
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe(text);
  });

  test('plain ASCII is UTF-8 and needs no note', async () => {
    const result = await decodeInput(encode('Plain ASCII text.\n', 'utf-8', false), 'ascii.txt');
    expectRead(result);
    expect(result.encoding).toBe('utf-8');
    expect(result.messages).toEqual([]);
  });
});

describe('formats by file name', () => {
  test.each([
    ['article.md', 'md'],
    ['article.MARKDOWN', 'md'],
    ['article.txt', 'txt'],
    ['README', 'txt'],
    ['notes.text', 'txt'],
    ['dir.v2/article', 'txt'],
  ])('%s is read as %s', async (fileName, format) => {
    const result = await decodeInput(encode(TEXT.en, 'utf-8', false), fileName);
    expectRead(result);
    expect(result.format).toBe(format);
  });
});
