import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isKazakhConditionalVerb } from '../../src/terms/is-kazakh-conditional-verb.js';
import { findKazakhTerms } from '../../src/terms/find-kazakh-terms.js';

// UD_Kazakh-KTB forms with their gold part of speech (see test/fixtures/terms/kk/ktb-forms/README.md).
const rows = readFileSync(new URL('../fixtures/terms/kk/ktb-forms/forms.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split('\t'));
const sentences = readFileSync(new URL('../fixtures/terms/kk-conditional/kk.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');

describe('isKazakhConditionalVerb', () => {
  it.each(['болса', 'болмаса', 'кетсе', 'келмесе', 'танылса', 'жалынса'])('%s is a verb in the conditional', (form) => {
    expect(isKazakhConditionalVerb(form)).toBe(true);
  });

  it.each(['немесе', 'нәрсе', 'әсіресе', 'саусақ', 'сенім', 'масса', 'қоса'])('%s is not', (form) => {
    expect(isKazakhConditionalVerb(form)).toBe(false);
  });

  it('takes no UD form that is not a verb', () => {
    const taken = rows.filter(([form]) => isKazakhConditionalVerb(form));
    expect(taken.length).toBeGreaterThan(0);
    expect(taken.filter(([, , tag]) => tag !== 'VERB')).toEqual([]);
  });
});

describe('findKazakhTerms and conditional verbs', () => {
  it.each(sentences.map((sentence, line) => [line, sentence]))('line %i: болмаса is no term, сенім is', (_, sentence) => {
    const keys = findKazakhTerms(sentence, new Set()).matches.map((match) => match.key);
    expect(keys).toContain('сенім');
    expect(keys.filter((key) => key.includes('болмаса'))).toEqual([]);
  });
});
