// English and Russian witness each other's grammatical number: a single common noun that one side's documents
// use only in the plural takes the singular when the other side attests the singular.
import { describe, expect, it } from 'vitest';
import { agreeNumber, kazakhWritesSingular, type NumberForms } from '../../src/glossary/agree-number.js';
import { chooseCanonicals } from '../../src/glossary/choose-canonical.js';

function plural(canonical: string, singular: string): NumberForms {
  return { canonical, singular, singularAttested: false };
}
function singular(canonical: string): NumberForms {
  return { canonical, singular: canonical, singularAttested: true };
}

describe('agreeNumber', () => {
  it('takes the singular of a plural-only noun when the other language attests the singular', () => {
    // NTREX: "concentrations" in every English sentence, концентрация in the Russian ones.
    expect(agreeNumber('en', plural('concentrations', 'concentration'), singular('концентрация'))).toBe('concentration');
    expect(agreeNumber('ru', plural('экзамены', 'экзамен'), singular('exam'))).toBe('экзамен');
  });

  it('keeps the plural when the other language uses the plural too, or is absent', () => {
    expect(agreeNumber('en', plural('minerals', 'mineral'), plural('минералы', 'минерал'))).toBe('minerals');
    expect(agreeNumber('en', plural('minerals', 'mineral'), null)).toBe('minerals');
  });

  it('keeps multiword terms and names as written', () => {
    // Seed 000's gold accepts only элементы власти.
    expect(agreeNumber('ru', plural('элементы власти', 'элемент власти'), singular('element of power'))).toBe('элементы власти');
    expect(agreeNumber('en', plural('Chambers', 'Chamber'), singular('Чемберс'))).toBe('Chambers');
  });

  it('takes the singular when English and Russian keep the plural and the Kazakh side writes the singular', () => {
    // NTREX: "markets" | нарықты, нарыққа | "рынки", each language once.
    expect(agreeNumber('en', plural('markets', 'market'), plural('рынки', 'рынок'), true)).toBe('market');
    expect(agreeNumber('ru', plural('рынки', 'рынок'), plural('markets', 'market'), true)).toBe('рынок');
    expect(agreeNumber('en', plural('wind turbines', 'wind turbine'), null, true)).toBe('wind turbine');
    // A Kazakh plural, or no Kazakh witness, keeps it.
    expect(agreeNumber('en', plural('markets', 'market'), plural('рынки', 'рынок'), false)).toBe('markets');
  });

  it('reads the Kazakh witness from the forms written', () => {
    expect(kazakhWritesSingular([['нарықты', 1], ['нарыққа', 1]])).toBe(true);
    expect(kazakhWritesSingular([['билік элементтері', 2], ['билік элементі', 1]])).toBe(false);
    expect(kazakhWritesSingular([])).toBe(false);
  });

  it('takes only a regular English plural for a plural', () => {
    // The English terms stage files the spelling programme under the key program.
    expect(agreeNumber('en', plural('programme', 'program'), singular('программа'))).toBe('programme');
  });
});

describe('chooseCanonicals', () => {
  it('applies number, Kazakh paradigm and name agreement to one entry', () => {
    const chosen = chooseCanonicals({
      en: { ...plural('sanctions', 'sanction'), forms: [['sanctions', 8]] },
      kk: { ...singular('санкция'), forms: [['санкциялар', 3], ['санкциямен', 1]] },
      ru: { ...singular('санкция'), forms: [['санкции', 6], ['санкций', 2]] },
    });
    expect(chosen).toEqual({ en: 'sanction', kk: 'санкция', ru: 'санкция' });
    const names = chooseCanonicals({
      en: { ...singular('Ronaldo'), forms: [['Ronaldo', 8]] },
      kk: { ...singular('Роналду'), forms: [['Роналду', 7], ['Роналдудың', 1]] },
      ru: { ...singular('Роналд'), forms: [['Роналду', 8]] },
    });
    expect(names).toEqual({ en: 'Ronaldo', kk: 'Роналду', ru: 'Роналду' });
  });
});
