import { describe, expect, it } from 'vitest';
import { scoreWord } from '../../src/lang/identify/index.js';
import type { Lang } from '../../src/model/index.js';

/** Log-odds that `left+right` is one word rather than two. */
const oneWordOdds = (left: string, right: string, lang: Lang) => scoreWord(left + right, lang) - scoreWord(left, lang) - scoreWord(right, lang);

describe('scoreWord', () => {
  it.each([
    ['бағыну', 'шы', 'kk'],
    ['мемле', 'кеттік', 'kk'],
    ['формирова', 'ние', 'ru'],
    ['госу', 'дарство', 'ru'],
    ['con', 'cept', 'en'],
    ['insti', 'tutional', 'en'],
  ] as const)('finds %s|%s more likely one word', (left, right, lang) => {
    expect(oneWordOdds(left, right, lang)).toBeGreaterThan(2);
  });

  it.each([
    ['іс', 'қимыл', 'kk'],
    ['қарым', 'қатынас', 'kk'],
    ['из', 'за', 'ru'],
    ['премьер', 'министр', 'ru'],
    ['waist', 'deep', 'en'],
    ['well', 'organized', 'en'],
  ] as const)('finds %s|%s more likely two words', (left, right, lang) => {
    expect(oneWordOdds(left, right, lang)).toBeLessThan(0);
  });

  it('scores a word of the language above the same letters scrambled', () => {
    expect(scoreWord('қазақстан', 'kk')).toBeGreaterThan(scoreWord('қсзнатақа', 'kk'));
    expect(scoreWord('государство', 'ru')).toBeGreaterThan(scoreWord('удгосртсова', 'ru'));
  });
});
