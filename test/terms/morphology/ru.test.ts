import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lemmaKey } from '../../../src/terms/morphology/index.js';
import { analyseRussianWord, inflectRussian } from '../../../src/terms/morphology/ru/index.js';

const sampleForms = readFileSync(new URL('../../fixtures/terms/ud-sample/ru.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\t')[0]);

describe('lemmaKey (ru)', () => {
  it.each([
    // Nouns: every case and number to the nominative singular.
    ['власть', 'власть'],
    ['власти', 'власть'],
    ['властью', 'власть'],
    ['властей', 'власть'],
    ['философии', 'философия'],
    ['обществе', 'общество'],
    ['отношений', 'отношение'],
    ['субъектом', 'субъект'],
    // Capitalised and proper names: the dictionary stores names capitalised; input case does not matter.
    ['Власть', 'власть'],
    ['казахстана', 'казахстан'],
    ['Казахстане', 'казахстан'],
    ['америки', 'америка'],
    // Adjectives: masculine nominative singular, ordinals and superlatives stay themselves.
    ['политической', 'политический'],
    ['государственная', 'государственный'],
    ['современном', 'современный'],
    ['второй', 'второй'],
    ['первого', 'первый'],
    ['лучшая', 'лучший'],
    // Participles used as adjectives keep their voice (вооружённый, not вооруживший), ё folded.
    ['вооружённые', 'вооруженный'],
    ['данной', 'данный'],
    // A common noun is not taken over by a name, an adverb or a particle with the same spelling.
    ['августа', 'август'],
    ['дома', 'дом'],
    ['типа', 'тип'],
    ['лесу', 'лес'],
    // ё is folded to е in keys.
    ['ёлки', 'елка'],
    ['елки', 'елка'],
    // Verbs: the infinitive.
    ['рассматривается', 'рассматриваться'],
    ['стали', 'стать'],
    // Patronymics keep their gender (not the father's name).
    ['петровны', 'петровна'],
    ['николаевичем', 'николаевич'],
    // Unknown words: az's guess from the ending when it keeps the Snowball stem, else the stem.
    ['квазиполитологии', 'квазиполитология'],
    ['андерлехта', 'андерлехт'],
    ['гмелином', 'гмелин'],
    // Unknown names ending in a consonant are their own nominative, not genitive plurals of nouns in -а; an
    // unknown word without a full adjective ending is not an adjective (UD Russian-GSD dev forms, CC BY-SA 4.0).
    ['хилл', 'хилл'],
    ['энтерпрайз', 'энтерпрайз'],
    ['роуч', 'роуч'],
    ['модьяно', 'модьяно'],
    ['чиполлино', 'чиполлино'],
    ['каролем', 'кароль'],
    // Abbreviations are their own key, not one of the expansions OpenCorpora links them to (см: смотреть or
    // сантиметр); a paradigm that lists an abbreviated variant first keys its full forms to the full nominative.
    ['км', 'км'],
    ['см', 'см'],
    ['сборник', 'сборник'],
    ['сборниках', 'сборник'],
    ['месяцев', 'месяц'],
    // A comparative in -ей does not take over a noun's genitive plural on a tie.
    ['тканей', 'ткань'],
    // A woman's name that is also the genitive of the man's goes with the man's (UD Russian-GSD dev forms).
    ['вацлава', 'вацлав'],
    ['титова', 'титов'],
    ['александра', 'александр'],
  ])('%s → %s', (form, key) => {
    expect(lemmaKey(form, 'ru')).toBe(key);
  });

  it('gives the same key to all forms of a lexeme', () => {
    const forms = ['государственная', 'государственной', 'государственную', 'государственные', 'государственных'];
    expect(new Set(forms.map((f) => lemmaKey(f, 'ru')))).toEqual(new Set(['государственный']));
  });

  it('keeps non-Cyrillic tokens as they are (lower-cased)', () => {
    expect(lemmaKey('COVID-19', 'ru')).toBe('covid-19');
  });

  it('is idempotent on its own keys', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sampleForms), (form) => {
        const key = lemmaKey(form, 'ru');
        return lemmaKey(key, 'ru') === key;
      }),
      { numRuns: 300 },
    );
  });
});

describe('inflectRussian', () => {
  it('puts a noun reading into the nominative singular and an adjective into agreement', () => {
    const noun = analyseRussianWord('культуры').readings.find((r) => r.pos === 'noun' && r.case === 'gent');
    const adjective = analyseRussianWord('политической').readings.find((r) => r.pos === 'adj' && r.case === 'gent');
    expect(noun && inflectRussian(noun, ['nomn', 'sing'])).toBe('культура');
    expect(adjective && inflectRussian(adjective, ['nomn', 'sing', 'femn'])).toBe('политическая');
    expect(adjective && inflectRussian(adjective, ['nomn', 'plur'])).toBe('политические');
  });

  it('keeps a name a name of its kind and gender', () => {
    const nominative = (word: string) => {
      const noun = analyseRussianWord(word).readings.find((r) => r.pos === 'noun');
      return noun && inflectRussian(noun, ['nomn', 'sing']);
    };
    // A man's name's paradigm also holds his patronymics; a surname's holds both genders.
    expect(nominative('дональдом')).toBe('дональд');
    expect(nominative('джоном')).toBe('джон');
    expect(nominative('ивановой')).toBe('иванова');
    expect(nominative('петровной')).toBe('петровна');
  });
});
