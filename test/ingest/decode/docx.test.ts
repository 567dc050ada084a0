// Real .docx files built in the test (see make-docx.ts), converted by mammoth, compared with golden
// Markdown in test/fixtures/ingest/decode/<case>/expected.md.
import { describe, expect, test } from 'vitest';
import { decodeInput, type DecodeResult } from '../../../src/ingest/decode/index.js';
import { makeDocx, type DocxParagraph } from './make-docx.js';

const fixture = (name: string): string => `../../fixtures/ingest/decode/${name}/expected.md`;

function expectRead(result: DecodeResult): asserts result is Extract<DecodeResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected the Word file to be read, got ${JSON.stringify(result.messages)}`);
}

// The front matter of seed article 000 in Kazakh, as a journal's Word template lays it out.
const SEED_FRONT_MATTER: DocxParagraph[] = [
  { runs: [{ text: 'Сулеймен Дінмұхаммед*', italic: true }, { text: '1', italic: true, superscript: true }] },
  {
    runs: [
      { text: '1', italic: true, superscript: true },
      { text: 'Әл-Фараби атындағы ҚазҰУ-нің PhD докторанты', italic: true },
      { text: 'E- mail: suleimend_2000@mail.ru', italic: true, breakBefore: true },
    ],
  },
  { style: 'Heading2', runs: [{ text: 'ҚАЗАҚСТАННЫҢ ҚАЗІРГІ ҚОҒАМЫНДАҒЫ БИЛІК ФИЛОСОФИЯСЫ' }] },
  { style: 'Heading3', runs: [{ text: 'Аңдатпа', italic: true }] },
  {
    runs: [
      { text: 'Мақалада Қазақстанның қазіргі қоғамындағы ' },
      { text: 'билік философиясы', bold: true },
      { text: ' қарастырылады. Биліктің негізгі элементтері субъект, объект және құралдар болып табылады.' },
    ],
  },
  { runs: [{ text: 'Түйін сөздер: ', bold: true }, { text: 'Қазақстан Республикасы, қазіргі қоғам, билік философиясы' }] },
  { style: 'Heading1', runs: [{ text: 'Кіріспе' }] },
  { runs: [{ text: 'Билік – қоғамдағы басты құбылыс.' }] },
  { runs: [{ text: 'Пайдаланылған әдебиеттер тізімі', italic: true }] },
  { numbered: true, runs: [{ text: 'Қазақстан Республикасының Конституциясы. Астана, 1999. - 53 б.' }] },
  { numbered: true, runs: [{ text: 'Конфуций. Уроки мудрости: Сочинения. - М.: Эксмопресс, 1999. - 958 с.' }] },
];

describe('Word to Markdown-like text', () => {
  test('seed front matter: headings, bold, italics, superscripts, line breaks, numbered references', async () => {
    const result = await decodeInput(makeDocx(SEED_FRONT_MATTER), 'seed-000-kk.docx');
    expectRead(result);
    expect(result).toMatchObject({ format: 'docx', encoding: 'utf-8', bom: false, messages: [] });
    await expect(result.text).toMatchFileSnapshot(fixture('seed-front-matter-kk'));
  });

  test('the blocks stay apart: one blank line between paragraphs, list items on consecutive lines', async () => {
    const result = await decodeInput(makeDocx(SEED_FRONT_MATTER), 'seed-000-kk.docx');
    expectRead(result);
    const blocks = result.text.trimEnd().split('\n\n');
    expect(blocks[2]).toBe('## ҚАЗАҚСТАННЫҢ ҚАЗІРГІ ҚОҒАМЫНДАҒЫ БИЛІК ФИЛОСОФИЯСЫ');
    expect(blocks[3]).toBe('### *Аңдатпа*');
    expect(blocks[5]).toBe('**Түйін сөздер:** Қазақстан Республикасы, қазіргі қоғам, билік философиясы');
    expect(blocks[6]).toBe('# Кіріспе');
    expect(blocks.at(-1)?.split('\n')).toEqual([
      '1. Қазақстан Республикасының Конституциясы. Астана, 1999. - 53 б.',
      '2. Конфуций. Уроки мудрости: Сочинения. - М.: Эксмопресс, 1999. - 958 с.',
    ]);
  });

  test('the Title style and a Russian-named heading style become headings', async () => {
    const result = await decodeInput(
      makeDocx([
        { style: 'Title', runs: [{ text: 'ФИЛОСОФИЯ ВЛАСТИ' }] },
        { style: 'a3', runs: [{ text: 'Введение' }] },
        { runs: [{ text: 'Текст.' }] },
      ]),
      'ru.docx',
    );
    expectRead(result);
    expect(result.text).toBe('# ФИЛОСОФИЯ ВЛАСТИ\n\n## Введение\n\nТекст.\n');
  });

  test('formatting markers hug the words and nest', async () => {
    const result = await decodeInput(
      makeDocx([
        {
          runs: [
            { text: 'Key words: ', bold: true },
            { text: 'power, ' },
            { text: 'society ', italic: true },
            { text: 'and ' },
            { text: 'bold ', bold: true },
            { text: 'both', bold: true, italic: true },
            { text: ' end', bold: true },
          ],
        },
      ]),
      'en.docx',
    );
    expectRead(result);
    expect(result.text).toBe('**Key words:** power, *society* and **bold *both* end**\n');
  });

  test('characters that Markdown would read as formatting are escaped, as in the seeds', async () => {
    const result = await decodeInput(makeDocx([{ runs: [{ text: '# 5*3 = 15, snake_case, C:\\dir' }] }]), 'escapes.docx');
    expectRead(result);
    expect(result.text).toBe('\\# 5\\*3 = 15, snake\\_case, C:\\\\dir\n');
  });
});
