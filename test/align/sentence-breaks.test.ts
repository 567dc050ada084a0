// Sentence boundaries inside a unit as evidence of a merge. The excerpt is from NTREX-128 (telegraph.405401 of
// ntrex-dev, CC BY-SA 4.0, https://github.com/MicrosoftTranslator/NTREX): Russian joined two sentences that English
// and Kazakh keep apart, the second of them short.
import { describe, expect, it } from 'vitest';
import { alignUnits } from '../../src/align/index.js';
import { lengthModel } from '../../src/align/length-constants.js';
import { emptyTokenTable, lexicalMatchOf } from '../../src/align/lexical-match.js';
import { makePairScorer, PAIR_WEIGHTS } from '../../src/align/score-pair.js';
import { unitFeatures } from '../../src/align/unit-features.js';

const UNITS = {
  en: [
    'Perhaps the wrong Cromwell would be sacrificed for the actions of his ancestor Thomas in the previous century.',
    'Sir William Hamo Thorneycroft\'s magnificent representation of Cromwell is evidence of 19th century opinion and part of the historiography of a figure who many believe is still worth celebrating.',
    'Mr Goldsmith told The Sunday Telegraph: "Cromwell is regarded by many, perhaps more in the late 19th century than today, as a defender of parliament against external pressure, in his case of course the monarchy.',
    'Whether that is a wholly accurate representation is the subject of continuing historical debate.',
    'What is certain is that the conflict of the mid 17th century has shaped the subsequent development of our nation, and Cromwell is an individual recognisable figure who represents one side of that divide.',
    'His achievements as Lord Protector are also worth celebrating and commemorating."',
  ],
  kk: [
    'Кромвель өткен ғасырдағы өзінің бабасы Томастың әрекеті үшін әділетсіз жазасын алатын сияқты.',
    'Сэр Уильям Хамо Торнейкрофттың Кромвель туралы керемет сипаттамасы 19 ғасырдағы ойдың көрінісі және көпшілік адамдар дәріптеу керек деп есептейтін тарихи тұлғаның бөлігі болып табылады.',
    'Голдсмит мырза “The Sunday Telegraph“ газетіне берген сұхбатта былай деді: “Мүмкін, қазіргіге қарағанда, 19 ғасырдың соңында адамдар Кромвельді парламентті сыртқы қысымнан, өз кезегінде, монархиядан қорғаушы деп есептеген.',
    'Бұндай тұжырымдама қаншалықты рас екені, тарихшылар арасында жалғасып жатқан дауға салатын жағдай екені белгісіз.',
    'Бұл 17 ғасырдың ортасындағы қақтығыс біздің ұлтымыздың одан кейінгі дамуын құрастырғаны, ал Кромвель сол кездегі тараптың бірі болып табылған танымал тұлға екені мәлім.',
    'Оның Лорд-протектор ретіндегі жетістігін де дәріптеп, естен шығармау керек.”',
  ],
  ru: [
    'Вероятно, Оливер Кромвель страдает за грехи своего предка, Томаса, жившего на век раньше.',
    'Великолепная статуя Кромвеля авторства сэра Уильяма Хамо Торникрофта отражает мнение его современников в 19-м веке и исторические достижения человека, которого многие по прежнему считают достойным уважения.',
    'В интервью The Sunday Telegraph Джон Голдсмит заявил: «Многие люди, особенно в конце 19-го века, считали Кромвеля защитником парламента от внешнего давления, в его случае — монархии. Можно ли считать такое мнение исторически точным, остается предметом дебатов специалистов.',
    'Но можно с уверенностью утверждать, что конфликт, возникший в середине 17-го века, повлиял на последующее развитие нашей страны, и Кромвель был значимым историческим лицом, представлявшим одну сторону этого раздела.',
    'Его достижения в качестве лорда-протектора также заслуживают высокой оценки и уважения».',
  ],
};

describe('unitFeatures: sentence boundaries inside a unit', () => {
  it('counts a stop after a word followed by a capital, not abbreviations or initials', () => {
    expect(unitFeatures(UNITS.ru[2], 'ru').breaks).toBe(1);
    expect(unitFeatures(UNITS.en[2], 'en').breaks).toBe(0);
    expect(unitFeatures('He said: "I did it." Then he left. Really?', 'en').breaks).toBe(2);
    expect(unitFeatures('Mr. Smith met U.S. President J. Doe in 2019.', 'en').breaks).toBe(0);
    expect(unitFeatures('Он сказал это в 2019 г. Москва ответила.', 'ru').breaks).toBe(0);
  });
});

describe('pair cost: boundaries left without a counterpart', () => {
  const lengths = [100, 40, 140];
  const scorer = makePairScorer(
    lengths,
    lengths,
    lengthModel('en', 'en'),
    lexicalMatchOf(emptyTokenTable(3), emptyTokenTable(3), []),
    PAIR_WEIGHTS,
    [0, 0, 0],
    [0, 0, 1],
  );
  it('charges a two-sentence unit paired with one sentence, not with two', () => {
    const lengthOnly = (i0: number, i1: number, j0: number, j1: number) => PAIR_WEIGHTS.length * scorer.lengthCost(i0, i1, j0, j1) - PAIR_WEIGHTS.link;
    expect(scorer.cost(0, 1, 2, 3)).toBeCloseTo(lengthOnly(0, 1, 2, 3) + PAIR_WEIGHTS.breaks);
    expect(scorer.cost(0, 2, 2, 3)).toBeCloseTo(lengthOnly(0, 2, 2, 3));
    // Two units against one without a boundary inside: a translator's merge, no charge.
    expect(scorer.cost(0, 2, 0, 1)).toBeCloseTo(lengthOnly(0, 2, 0, 1));
  });
});

describe('alignUnits: a unit holding two sentences', () => {
  it('takes both sentences of the other languages, not a gap in Russian', () => {
    const beads = alignUnits(UNITS).map((bead) => `${bead.en.join(',')}|${bead.kk.join(',')}|${bead.ru.join(',')}`);
    expect(beads).toEqual(['0|0|0', '1|1|1', '2,3|2,3|2', '4|4|3', '5|5|4']);
  });
});
