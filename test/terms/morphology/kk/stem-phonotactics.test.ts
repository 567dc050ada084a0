// Stems no Kazakh word ends in: readings that leave one lose to the whole word or to a better cut.
import { describe, expect, it } from 'vitest';
import { hasImpossibleStemEnd, hasRareFinalCluster } from '../../../../src/terms/morphology/kk/stem-phonotactics.js';
import { builtInKazakhLexicon, kazakhLemma } from '../../../../src/terms/morphology/kk/index.js';

describe('hasImpossibleStemEnd', () => {
  it('flags a consonant cluster closed by ш and a Kazakh-looking stem ending in д', () => {
    expect(hasImpossibleStemEnd('көшбасш')).toBe(true);
    expect(hasImpossibleStemEnd('демеуш')).toBe(true);
    expect(hasImpossibleStemEnd('автоөндіруш')).toBe(true);
    expect(hasImpossibleStemEnd('қарусыздандыруд')).toBe(true);
    // г, ғ, б likewise: a truncated listing of the list (`төменг` beside `төменгі`).
    expect(hasImpossibleStemEnd('төменг')).toBe(true);
    expect(hasImpossibleStemEnd('аумағ')).toBe(true);
  });

  it('leaves stems that end so in real words alone', () => {
    for (const stem of ['күш', 'ағаш', 'іш', 'душ', 'марш', 'рекорд', 'эдуард', 'сауд', 'көшбасшы', 'клуб', 'диалог']) expect(hasImpossibleStemEnd(stem), stem).toBe(false);
  });
});

describe('kazakhLemma with the phonotactic check', () => {
  it('keeps agent nouns in -шы/-ші whole', () => {
    // NTREX forms: көшбасшы ("leader"), демеушілер ("sponsors"), автоөндірушінің ("carmaker").
    expect(kazakhLemma('көшбасшы')).toBe('көшбасшы');
    expect(kazakhLemma('көшбасшысы')).toBe('көшбасшы');
    expect(kazakhLemma('демеушілер')).toBe('демеуші');
    expect(kazakhLemma('автоөндірушінің')).toBe('автоөндіруші');
  });

  it('reads a final -ды after a verbal noun as the accusative', () => {
    expect(kazakhLemma('қарусыздандыруды')).toBe('қарусыздандыру');
  });

  it('keeps a listed word whole rather than cut it after a voiced г', () => {
    expect(kazakhLemma('төменгі')).toBe('төменгі');
  });

  it('still strips the possessive from ordinary stems', () => {
    expect(kazakhLemma('күші')).toBe('күш');
    expect(kazakhLemma('билігі')).toBe('билік');
  });
});

describe('hasRareFinalCluster', () => {
  const lexicon = builtInKazakhLexicon();

  it('flags a consonant + д/т end that listed words hardly have', () => {
    for (const stem of ['сексуалд', 'матчт', 'гомосексуалдылықт', 'ресейд', 'лондонд']) expect(hasRareFinalCluster(stem, lexicon), stem).toBe(true);
  });

  it('passes usual loan ends and other clusters', () => {
    for (const stem of ['президент', 'журналист', 'факт', 'спорт', 'матч', 'дюйм', 'иллинойс']) expect(hasRareFinalCluster(stem, lexicon), stem).toBe(false);
  });
});

describe('kazakhLemma on unlisted stems before -ды/-ты', () => {
  it('reads the accusative rather than a stem with a rare cluster and the possessive (NTREX forms)', () => {
    expect(kazakhLemma('матчты')).toBe('матч');
    expect(kazakhLemma('ландшафтты')).toBe('ландшафт');
    expect(kazakhLemma('сексуалды')).toBe('сексуал');
    // Names in lower case, as the treebank writes them: the accusative of Лондон, Путин.
    expect(kazakhLemma('лондонды')).toBe('лондон');
    expect(kazakhLemma('путинді')).toBe('путин');
  });

  it('keeps a rare cluster the stem really ends in before a consonant-initial ending', () => {
    expect(kazakhLemma('Торнейкрофттың')).toBe('торнейкрофт');
  });
});
