// The plausibility score prefers the right reading of the same bytes: pairs of (right, wrong) readings
// that real code-page confusions produce, one shared table for Kazakh, Russian and English.
import { describe, expect, test } from 'vitest';
import { scoreTextPlausibility } from '../../../src/ingest/decode/score-text-plausibility.js';

describe('scoreTextPlausibility', () => {
  test.each([
    ['kk: KZ-1048 read as Windows-1251', 'Мақалада Қазақстанның қазіргі қоғамы', 'Маќалада Ќазаќстанныњ ќазірѓі ќоѓамы'],
    ['kk: KZ-1048 read as PT154', 'әлеуметтік ұйым', 'јлеуметтік ўйым'],
    ['ru: KOI8-R read as Windows-1251', 'Власть и общество', 'чМБУФШ Й ПВЭЕУФЧП'],
    ['ru: Windows-1251 read as Mac Cyrillic', 'Число жертв в Индонезии.', '„исло жертв в »ндонезии.'],
    ['ru: UTF-16 in the wrong byte order', 'Власть', '\u1204\u3b04\u3004\u4104\u4204\u4c04'],
    ['en: Windows-1252 read as Windows-1251', 'café résumé', 'cafй rйsumй'],
  ])('%s scores worse', (_name, right, wrong) => {
    expect(scoreTextPlausibility(right).cost).toBeLessThan(scoreTextPlausibility(wrong).cost);
  });

  test('real words pass: homoglyph-free Kazakh, abbreviations with inner capitals, initials', () => {
    const score = scoreTextPlausibility('ҚазҰУ-нің PhD докторанты А. С. Пушкин және McDonald туралы жазды.');
    expect(score.badWords).toBe(0);
  });

  test.each([
    ['mixed Latin and Cyrillic', 'Kазақ', 'Kазақ'],
    ['a Serbian letter in a Kazakh word', 'Маќалада', 'Маќалада'],
    ['a capital after a small letter', 'пРИВЕТ', 'пРИВЕТ'],
  ])('%s is an implausible word and is quoted', (_name, text, sample) => {
    const score = scoreTextPlausibility(`${text} мир`);
    expect(score).toMatchObject({ words: 2, badWords: 1, badWordSamples: [sample] });
  });

  test('box drawing and private-use characters are odd symbols', () => {
    expect(scoreTextPlausibility('╨Ь╨░ \uE000').oddSymbols).toBe(4); // ╨ ╨ ░ and U+E000
  });
});
