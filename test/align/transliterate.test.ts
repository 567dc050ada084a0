import { describe, expect, it } from 'vitest';
import { consonantSkeleton, romanize, skeletonSimilarity } from '../../src/align/transliterate.js';
import { findCognates } from '../../src/align/find-cognates.js';
import { unitFeatures } from '../../src/align/unit-features.js';
import { stemKazakhLight } from '../../src/align/stem-kk-light.js';

const skeleton = (word: string) => consonantSkeleton(romanize(word));

describe('cognates across scripts', () => {
  it.each([
    ['Kazakhstan', 'Казахстан'],
    ['Kazakhstan', 'Қазақстанның'],
    ['democracy', 'демократия'],
    ['constitution', 'конституция'],
    ['parliament', 'парламенттегі'],
  ])('%s ≈ %s', (a, b) => {
    expect(skeletonSimilarity(skeleton(a), skeleton(b))).toBeGreaterThan(0);
  });

  it.each([
    ['state', 'сату'],
    ['power', 'билік'],
    ['city', 'қала'],
  ])('%s is not %s', (a, b) => {
    expect(skeletonSimilarity(skeleton(a), skeleton(b))).toBe(0);
  });

  it('links short names only when both are capitalised (Tom Daley ≈ Том Дейли)', () => {
    const en = [unitFeatures('Olympic diver Tom Daley says he grew up feeling inferior.', 'en')];
    const kk = [unitFeatures('Олимпиадаға қатысушы сүңгуір Том Дейли айтады.', 'kk')];
    const links = findCognates(en, kk).map(([a, b]) => `${a}=${b}`);
    expect(links).toContain('tom=том');
    expect(links).toContain('daley=дейли');
  });

  it('links the words of two units by stem', () => {
    const en = [unitFeatures('Kazakhstan adopted a new constitution in 1995.', 'en')];
    const ru = [unitFeatures('Казахстан принял новую конституцию в 1995 году.', 'ru')];
    const links = findCognates(en, ru).map(([a, b]) => `${a}=${b}`);
    expect(links.some((link) => link.startsWith('kazakhstan='))).toBe(true);
    expect(links.some((link) => link.startsWith('constitut='))).toBe(true);
  });
});

describe('unitFeatures', () => {
  it('normalises numbers written with thousand separators and decimal commas', () => {
    expect(unitFeatures('It cost 1,000 tenge, or 2.5 percent, in 2019.', 'en').numbers).toEqual(['1000', '2.5', '2019']);
    expect(unitFeatures('Это стоило 1 000 тенге, или 2,5 процента, в 2019 году.', 'ru').numbers).toEqual(['1000', '2.5', '2019']);
  });

  it('takes a short lower-case unit for a fragment, a sentence not', () => {
    expect(unitFeatures('является формирова-ние.', 'ru').fragment).toBe(true);
    expect(unitFeatures('Власть всегда двусторонняя.', 'ru').fragment).toBe(false);
  });

  it('keeps Kazakh letters when stemming', () => {
    expect(stemKazakhLight('қазақстанның')).toBe('қазақстан');
    expect(stemKazakhLight('биліктің')).toBe('билік');
    expect(stemKazakhLight('мемлекеттердің')).toBe('мемлекет');
  });
});
