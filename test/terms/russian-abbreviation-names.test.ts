// Russian names that the dictionary knows only as an abbreviation's letters, on real NTREX dev sentences (the
// hand-made gold fixtures of test/fixtures/glossary-gold/, CC BY-SA 4.0, README there).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findRussianTerms } from '../../src/terms/find-russian-terms.js';

const lines = (task: string) => readFileSync(new URL(`../fixtures/glossary-gold/${task}/ru.txt`, import.meta.url), 'utf8').split('\n');
const reuters = lines('ntrex-reuters.218861');
const bbc = lines('ntrex-bbc.381680');
const keysOf = (sentence: string) => findRussianTerms(sentence).matches.map((match) => match.key);

describe('findRussianTerms and names written like abbreviations', () => {
  it('takes "Ри" (Ri Yong Ho; OpenCorpora knows only the abbreviation РИ) for a name, in its own form', () => {
    for (const line of [7, 13]) {
      const sentence = reuters[line - 1];
      expect(sentence.startsWith('Ри ')).toBe(true);
      expect(keysOf(sentence)).toContain('ри');
    }
    const match = findRussianTerms(reuters[6]).matches.find((m) => m.key === 'ри');
    expect(match?.canonical).toEqual(['ри']);
  });

  it('leaves an abbreviation written with inner punctuation ("Г-н", Mr) and units in lower case', () => {
    const sentence = bbc[12];
    expect(sentence.startsWith('Г-н Кларк')).toBe(true);
    expect(keysOf(sentence).filter((key) => key.includes('господин') || key.includes('г-н'))).toEqual([]);
    expect(keysOf(sentence)).toContain('кларк');
    expect(keysOf('Стоимость проекта составляет 11 млрд долларов.')).not.toContain('млрд');
  });
});
