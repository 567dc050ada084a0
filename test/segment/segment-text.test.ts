import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/model/index.js';
import { segmentText, segmentTextDetailed } from '../../src/segment/index.js';

function sentences(text: string, lang: Lang): string[] {
  return segmentText(text, lang).map(({ start, end }) => text.slice(start, end));
}

interface HardCase {
  name: string;
  text: string;
  expected: string[];
}

// Hard cases per language, each with its expected split. `text` is the expected sentences joined by a
// space unless written out.
const HARD_CASES: Record<Lang, HardCase[]> = {
  en: [
    { name: 'initials before a surname', text: 'V.A. Zheksembekova studied the complex [7]. In this study, the formation is shown.', expected: ['V.A. Zheksembekova studied the complex [7].', 'In this study, the formation is shown.'] },
    { name: 'single initial', text: 'The carillon was played by Dionisio A. Lind, who moved here.', expected: ['The carillon was played by Dionisio A. Lind, who moved here.'] },
    { name: 'titles', text: 'Mr. Joko faces re-election. Dr. Christine Blasey Ford testified. St. Martin\'s fell silent.', expected: ['Mr. Joko faces re-election.', 'Dr. Christine Blasey Ford testified.', 'St. Martin\'s fell silent.'] },
    { name: 'e.g. and i.e.', text: 'Some tools, e.g. Python, are free, i.e. Open source. Others are not.', expected: ['Some tools, e.g. Python, are free, i.e. Open source.', 'Others are not.'] },
    { name: 'spaced e. g.', text: 'Some tools, e. g. Python, are free. Others are not.', expected: ['Some tools, e. g. Python, are free.', 'Others are not.'] },
    { name: 'Vol. p. No.', text: 'See Vol. 3, p. 45 and No. 7 of the journal. The rest follows.', expected: ['See Vol. 3, p. 45 and No. 7 of the journal.', 'The rest follows.'] },
    { name: 'Roman volume', text: 'It appeared in Vol. XII of the series.', expected: ['It appeared in Vol. XII of the series.'] },
    { name: 'U.S. before a noun and at the end', text: 'The U.S. Navy said so. The airline and the U.S. agreed. The U.S. The end.', expected: ['The U.S. Navy said so.', 'The airline and the U.S. agreed.', 'The U.S.', 'The end.'] },
    { name: 'state abbreviation', text: 'Sen. Jeff Flake (R-Ariz.) called for a delay. He lives in Tucson, Ariz. on weekdays. The vote came.', expected: ['Sen. Jeff Flake (R-Ariz.) called for a delay.', 'He lives in Tucson, Ariz. on weekdays.', 'The vote came.'] },
    { name: 'month before a number', text: 'The protest on Oct. 2, 1968, ended badly.', expected: ['The protest on Oct. 2, 1968, ended badly.'] },
    { name: 'time of day', text: 'Play starts at 12:55 p.m. on Tuesday. Tickets are sold out.', expected: ['Play starts at 12:55 p.m. on Tuesday.', 'Tickets are sold out.'] },
    { name: 'etc. at the end and inside', text: 'Parties, unions, etc. are grouped. Power needs money, land, etc. The state needs it too.', expected: ['Parties, unions, etc. are grouped.', 'Power needs money, land, etc.', 'The state needs it too.'] },
    { name: 'et al. before a year', text: 'Smith et al. (2010) showed it. Jones et al. [4] agreed. Then came Brown et al. The end.', expected: ['Smith et al. (2010) showed it.', 'Jones et al. [4] agreed.', 'Then came Brown et al.', 'The end.'] },
    { name: 'Fig. and Eq. before brackets', text: 'As Fig. 2 and Eq. (3) show, it grows. See Table 1.', expected: ['As Fig. 2 and Eq. (3) show, it grows.', 'See Table 1.'] },
    { name: 'decimal and section numbers', text: 'Growth was 2.5 percent in section 1.2.3 of the report. It rose again.', expected: ['Growth was 2.5 percent in section 1.2.3 of the report.', 'It rose again.'] },
    { name: 'enumerations on one line', text: '1. The state. 6. Administration.', expected: ['1. The state.', '6. Administration.'] },
    { name: 'closing quote after the stop', text: 'He said: "We need a deal." Then he left.', expected: ['He said: "We need a deal."', 'Then he left.'] },
    { name: 'quoted exclamation inside a sentence', text: 'Protesters chanted "November is coming!" as they marched. Police watched.', expected: ['Protesters chanted "November is coming!" as they marched.', 'Police watched.'] },
    { name: 'question and exclamation', text: 'Did you leak? No! Never.', expected: ['Did you leak?', 'No!', 'Never.'] },
    { name: 'ellipsis as a pause', text: 'They are nippers, very inquisitive ... they aren\'t out to hurt you. Remember her answer... did you leak it?', expected: ['They are nippers, very inquisitive ... they aren\'t out to hurt you.', 'Remember her answer... did you leak it?'] },
    { name: 'ellipsis before a capital', text: 'And so it went… The next day came.', expected: ['And so it went…', 'The next day came.'] },
    { name: 'parenthesis closed after a stop', text: 'Flake (R. – Ariz.) called for a delay. Others agreed.', expected: ['Flake (R. – Ariz.) called for a delay.', 'Others agreed.'] },
    { name: 'lower case after an ordinary word', text: 'In the 13th century. does not occur earlier. It is rare.', expected: ['In the 13th century.', 'does not occur earlier.', 'It is rare.'] },
    { name: 'Markdown emphasis after the stop', text: '**Introduction.** Power is the ability to influence.', expected: ['**Introduction.**', 'Power is the ability to influence.'] },
    { name: 'citation after the stop', text: 'This was shown before.[3] Later work agreed.', expected: ['This was shown before.[3]', 'Later work agreed.'] },
    { name: 'page in a citation', text: 'As Huntington S. wrote, see S. 10 for details.', expected: ['As Huntington S. wrote, see S. 10 for details.'] },
    { name: 'heading line', text: '## Methods\nWe used data. It was clean.', expected: ['## Methods', 'We used data.', 'It was clean.'] },
    { name: 'list item lines', text: 'Objects of power:\n1. The state.\n2. Country\n3) Region', expected: ['Objects of power:', '1. The state.', '2. Country', '3) Region'] },
    { name: 'bullet lines after a list lead', text: 'Two kinds:\n- the first;\n- the second.', expected: ['Two kinds:', '- the first;', '- the second.'] },
    { name: 'dash that starts a wrapped line', text: 'Power\n– that is, influence – shapes us.', expected: ['Power\n– that is, influence – shapes us.'] },
    { name: 'soft line wrap', text: 'The new parties had the\nopportunity to elect. It was\n1994 by then.', expected: ['The new parties had the\nopportunity to elect.', 'It was\n1994 by then.'] },
    { name: 'blank line', text: 'A heading without a stop\n\nThe body starts here. It ends here', expected: ['A heading without a stop', 'The body starts here.', 'It ends here'] },
  ],
  kk: [
    { name: 'initials before a surname', text: 'Бұл мәселені В.А. Жексембекова зерттеді. Ол докторлық диссертация жазды.', expected: ['Бұл мәселені В.А. Жексембекова зерттеді.', 'Ол докторлық диссертация жазды.'] },
    { name: 'т.б. inside and at the end', text: 'Саяси партиялар, кәсіподақтар т.б. ұйымдар қатысты. Олар ақша, жер т.б. Бұл маңызды.', expected: ['Саяси партиялар, кәсіподақтар т.б. ұйымдар қатысты.', 'Олар ақша, жер т.б.', 'Бұл маңызды.'] },
    { name: 'year abbreviation ж. before lower case', text: 'Солтүстік Корея 1950-53 жж. соғысты ресми аяқтаған жоқ. Бұл белгілі.', expected: ['Солтүстік Корея 1950-53 жж. соғысты ресми аяқтаған жоқ.', 'Бұл белгілі.'] },
    { name: 'year abbreviation ж. at the end', text: 'Заң 2001 ж. Ол жергілікті билік туралы.', expected: ['Заң 2001 ж.', 'Ол жергілікті билік туралы.'] },
    { name: 'century ғ.', text: 'Бұл сөз 20 ғ. басында пайда болды. Кейін тарады.', expected: ['Бұл сөз 20 ғ. басында пайда болды.', 'Кейін тарады.'] },
    { name: 'city қ. before a name', text: 'Конференция қ. Алматы өтті. Қатысушылар көп болды.', expected: ['Конференция қ. Алматы өтті.', 'Қатысушылар көп болды.'] },
    { name: 'Kazakh closing quote “', text: '„Бұл қиын“, - дейді. Ол өзінің алғашқы Олимпиадасына дайындалды.', expected: ['„Бұл қиын“, - дейді.', 'Ол өзінің алғашқы Олимпиадасына дайындалды.'] },
    { name: 'speech attribution after a closing quote', text: '«Бәрі жақсы бола бастады.» – деді ол. Үкімет келісті.', expected: ['«Бәрі жақсы бола бастады.» – деді ол.', 'Үкімет келісті.'] },
    { name: 'initial and dash inside brackets', text: 'Сенатор Джефф Флейктің (Р. – Ариз.) соңғы ұсынысы қабылданды. Тергеу басталды.', expected: ['Сенатор Джефф Флейктің (Р. – Ариз.) соңғы ұсынысы қабылданды.', 'Тергеу басталды.'] },
    { name: 'spaced ellipsis', text: 'Ол арқамнан қағып, құшақтады да ... ертеңге дайын болатынымды айтты.', expected: ['Ол арқамнан қағып, құшақтады да ... ертеңге дайын болатынымды айтты.'] },
    { name: 'lower case after an ordinary word', text: 'Ол мәлімдеме жасады. өз вебсайтында көрсетті. Кейін жауап берді.', expected: ['Ол мәлімдеме жасады.', 'өз вебсайтында көрсетті.', 'Кейін жауап берді.'] },
    { name: 'degree abbreviation', text: 'Авторы т.ғ.д., профессор Нұрлан Сәбитов. Мақала жарияланды.', expected: ['Авторы т.ғ.д., профессор Нұрлан Сәбитов.', 'Мақала жарияланды.'] },
    { name: 'spaced т. б.', text: 'Саяси партиялар, кәсіподақтар т. б. Бұл маңызды.', expected: ['Саяси партиялар, кәсіподақтар т. б.', 'Бұл маңызды.'] },
    { name: 'numbers and page', text: 'Өсім 2,5 пайыз болды, 1.2.3 бөлімді қараңыз, 12 б. Бұл дерек.', expected: ['Өсім 2,5 пайыз болды, 1.2.3 бөлімді қараңыз, 12 б.', 'Бұл дерек.'] },
    { name: 'list item lines', text: 'Билік объектілері:\n1. Мемлекет.\n2. Ел.', expected: ['Билік объектілері:', '1. Мемлекет.', '2. Ел.'] },
    { name: 'heading line', text: '### Аңдатпа\nМақалада билік қарастырылады.', expected: ['### Аңдатпа', 'Мақалада билік қарастырылады.'] },
  ],
  ru: [
    { name: 'initials before a surname', text: 'Эту тему изучала О.В. Павлова. Её работа вышла в 2012 году.', expected: ['Эту тему изучала О.В. Павлова.', 'Её работа вышла в 2012 году.'] },
    { name: 'name abbreviation Дж.', text: 'Об этом заявил Дж. Байден на встрече. Дж. Кеннеди был раньше. Вещал BBC. Это факт.', expected: ['Об этом заявил Дж. Байден на встрече.', 'Дж. Кеннеди был раньше.', 'Вещал BBC.', 'Это факт.'] },
    { name: 'initials separated by a space', text: 'Об этом писал А. В. Иванов в своей статье. Он прав.', expected: ['Об этом писал А. В. Иванов в своей статье.', 'Он прав.'] },
    { name: 'single initial then a number', text: 'Играл черный музыкант, Дионисио А. Линд. 18 лет назад его пригласили.', expected: ['Играл черный музыкант, Дионисио А. Линд.', '18 лет назад его пригласили.'] },
    { name: 'year г. before lower case', text: 'На этом месте 2 октября 1968 г. во время демонстрации раздались выстрелы.', expected: ['На этом месте 2 октября 1968 г. во время демонстрации раздались выстрелы.'] },
    { name: 'year г. at the end', text: 'Община основана в 1870 г. Затем она переехала.', expected: ['Община основана в 1870 г.', 'Затем она переехала.'] },
    { name: 'city г. before a name', text: 'Фестиваль прошел в г. Остин, штат Техас. Было много гостей.', expected: ['Фестиваль прошел в г. Остин, штат Техас.', 'Было много гостей.'] },
    { name: 'гг. and вв.', text: 'В 1992–1995 гг. и в XX в. реформы шли медленно. Затем ускорились.', expected: ['В 1992–1995 гг. и в XX в. реформы шли медленно.', 'Затем ускорились.'] },
    { name: 'млн., млрд., долл. США', text: 'Бюджет составил 37 млрд. долл. США, а расходы 5 млн. руб. в год. Также 100 долл. США ушло на связь.', expected: ['Бюджет составил 37 млрд. долл. США, а расходы 5 млн. руб. в год.', 'Также 100 долл. США ушло на связь.'] },
    { name: 'т.е. and т.д.', text: 'Власть, т.е. Способность влиять, включает армию, суд и т.д. Это важно.', expected: ['Власть, т.е. Способность влиять, включает армию, суд и т.д.', 'Это важно.'] },
    { name: 'spaced т. е. and т. д.', text: 'Власть, т. е. Способность влиять, включает армию, суд и т. д. Это важно.', expected: ['Власть, т. е. Способность влиять, включает армию, суд и т. д.', 'Это важно.'] },
    { name: 'village с. before a name and page с. before a number', text: 'Он родился в с. Каскелен, см. с. 15. Там же вырос.', expected: ['Он родился в с. Каскелен, см. с. 15.', 'Там же вырос.'] },
    { name: 'и др. at the end', text: 'Об этом писали Иванов, Петров и др. Их выводы сходятся.', expected: ['Об этом писали Иванов, Петров и др.', 'Их выводы сходятся.'] },
    { name: 'см. рис. с.', text: 'Подробнее см. рис. 3 и табл. 2 на с. 15 отчета. Данные открыты.', expected: ['Подробнее см. рис. 3 и табл. 2 на с. 15 отчета.', 'Данные открыты.'] },
    { name: 'им. before a name and the pronoun им at the end', text: 'Университет им. Аль-Фараби открыт. Нужно уметь доверять им. По результатам экзаменов всё ясно.', expected: ['Университет им. Аль-Фараби открыт.', 'Нужно уметь доверять им.', 'По результатам экзаменов всё ясно.'] },
    { name: 'Св. before a name', text: 'Колокола церкви Св. Мартина замолкли. Старожилы помнят.', expected: ['Колокола церкви Св. Мартина замолкли.', 'Старожилы помнят.'] },
    { name: 'parenthesis closed after г.', text: 'Ураган Катрина (в 1967 г.) прошел в 65 км от города. Ущерб был велик.', expected: ['Ураган Катрина (в 1967 г.) прошел в 65 км от города.', 'Ущерб был велик.'] },
    { name: 'closing guillemet after the stop', text: 'Он пообещал «никогда не прибегать к помощи армии.» Это было в субботу.', expected: ['Он пообещал «никогда не прибегать к помощи армии.»', 'Это было в субботу.'] },
    { name: 'quoted exclamation inside a sentence', text: 'Демонстранты скандировали «Ноябрь впереди!» напротив Сената. Полиция наблюдала.', expected: ['Демонстранты скандировали «Ноябрь впереди!» напротив Сената.', 'Полиция наблюдала.'] },
    { name: 'question with speech attribution', text: '«Что делать?» — спросил он. Никто не ответил.', expected: ['«Что делать?» — спросил он.', 'Никто не ответил.'] },
    { name: "author's words inside a quotation", text: '«Покупатели будут белыми, — считает Адамс. — А это приблизит день закрытия». Он вздохнул.', expected: ['«Покупатели будут белыми, — считает Адамс. — А это приблизит день закрытия».', 'Он вздохнул.'] },
    { name: 'ellipsis before lower case', text: 'Помните ее ответ... вы «слили» информацию? Она промолчала.', expected: ['Помните ее ответ... вы «слили» информацию?', 'Она промолчала.'] },
    { name: 'stray fragment after a full stop (seed 000)', text: 'Эта мера оправдала себя в социальной и экономической сфере. является формирова-ние. Были заложены основы новой государственности.', expected: ['Эта мера оправдала себя в социальной и экономической сфере.', 'является формирова-ние.', 'Были заложены основы новой государственности.'] },
    { name: 'decimals', text: 'Это повлияет на жизнь более 2,25 млрд. человек к 2030 году. Доля выросла до 3.5 процента.', expected: ['Это повлияет на жизнь более 2,25 млрд. человек к 2030 году.', 'Доля выросла до 3.5 процента.'] },
    { name: 'list items with a paren marker', text: 'Цели партии:\n1) участие в выборах;\n2) формирование воли.', expected: ['Цели партии:', '1) участие в выборах;', '2) формирование воли.'] },
    { name: 'ellipsis in brackets', text: 'Он сказал, что […] партия победит. Выборы прошли.', expected: ['Он сказал, что […] партия победит.', 'Выборы прошли.'] },
  ],
};

