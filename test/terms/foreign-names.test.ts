import { describe, expect, it } from 'vitest';
import { acronymOf, writtenInCapitals } from '../../src/terms/acronyms.js';
import { findEnglishTerms } from '../../src/terms/find-english-terms.js';
import { findKazakhTerms, kazakhInflectedKeys } from '../../src/terms/find-kazakh-terms.js';
import { findRussianTerms } from '../../src/terms/find-russian-terms.js';
import { foreignNames } from '../../src/terms/foreign-names.js';
import { tokenizeWords } from '../../src/terms/tokenize-words.js';

const kazakh = (sentence: string) => findKazakhTerms(sentence, kazakhInflectedKeys([sentence])).matches;
const canonicals = (matches: ReadonlyArray<{ canonical: readonly string[] }>) => matches.map((m) => m.canonical.join(' '));

describe('acronymOf', () => {
  it.each([
    ['АҚШ', 'АҚШ', ''],
    ['АҚШ-тың', 'АҚШ', 'тың'],
    ['БҰҰ-ға', 'БҰҰ', 'ға'],
    ['U.S.', 'US', ''],
    ['ЕАЭС', 'ЕАЭС', ''],
    ['NTS', 'NTS', ''],
  ])('%s is the acronym %s', (word, letters, ending) => {
    expect(acronymOf(word)).toEqual({ letters, ending });
  });

  it.each(['Toyota', 'США-Китай', 'XX', 'ХХІ', 'I', 'ҚАРАСТЫРЫЛАДЫ', 'usa'])('%s is not an acronym', (word) => {
    expect(acronymOf(word)).toBeNull();
  });

  it('tells a heading in capitals from a sentence with acronyms', () => {
    expect(writtenInCapitals(['ҚАЗАҚСТАН', 'РЕСПУБЛИКАСЫНЫҢ', 'КОНСТИТУЦИЯСЫ'])).toBe(true);
    expect(writtenInCapitals(['АҚШ', 'пен', 'БҰҰ', 'өкілдері'])).toBe(false);
  });
});

describe('foreignNames', () => {
  it('finds Latin runs (connectors inside, a lower-case word after a capital) and Cyrillic acronyms alone', () => {
    const tokens = tokenizeWords('Ри БҰҰ Бас Ассамблеясында The Power of Nutrition жобасы мен Global citizen туралы айтты.');
    const names = foreignNames(tokens, true);
    expect(names.map((n) => n.words.join(' '))).toEqual(['БҰҰ', 'The Power of Nutrition', 'Global citizen']);
    // Latin words are keyed as the English finder keys them (a plural name has its singular key).
    expect(names[1].wordKeys).toEqual(['the', 'power', 'of', 'nutrition']);
    expect(names[2].wordKeys).toEqual(['global', 'citizen']);
  });

  it('takes a long run of Latin words for a quotation, not a name', () => {
    expect(foreignNames(tokenizeWords('Ол «Make America Great Again Now» ұранын айтты.'), true)).toEqual([]);
  });

  it('keeps a Kazakh ending apart from the name and ends the name there', () => {
    const names = foreignNames(tokenizeWords('Toyota-ның атқарушы директоры'), true);
    expect(names).toEqual([{ from: 0, to: 0, words: ['Toyota'], wordKeys: ['toyota'], ending: 'ның' }]);
  });
});

describe('the finders: acronyms and Latin names as written', () => {
  it('English: an initialism is one term in capitals, not the pronoun "us"; a plural name keeps its number', () => {
    const found = canonicals(findEnglishTerms('Ri made no mention of plans that the U.S. leader highlighted at the United Nations.').matches);
    expect(found).toEqual(expect.arrayContaining(['US', 'US leader', 'united nations']));
    expect(canonicals(findEnglishTerms('We told us the US was ready.').matches)).toEqual(['US']);
  });

  it('English: no acronyms in a heading written in capitals', () => {
    expect(canonicals(findEnglishTerms('THE STATE POWER OF KAZAKHSTAN').matches)).not.toContain('STATE');
  });

  it('Kazakh: an acronym is not lower-cased nor stemmed, and heads or modifies like a noun', () => {
    const matches = kazakh('Ри 12 маусымда Сингапурде АҚШ-тың президенті мен Солтүстік Корея басшылары кездесті.');
    const found = canonicals(matches);
    expect(found).toEqual(expect.arrayContaining(['АҚШ', 'АҚШ президенті']));
    expect(matches.find((m) => m.canonical.join(' ') === 'АҚШ')!.key).toBe('АҚШ');
  });

  it('Kazakh: a Latin name is a noun of the chain ("Global Citizen фестивалі"), keyed as in English', () => {
    const matches = kazakh('Осы сенбіде Нью-Йоркте Global Citizen фестивалі өтеді.');
    expect(canonicals(matches)).toContain('Global Citizen');
    const festival = matches.find((m) => m.canonical.join(' ').startsWith('Global Citizen ф'))!;
    expect(festival.wordKeys.slice(0, 2)).toEqual(['global', 'citizen']);
  });

  it('Kazakh: a term with a name counts the name\'s words (at most four words in all)', () => {
    const found = canonicals(kazakh('Ұлыбритания үкіметі The Power of Nutrition жобасына 5 миллион бөлді.'));
    expect(found).toContain('The Power of Nutrition');
    expect(found.some((c) => c.startsWith('The Power of Nutrition ж'))).toBe(false);
  });

  it('Russian: acronyms and Latin names as written, and after the noun group they qualify', () => {
    const found = canonicals(findRussianTerms('Однако Госсекретарь США Майк Помпео высказался в Совете Безопасности ООН в четверг.').matches);
    expect(found).toEqual(expect.arrayContaining(['США', 'ООН', 'госсекретарь США', 'совет безопасности ООН']));
    const brexit = canonicals(findRussianTerms('BMW закроет завод в Оксфорде в течение месяца после Brexit.').matches);
    expect(brexit).toEqual(expect.arrayContaining(['BMW', 'Brexit']));
  });
});
