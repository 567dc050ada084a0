import { describe, expect, it } from 'vitest';
import { kazakhIzafetHead, kazakhStripToNominative } from '../../../../src/terms/morphology/kk/index.js';

describe('kazakhIzafetHead', () => {
  it.each([
    ['философиясының', 'философиясы', 'POSS.3 kept, genitive removed'],
    ['Республикасының', 'республикасы', 'Қазақстан Республикасының → Қазақстан Республикасы'],
    ['тармақтарының', 'тармақтары', 'plural and POSS.3 kept'],
    ['жүйесіне', 'жүйесі', 'pronominal dative removed'],
    ['шаруашылығында', 'шаруашылығы', 'alternated stem kept as written'],
    ['философиясы', 'философиясы', 'already a head'],
    ['билікке', 'билік', 'no possessive: the bare stem'],
    ['мемлекеттердің', 'мемлекеттер', 'plural kept'],
    ['мектептерімізде', 'мектептеріміз', 'POSS.1pl kept'],
    ['қоғамындағы', 'қоғамы', 'locative and attributive removed'],
    ['БҰҰ-ның', 'бұұ', 'acronym'],
  ])('%s → %s (%s)', (form, expected) => {
    expect(kazakhIzafetHead(form)).toBe(expected);
  });
});

describe('kazakhStripToNominative', () => {
  it.each([
    ['қоғамындағы', 'қоғам', 'possessive and case removed'],
    ['қатынастардың', 'қатынастар', 'plural kept'],
    ['президенттерінің', 'президенттер', 'plural kept, possessive removed'],
    ['билігі', 'билік', 'alternation undone'],
    ['халқының', 'халық', 'dropped vowel restored'],
    ['философиясының', 'философия', 'POSS.3 -сы removed'],
  ])('%s → %s (%s)', (form, expected) => {
    expect(kazakhStripToNominative(form)).toBe(expected);
  });
});
