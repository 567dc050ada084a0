import { describe, expect, it } from 'vitest';
import { applyLetterCase, chooseLetterCase } from '../../src/terms/choose-letter-case.js';

describe('chooseLetterCase', () => {
  it('capitalises names, keeps acronyms, ignores sentence-initial words', () => {
    const cases = chooseLetterCase([
      { key: 'kazakhstan', text: 'Kazakhstan', initial: false },
      { key: 'kazakhstan', text: 'Kazakhstan', initial: false },
      { key: 'power', text: 'Power', initial: true },
      { key: 'power', text: 'power', initial: false },
      { key: 'бұұ', text: 'БҰҰ', initial: false },
    ]);
    expect(cases.get('kazakhstan')).toBe('capital');
    expect(cases.get('power')).toBeUndefined();
    expect(cases.get('бұұ')).toBe('upper');
    expect(applyLetterCase('kazakhstan', cases.get('kazakhstan'))).toBe('Kazakhstan');
    expect(applyLetterCase('бұұ', 'upper')).toBe('БҰҰ');
    expect(applyLetterCase('power', cases.get('power'))).toBe('power');
  });
});

describe('chooseLetterCase with names the dictionary knows', () => {
  it('capitalises a known name even when it is only seen first in a line', () => {
    const cases = chooseLetterCase([{ key: 'казахстан', text: 'Казахстан', initial: true, proper: true }]);
    expect(cases.get('казахстан')).toBe('capital');
  });

  it('lets running text in lower case outvote a single name reading', () => {
    const cases = chooseLetterCase([
      { key: 'роза', text: 'Роза', initial: true, proper: true },
      { key: 'роза', text: 'роза', initial: false },
      { key: 'роза', text: 'розы', initial: false },
    ]);
    expect(cases.get('роза')).toBeUndefined();
  });
});

describe('chooseLetterCase with samples shared among occurrences', () => {
  it('counts a sample added several times as often as copies of it', () => {
    const capital = { key: 'council', text: 'Council', initial: false };
    const lower = { key: 'council', text: 'council', initial: false };
    // Shared sample objects (as the finders hand them out per written form) and fresh copies give the same votes.
    const shared = chooseLetterCase([capital, lower, capital, lower, lower]);
    const copies = chooseLetterCase([{ ...capital }, { ...lower }, { ...capital }, { ...lower }, { ...lower }]);
    expect(shared.get('council')).toBeUndefined();
    expect(copies.get('council')).toBeUndefined();
    const outvoted = chooseLetterCase([capital, capital, capital, lower, { ...lower }]);
    expect(outvoted.get('council')).toBe('capital');
  });
});

describe('chooseLetterCase with hyphenated names', () => {
  it('keeps the capitals of each part as the text writes them', () => {
    const cases = chooseLetterCase([
      // ntrex-dev newsweek.51318 writes "в Нью-Йорке"; Russian keeps "на" lower in Ростов-на-Дону; Korean given
      // names keep the second part lower (Moon Jae-in).
      { key: 'нью-йорк', text: 'Нью-Йорке', initial: false },
      { key: 'ростов-на-дону', text: 'Ростов-на-Дону', initial: false },
      { key: 'jae-in', text: 'Jae-in', initial: false },
    ]);
    expect(applyLetterCase('нью-йорк', cases.get('нью-йорк'))).toBe('Нью-Йорк');
    expect(applyLetterCase('ростов-на-дону', cases.get('ростов-на-дону'))).toBe('Ростов-на-Дону');
    expect(applyLetterCase('jae-in', cases.get('jae-in'))).toBe('Jae-in');
  });

  it('takes the way most occurrences write it', () => {
    const cases = chooseLetterCase([
      { key: 'алма-ата', text: 'Алма-Ата', initial: false },
      { key: 'алма-ата', text: 'Алма-Ата', initial: false },
      { key: 'алма-ата', text: 'Алма-ата', initial: false },
    ]);
    expect(applyLetterCase('алма-ата', cases.get('алма-ата'))).toBe('Алма-Ата');
  });
});
