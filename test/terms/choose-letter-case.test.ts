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