describe.each(LANGS)('segmentText hard cases (%s)', (lang) => {
  it.each(HARD_CASES[lang])('$name', ({ text, expected }) => {
    expect(sentences(text, lang)).toEqual(expected);
  });
});

describe('segmentText paragraphs', () => {
  it('numbers paragraphs and never joins across a blank line', () => {
    const text = 'First paragraph without a stop\n  \n\nSecond one. Still second.\n\n\nThird';
    const spans = segmentTextDetailed(text, 'en');
    expect(spans.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['First paragraph without a stop', 0],
      ['Second one.', 1],
      ['Still second.', 1],
      ['Third', 2],
    ]);
  });

  it('marks the sentences split by the lower-case rule', () => {
    const text = 'Эта мера оправдала себя в сфере. является формирова-ние. Были заложены основы.';
    expect(segmentTextDetailed(text, 'ru').map((s) => s.endedBy)).toEqual(['lower-case-after-stop', 'stop', 'unit-end']);
  });

  it('treats Windows line ends like Unix ones', () => {
    const text = 'One here. Two\r\nwrapped.\r\n\r\n## Head\r\n1. Item.\r\n';
    expect(segmentTextDetailed(text, 'en').map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['One here.', 0],
      ['Two\r\nwrapped.', 0],
      ['## Head', 1],
      ['1. Item.', 1],
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(segmentText('', 'kk')).toEqual([]);
    expect(segmentText(' \n\n\t ', 'kk')).toEqual([]);
  });
});

