import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEnglishTerms } from '../../src/terms/find-english-terms.js';

const sentences = readFileSync(new URL('../fixtures/terms/name-pieces/en.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');
const keys = (line: number) => findEnglishTerms(sentences[line]).matches.map((match) => match.canonical.join(' ').toLowerCase());

describe('findEnglishTerms and pieces of names', () => {
  it('takes no piece that stops inside a person\'s name ("President Donald", "Donald" of "Donald Trump")', () => {
    const found = keys(0);
    expect(found).toEqual(expect.arrayContaining(['donald trump', 'president donald trump', 'trump']));
    expect(found).not.toContain('president donald');
    expect(found).not.toContain('donald');
  });

  it('keeps a title that ends before a name ("Internal Secretary" before "Ryan Zinke")', () => {
    const found = keys(1);
    expect(found).toEqual(expect.arrayContaining(['internal secretary', 'ryan zinke']));
    expect(found).not.toContain('ryan');
  });

  it('takes a name of three parts whole, not its first two ("Kim Jong Un")', () => {
    const found = keys(2);
    expect(found).toContain('kim jong un');
    expect(found).not.toContain('kim jong');
  });

  it('keeps an acronym that opens a name, and the common nouns of the name ("U.N. Security Council")', () => {
    const found = keys(3);
    expect(found).toEqual(expect.arrayContaining(['un', 'security council']));
  });
});
