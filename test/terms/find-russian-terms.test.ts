import { describe, expect, it } from 'vitest';
import { findRussianTerms } from '../../src/terms/find-russian-terms.js';

function canonicals(sentence: string): string[] {
  return findRussianTerms(sentence).matches.map((m) => m.canonical.join(' '));
}

describe('findRussianTerms: canonical forms agree', () => {
  it.each([
    // Adjective + noun to the nominative singular, the adjective agreeing in gender.
    ['Это зависит от политической культуры населения.', 'политическая культура'],
    ['Речь идёт о государственной власти.', 'государственная власть'],
    ['В современном обществе это иначе.', 'современное общество'],
    ['Он говорил о национальном освобождении.', 'национальное освобождение'],
    ['Они спорят с правящими политическими элитами.', 'правящая политическая элита'],
    // A case az rates unlikely for the adjective alone still agrees (instrumental "политической", 6% of its readings).
    ['Ведущей политической системой стал институт президентства.', 'ведущая политическая система'],
    ['Это было политической системой.', 'политическая система'],
    // Noun + genitive noun: the head to the nominative, the genitive kept.
    ['Статья посвящена философии власти.', 'философия власти'],
    ['Речь о ветвях государственной власти.', 'ветвь государственной власти'],
    ['Это вопрос институтом президентства.', 'институт президентства'],
    // Noun + name in the nominative (apposition), also after an oblique head.
    ['Конституция Республики Казахстан принята.', 'республика казахстан'],
  ])('%s → %s', (sentence, expected) => {
    expect(canonicals(sentence)).toContain(expected);
  });

  it('offers the plural for heads only seen in the plural', () => {
    const match = findRussianTerms('Содержанием властных отношений является воля.').matches.find((m) => m.key === 'властный отношение');
    expect(match?.canonical.join(' ')).toBe('властное отношение');
    expect(match?.numberAlternative?.join(' ')).toBe('властные отношения');
  });

  it('does not join words across punctuation', () => {
    expect(canonicals('Это политика, культура и власть.')).not.toContain('политика культуры');
    expect(findRussianTerms('Политическая, культура.').matches.map((m) => m.key)).not.toContain('политический культура');
  });

  it('leaves stop words out', () => {
    expect(canonicals('Данная статья рассматривает власть.').some((c) => c.startsWith('данн') || c.includes('статья'))).toBe(false);
  });

  it('takes a general noun as a head after an agreeing adjective only', () => {
    const found = canonicals('Это приведет к сокращению рабочих мест, а место встречи в рамках плана не изменится.');
    expect(found).toEqual(expect.arrayContaining(['рабочее место', 'сокращение рабочих мест']));
    expect(found).not.toContain('место');
    expect(found.some((c) => c.startsWith('место ') || c.includes('рамк'))).toBe(false);
  });
});

describe('findRussianTerms: hyphenated compounds', () => {
  // az's parses of hyphenated words are combined parses without a `word` of their own: the dictionary forms
  // of one compound once came back for every later compound (свидетеля-эксперта → "школа-член").
  it('puts each compound in its own dictionary form, whatever was read before', () => {
    expect(canonicals('Представители школы-члены собрались.')).toContain('школа-член');
    expect(canonicals('Суд выслушал свидетеля-эксперта.')).toContain('свидетель-эксперт');
    expect(canonicals('Речь о задержанных детях-мигрантах.')).toContain('задержанный ребенок-мигрант');
  });
});