// Pieces that exercise every rule: stops, abbreviations, initials, numbers, quotes, line breaks, list markers.
const PIECES = [
  'word', 'Word', 'слово', 'Сөз', 'Бұл', 'The', 'В', 'т.е.', 'т.б.', 'г.', 'ж.', 'млн.', 'e.g.', 'Mr.', 'Vol.', 'p.',
  'S.', 'V.A.', 'О.В.', '2.5', '1.', '20', '.', '!', '?', '…', '...', '»', '«', '"', '(', ')', '[3]', '—', '-',
  ' ', ' ', ' ', '\n', '\n\n', '\n1. ', '\n## ', '\u00a0', ',', ':',
];

describe('segmentText invariants', () => {
  it('spans are trimmed, ordered, never cross a blank line, and the gaps between them hold only white space', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.constantFrom(...LANGS), (pieces, lang) => {
        const text = pieces.join('');
        const spans = segmentText(text, lang);
        let previous = 0;
        for (const { start, end } of spans) {
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThan(start);
          expect(text.slice(previous, start)).toMatch(/^\s*$/u);
          expect(text[start]).toMatch(/\S/u);
          expect(text[end - 1]).toMatch(/\S/u);
          expect(text.slice(start, end)).not.toMatch(/\n[^\S\n]*\n/u);
          previous = end;
        }
        expect(text.slice(previous)).toMatch(/^\s*$/u);
      }),
      { numRuns: 500 },
    );
  });

  it('rebuilds the text from the spans and the gaps', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.constantFrom(...LANGS), (pieces, lang) => {
        const text = pieces.join('');
        let rebuilt = '';
        let previous = 0;
        for (const { start, end } of segmentText(text, lang)) {
          rebuilt += text.slice(previous, start) + text.slice(start, end);
          previous = end;
        }
        expect(rebuilt + text.slice(previous)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
