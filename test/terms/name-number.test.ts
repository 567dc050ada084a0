import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numberAfterName } from '../../src/terms/name-number.js';
import { findEnglishTerms } from '../../src/terms/find-english-terms.js';
import { findKazakhTerms } from '../../src/terms/find-kazakh-terms.js';
import { findRussianTerms } from '../../src/terms/find-russian-terms.js';

const lines = (lang: string) =>
  readFileSync(new URL(`../fixtures/terms/name-numbers/${lang}.txt`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
const en = lines('en');
const kk = lines('kk');
const ru = lines('ru');
const lower = (keys: string[]) => keys.map((key) => key.toLowerCase());
const numbered = (keys: string[]) => lower(keys).filter((key) => /\d/.test(key));

describe('numberAfterName', () => {
  const after = (text: string, name: string, options?: Parameters<typeof numberAfterName>[2]) =>
    numberAfterName(text, text.indexOf(name) + name.length, options)?.text ?? null;

  it('reads a number after a space or a hyphen', () => {
    expect(after('the Nord Stream 2 pipeline', 'Stream')).toBe('2');
    expect(after('«Северный поток-2»', 'поток')).toBe('2');
  });

  it('leaves a year, a decimal, a time, an ordinal, a score and a range', () => {
    expect(after('London 2012 Games', 'London')).toBeNull();
    expect(after('Radio 4.5 hours', 'Radio')).toBeNull();
    expect(after('Sunday 11:15 BST', 'Sunday')).toBeNull();
    expect(after('Fleet 4th place', 'Fleet')).toBeNull();
    expect(after('Ayr 38 - 17 Melrose', 'Ayr')).toBeNull();
    expect(after('McIlroy 4&3 in the foursomes', 'McIlroy')).toBeNull();
    expect(after('Rim 2 to 4 inches', 'Rim')).toBeNull();
  });

  it('lets the caller refuse a word after a spaced number', () => {
    expect(after('в Бирмингеме 29 сентября', 'Бирмингеме', { spacedBeforeWord: false })).toBeNull();
    expect(after('BBC Radio 4 «Сегодня»', 'Radio', { spacedBeforeWord: false })).toBe('4');
    expect(after('Норд Стрим 2 құбыры', 'Стрим', { spacedBeforeWord: (word) => word === 'құбыры' })).toBe('2');
  });
});

describe('finders keep a number that is part of a name', () => {
  it('in English, and not a count before a plural noun nor a score', () => {
    expect(numbered(findEnglishTerms(en[0]).matches.map((m) => m.key))).toContain('nord stream 2');
    expect(numbered(findEnglishTerms(en[1]).matches.map((m) => m.key))).toContain('bbc radio 4');
    expect(numbered(findEnglishTerms(en[2]).matches.map((m) => m.key))).toEqual([]);
    expect(numbered(findEnglishTerms(en[3]).matches.map((m) => m.key))).toEqual([]);
  });

  it('in Kazakh, before the word the name owns and before another name, not before a counted noun', () => {
    expect(numbered(findKazakhTerms(kk[0], new Set()).matches.map((m) => m.key))).toContain('норд стрим 2');
    expect(numbered(findKazakhTerms(kk[1], new Set()).matches.map((m) => m.key))).toContain('bbc radio 4');
    expect(numbered(findKazakhTerms(kk[2], new Set()).matches.map((m) => m.key))).toEqual([]);
  });

  it('in Russian, joined by a hyphen or closing the name, not a date after a declined name', () => {
    expect(numbered(findRussianTerms(ru[0]).matches.map((m) => m.key))).toContain('северный поток 2');
    expect(numbered(findRussianTerms(ru[1]).matches.map((m) => m.key))).toContain('bbc radio 4');
    expect(numbered(findRussianTerms(ru[2]).matches.map((m) => m.key))).toEqual([]);
  });
});
