import { describe, expect, it } from 'vitest';
import { englishSegmenterData } from '../../src/lang/en/abbreviations.js';
import { kazakhSegmenterData } from '../../src/lang/kk/abbreviations.js';
import { russianSegmenterData } from '../../src/lang/ru/abbreviations.js';
import { isSentenceStarter, lookupAbbreviation } from '../../src/segment/lookup-abbreviation.js';

const TABLES = { en: englishSegmenterData, kk: kazakhSegmenterData, ru: russianSegmenterData };

describe.each(Object.entries(TABLES))('abbreviation table %s', (_lang, data) => {
  const forms = Object.values(data.abbreviations).flat();

  it('lists each form once, in lower case, without a final full stop or a space', () => {
    expect(new Set(forms).size).toBe(forms.length);
    for (const form of forms) {
      expect(form).toBe(form.toLowerCase());
      expect(form.endsWith('.')).toBe(false);
      expect(form).not.toMatch(/\s/u);
    }
  });

  it('lists sentence starters capitalised', () => {
    for (const word of data.sentenceStarters) expect(word[0]).toBe(word[0].toUpperCase());
  });
});

describe('lookupAbbreviation', () => {
  it.each([
    ['Vol', 'en', 'numeral'],
    ['e.g', 'kk', 'prefix'],
    ['т.б', 'kk', 'final'],
    ['г', 'kk', 'unit'],
    ['ж', 'ru', 'unit'],
    ['Рис', 'ru', 'numeral'],
    ['власть', 'ru', undefined],
  ] as const)('%s in %s is %s', (word, lang, expected) => {
    expect(lookupAbbreviation(word, lang)).toBe(expected);
  });

  it('picks the sentence starters by script', () => {
    expect(isSentenceStarter('The', 'ru')).toBe(true);
    expect(isSentenceStarter('Бұл', 'ru')).toBe(true);
    expect(isSentenceStarter('Это', 'kk')).toBe(true);
    expect(isSentenceStarter('Zheksembekova', 'en')).toBe(false);
  });
});
