// Russian loans in Kazakh spelling: a back-vowelled stem closed by the front velar к/г takes front endings, and a
// soft sign is dropped before a vowel-initial ending; a Russian dictionary noun is a loan stem.
import { describe, expect, it } from 'vitest';
import { kazakhLemma } from '../../../../src/terms/morphology/kk/index.js';
import { isRussianDictionaryNoun } from '../../../../src/terms/morphology/kk/russian-loan.js';

describe('kazakhLemma on loans closed by a front velar', () => {
  it('accepts the front endings Kazakh spelling gives a back-vowelled loan ending in к or г', () => {
    // NTREX: Орталық Парктің, Нью-Йоркте, Фурыктің, Кубогі.
    expect(kazakhLemma('Парктің')).toBe('парк');
    expect(kazakhLemma('Нью-Йоркте')).toBe('нью-йорк');
    expect(kazakhLemma('Фурыктің')).toBe('фурык');
    expect(kazakhLemma('кубогі')).toBe('кубок');
  });
});

describe('kazakhLemma on loans closed by a soft sign', () => {
  it('restores the soft sign a listed loan drops before a vowel', () => {
    // ud-kk-dev: стиліндегі (стиль + і + нде + гі).
    expect(kazakhLemma('стиліндегі')).toBe('стиль');
  });

  it('restores an unlisted soft sign that a front ending after a back stem shows', () => {
    expect(kazakhLemma('фестивалі')).toBe('фестиваль');
    expect(kazakhLemma('фестивалінде')).toBe('фестиваль');
    expect(kazakhLemma('фестивальге')).toBe('фестиваль');
    expect(kazakhLemma('медалі')).toBe('медаль');
  });

  it('keeps harmony elsewhere: a back stem takes no front consonant-initial ending, a verb root no front ending', () => {
    // A name in -де is not a back stem + locative -де (that would be -да, or -де after a written soft sign).
    expect(kazakhLemma('Гранде')).toBe('гранде');
    // The instrumental is the same after either harmony.
    expect(kazakhLemma('Вашингтонмен')).toBe('вашингтон');
    expect(kazakhLemma('журналы')).toBe('журнал');
  });
});

describe('Russian dictionary nouns as loan stems (russian-loan.ts)', () => {
  it('knows place names, surnames and common nouns in the nominative singular, not first names', () => {
    expect(isRussianDictionaryNoun('канада')).toBe(true);
    expect(isRussianDictionaryNoun('флорида')).toBe(true);
    expect(isRussianDictionaryNoun('сезон')).toBe(true);
    // A rare Russian first name that is a Kazakh verb form (ала + м) by chance.
    expect(isRussianDictionaryNoun('алам')).toBe(false);
    // Kazakh letters or a short stem: never asked.
    expect(isRussianDictionaryNoun('қала')).toBe(false);
    expect(isRussianDictionaryNoun('сон')).toBe(false);
  });

  it('keeps a name ending like a locative whole and strips real endings after a loan (NTREX forms)', () => {
    expect(kazakhLemma('Флорида')).toBe('флорида');
    expect(kazakhLemma('Руандаға')).toBe('руанда');
    expect(kazakhLemma('рейсті')).toBe('рейс');
    expect(kazakhLemma('сезоны')).toBe('сезон');
    expect(kazakhLemma('Лондонда')).toBe('лондон');
  });
});
