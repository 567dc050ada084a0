// Kazakh abbreviations and sentence openers for the segmenter (see `AbbreviationTable` for the classes).
// Collected from journal-article, reference-list and news usage; lower-case keys, no final full stop.
// Kazakh articles also cite Russian sources, so the segmenter falls back to the Russian table for
// Cyrillic words that are not listed here.
import type { SegmenterLanguageData } from '../../segment/types.js';

/** Kazakh segmenter data: abbreviations by class and the words that typically open a sentence. */
export const kazakhSegmenterData: SegmenterLanguageData = {
  abbreviations: {
    // A word, name or phrase always follows.
    prefix: [
      'мыс', 'қар', 'салыст', 'көш', 'даң', 'ауд', 'обл', 'проф', 'акад', 'доц', 'ред',
      'құраст', 'аудар', 'басп', 'орт', 'ағыл', 'орыс', 'лат', 'араб', 'парс', 'т.с', 'шам', 'сөзб', 'ескер',
      'ғыл', 'каф', 'фак', 'зерт', 'меңг',
    ],
    // Before a number (or a lower-case word) only.
    numeral: ['б', 'бб', 'бет', 'т', 'кесте', 'сур', 'бөл', 'тар', 'қос'],
    // After a number they may end a sentence (`1968 ж. Ол…`); elsewhere they precede a name (`қ. Алматы`).
    unit: [
      'ж', 'жж', 'ғ', 'ғғ', 'қ', 'млн', 'млрд', 'трлн', 'тг', 'сағ', 'мин', 'сек', 'км', 'кг', 'га', 'м',
      'см', 'мм',
    ],
    // May end a sentence.
    final: ['т.б', 'т.с.с', 'т.т', 'б.з.б', 'б.з.д', 'б.з', 'т.б.с'],
  },
  sentenceStarters: [
    'Ал', 'Алайда', 'Әйтсе', 'Әрине', 'Әр', 'Бұл', 'Бұған', 'Бұның', 'Бүгін', 'Бірақ', 'Біз', 'Біздің', 'Да',
    'Дегенмен', 'Егер', 'Және', 'Жалпы', 'Кейін', 'Қазір', 'Мен', 'Менің', 'Мысалы', 'Мұнда', 'Мұндай', 'Ол',
    'Олар', 'Олардың', 'Оның', 'Онда', 'Осы', 'Осылайша', 'Сіз', 'Себебі', 'Сол', 'Сонда', 'Сондай', 'Сондай-ақ',
    'Сондықтан', 'Сонымен', 'Соңғы', 'Сен', 'Яғни', 'Енді', 'Тіпті', 'Тек', 'Кейбір', 'Көптеген',
  ],
};
