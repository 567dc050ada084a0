import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEnglishTerms } from '../../src/terms/find-english-terms.js';
import { englishTemporalRanges, insideRanges } from '../../src/terms/temporal-expressions.js';

const sentences = readFileSync(new URL('../fixtures/terms/temporal-expressions/en.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');
const keys = (sentence: string) => findEnglishTerms(sentence).matches.map((match) => match.key);

describe('englishTemporalRanges', () => {
  it('finds the dates and durations of a news sentence as character ranges', () => {
    const sentence = sentences[3];
    const texts = englishTemporalRanges(sentence).map(([start, end]) => sentence.slice(start, end));
    expect(texts).toContain('end of March');
    expect(texts.some((text) => text.includes('Marvin') || text.includes('production'))).toBe(false);
  });

  it('finds nothing in a sentence without a temporal expression', () => {
    expect(englishTemporalRanges('The Burnaston plant makes Toyota cars for the European market.')).toEqual([]);
  });

  it('tells a stretch inside a range from one that reaches out of it', () => {
    expect(insideRanges([[10, 22]], 17, 22)).toBe(true);
    expect(insideRanges([[10, 22]], 17, 25)).toBe(false);
    expect(insideRanges([[10, 22]], -1, 5)).toBe(false);
  });
});

describe('findEnglishTerms and temporal expressions', () => {
  it.each([
    [0, ['march'], ['deal', 'border', 'disruption', 'industry', 'shortage']],
    [1, ['month'], ['missile site', 'meeting', 'corresponding measure']],
    [2, ['saturday'], ['foreign minister', 'sanction', 'nuclear weapon']],
    [3, ['march', 'end', 'end of march'], ['production', 'factory', 'Marvin Cooke']],
  ])('sentence %i: no term inside a date or duration, the others kept', (line, dropped, kept) => {
    const found = keys(sentences[line]).map((key) => key.toLowerCase());
    for (const key of dropped) expect(found).not.toContain(key);
    for (const key of kept) expect(found).toContain(key.toLowerCase());
  });

  it('keeps a term that only holds a temporal word ("Summer" in "Summer Olympics")', () => {
    expect(keys('The Summer Olympics were held in Tokyo.').map((key) => key.toLowerCase())).toContain('summer olympics');
  });
});
