// Kazakh and Russian names checked against each other: the form both texts write or reach by removing a case
// ending is the name; what only one side guessed, genitive modifiers and different spellings are kept.
import { describe, expect, it } from 'vitest';
import { agreeNameForms, type SideForms } from '../../src/glossary/agree-name-forms.js';
import { kazakhCaseBases, russianCaseBases } from '../../src/glossary/case-bases.js';

function side(canonical: string, forms: Record<string, number>): SideForms {
  return { canonical, forms: Object.entries(forms) };
}

describe('case bases', () => {
  it('removes Kazakh case endings, also after a hyphen', () => {
    expect(kazakhCaseBases('Невададағы')).toContain('Невада');
    expect(kazakhCaseBases('Роналдудың')).toContain('Роналду');
    expect(kazakhCaseBases('аль-Муалемнің')).toContain('аль-Муалем');
    expect(kazakhCaseBases('ЮНЕСКО-ның')).toContain('ЮНЕСКО');
    expect(kazakhCaseBases('Палу')).toEqual(['Палу']);
  });

  it('removes Russian endings and restores the nominative vowel or soft sign', () => {
    expect(russianCaseBases('Бретта')).toContain('Бретт');
    expect(russianCaseBases('Неваде')).toContain('Невада');
    expect(russianCaseBases('Феттелем')).toContain('Феттель');
    expect(russianCaseBases('Андрея')).toContain('Андрей');
  });
});

describe('agreeNameForms', () => {
  it('takes the name both sides write over a lemma the Russian morphology guessed', () => {
    // Real NTREX forms: Роналду is indeclinable in Russian, and its lemma was guessed as роналд + dative.
    const agreed = agreeNameForms(side('Роналду', { Роналду: 7, Роналдудың: 1 }), side('Роналд', { Роналду: 8 }));
    expect(agreed).toEqual({ kk: 'Роналду', ru: 'Роналду' });
  });

  it('takes the nominative the Kazakh side writes for a Russian case form', () => {
    expect(agreeNameForms(side('Бретт', { Бретт: 5 }), side('Бретта', { Бретта: 5 }))).toEqual({ kk: 'Бретт', ru: 'Бретт' });
    // Both sides reach the name by removing different endings.
    expect(agreeNameForms(side('Флейк', { Флейктің: 2 }), side('Флейка', { Флейка: 2 }))).toEqual({ kk: 'Флейк', ru: 'Флейк' });
  });

  it('corrects both sides when each got the name wrong in its own way', () => {
    const agreed = agreeNameForms(
      side('Нева', { Невададағы: 1, Невадаға: 1 }),
      side('Невад', { Невада: 1, Неваде: 1 }),
    );
    expect(agreed).toEqual({ kk: 'Невада', ru: 'Невада' });
  });

  it('agrees the words of a multiword name', () => {
    const agreed = agreeNameForms(side('Дастин Джонсон', { 'Дастин Джонсон': 2 }), side('Дастина Джонсона', { 'Дастина Джонсона': 2 }));
    expect(agreed).toEqual({ kk: 'Дастин Джонсон', ru: 'Дастин Джонсон' });
  });

  it('keeps a name that is a genitive modifier of a longer term', () => {
    const agreed = agreeNameForms(
      side('Шотландия менеджері', { 'Шотландия менеджері': 1 }),
      side('менеджер Шотландии', { 'менеджер Шотландии': 1 }),
    );
    expect(agreed).toEqual({ kk: 'Шотландия менеджері', ru: 'менеджер Шотландии' });
  });

  it('does not take a capital that opens a sentence for a name', () => {
    // Минералы opens a sentence; the common noun keeps the number its morphology gave it.
    expect(agreeNameForms(side('минерал', { минерал: 1 }), side('минералы', { Минералы: 1, минералов: 1 })).ru).toBe('минералы');
  });

  it('keeps names the two languages spell differently and common nouns', () => {
    expect(agreeNameForms(side('Ханс', { Ханс: 2 }), side('Ганс', { Ганс: 2 }))).toEqual({ kk: 'Ханс', ru: 'Ганс' });
    expect(agreeNameForms(side('санкция', { санкциялар: 3 }), side('санкция', { санкции: 3 }))).toEqual({ kk: 'санкция', ru: 'санкция' });
  });

  it('does not agree on a form only a lemmatiser guessed', () => {
    // `Штат` is the Kazakh lemma of `Штаттар`, not a written form: the Russian plural name stays.
    const agreed = agreeNameForms(
      side('Құрама Штат', { 'Құрама Штаттар': 2, 'Құрама Штаттарының': 1 }),
      side('Соединенные Штаты', { 'Соединенные Штаты': 2, 'Соединенных Штатов': 1 }),
    );
    expect(agreed.ru).toBe('Соединенные Штаты');
  });

  it('keeps the letter case of a lower-case canonical', () => {
    const agreed = agreeNameForms(side('аль-муалем', { 'аль-Муалем': 1, 'Аль-Муалем': 1 }), side('аль-муаль', { 'аль-Муалем': 2 }));
    expect(agreed).toEqual({ kk: 'аль-муалем', ru: 'аль-муалем' });
  });
});

describe('agreeNameForms on constructions', () => {
  it('keeps the genitive of an all-capitalised Russian name whose words do not pair with the Kazakh ones', () => {
    const agreed = agreeNameForms(
      side('Шотландия Үкіметі', { 'Шотландия Үкіметі': 1 }),
      side('Правительство Шотландии', { 'Правительство Шотландии': 1 }),
    );
    expect(agreed.ru).toBe('Правительство Шотландии');
  });
});

describe('agreeNameForms when the two sides spell a name differently', () => {
  it('takes the Russian form closest to the Kazakh and English names among those written', () => {
    // NTREX Furyk: Kazakh Фурык, Фурыктың; Russian Ферик three times and Ферика twice, lemmatised as a feminine Ферика.
    const agreed = agreeNameForms(side('Фурык', { Фурык: 2, Фурыктың: 2 }), side('Ферика', { Ферик: 3, Ферика: 2 }), 'Furyk');
    expect(agreed).toEqual({ kk: 'Фурык', ru: 'Ферик' });
  });

  it('leaves a common noun capitalised at a sentence start and unrelated spellings alone', () => {
    expect(agreeNameForms(side('үкімет', { Үкімет: 1 }), side('правительство', { Правительство: 1, правительств: 1 }), 'government').ru).toBe(
      'правительство',
    );
    expect(agreeNameForms(side('Қытай', { Қытай: 2 }), side('Китай', { Китай: 2, Китая: 1 }), 'China').ru).toBe('Китай');
  });
});
