import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { identifyLanguage, splitDocuments, trainProfiles } from '../../src/lang/identify/index.js';
import { LANGS } from '../../src/model/index.js';

const fixture = (lang: string) =>
  readFileSync(new URL(`../fixtures/lang/ntrex-heldout/${lang}.txt`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');

describe('identifyLanguage on held-out NTREX sentences', () => {
  const items = LANGS.flatMap((lang) => fixture(lang).map((text) => ({ lang, text })));

  it('has the whole held-out fixture to measure on', () => {
    expect(items.length).toBeGreaterThan(1000);
  });

  it('is right on at least 99.5% of the sentences of any length', () => {
    const right = items.filter((item) => identifyLanguage(item.text).lang === item.lang).length;
    expect(right / items.length).toBeGreaterThanOrEqual(0.995);
  });

  it('is right on at least 99.5% of the short sentences (under 50 characters)', () => {
    const short = items.filter((item) => item.text.length < 50);
    expect(short.length).toBeGreaterThan(30);
    const right = short.filter((item) => identifyLanguage(item.text).lang === item.lang).length;
    expect(right / short.length).toBeGreaterThanOrEqual(0.995);
  });
});

describe('identifyLanguage on hand-made cases', () => {
  it.each([
    ['Аңдатпа', 'kk'],
    ['Кілт сөздер', 'kk'],
    ['Түйін сөздер: билік, қоғам', 'kk'],
    ['Мен жарияламадым', 'kk'],
    ['Бұл мақалада билік философиясы қарастырылады.', 'kk'],
    ['Аннотация', 'ru'],
    ['Ключевые слова', 'ru'],
    ['Список литературы', 'ru'],
    ['Я не сливала.', 'ru'],
    ['Key words', 'en'],
    ['The article deals with the philosophy of power.', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(identifyLanguage(text).lang).toBe(lang);
  });

  it('identifies Kazakh written in the Latin alphabet as Kazakh', () => {
    expect(identifyLanguage('Maqalada Qazaqstannyñ qazırgı qoğamyndağy bilık filosofiasy qarastyrylady.').lang).toBe('kk');
    expect(identifyLanguage('The article deals with the philosophy of power in Kazakhstan.').lang).toBe('en');
  });

  it('reads Latin look-alikes inside Cyrillic words as Kazakh letters', () => {
    expect(identifyLanguage('Бiлiм берудiң сапасы').lang).toBe('kk');
  });

  it('answers null with zero confidence for text without letters', () => {
    expect(identifyLanguage('2019 — 53 (5-6).')).toEqual({ lang: null, confidence: 0 });
    expect(identifyLanguage('')).toEqual({ lang: null, confidence: 0 });
  });

  it('is surer of a sentence than of a single ambiguous word', () => {
    const long = identifyLanguage('Мақалада Қазақстанның қазіргі қоғамындағы билік философиясы қарастырылады.');
    const word = identifyLanguage('Президент');
    expect(long.confidence).toBeGreaterThan(0.99);
    expect(word.confidence).toBeLessThan(long.confidence);
  });
});

describe('trainProfiles and splitDocuments', () => {
  it('learns a language only from what it was given', () => {
    const profiles = trainProfiles({
      kk: { sentences: ['мен сен ол біз сіз олар'] },
      ru: { sentences: ['я ты он мы вы они'] },
    });
    expect(identifyLanguage('біз', profiles).lang).toBe('kk');
    expect(identifyLanguage('мы', profiles).lang).toBe('ru');
  });

  it('splits documents into two disjoint halves that cover them all, whatever the input order', () => {
    const names = ['d', 'b', 'a', 'e', 'c'];
    const { train, heldOut } = splitDocuments(names);
    expect([...train, ...heldOut].sort()).toEqual([...names].sort());
    expect(train.filter((name) => heldOut.includes(name))).toEqual([]);
    expect(splitDocuments([...names].reverse())).toEqual({ train, heldOut });
  });
});
