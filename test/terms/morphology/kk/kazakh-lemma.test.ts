import { describe, expect, it } from 'vitest';
import { kazakhLemma } from '../../../../src/terms/morphology/kk/index.js';

/** [form, expected key, what it exercises] */
type Case = [string, string, string];

const cases: Case[] = [
  // Case, plural and possessive slots, with allomorphs by harmony and assimilation.
  ['билік', 'билік', 'dictionary form stays'],
  ['биліктің', 'билік', 'genitive -тің after a voiceless stem'],
  ['билікке', 'билік', 'dative -ке'],
  ['биліктен', 'билік', 'ablative -тен'],
  ['мемлекеттердің', 'мемлекет', 'plural + genitive'],
  ['мемлекеттермен', 'мемлекет', 'plural + instrumental'],
  ['мектептерімізде', 'мектеп', 'plural + POSS.1pl + locative'],
  ['кітаптарымыздан', 'кітап', 'plural + POSS.1pl + ablative, back harmony'],
  ['президенттерінің', 'президент', 'plural + POSS.3 + pronominal genitive'],
  ['қоғамындағы', 'қоғам', 'POSS.3 + locative -нда + attributive -ғы'],
  ['Қазақстандағы', 'қазақстан', 'locative + attributive on a proper noun'],
  ['ауданында', 'аудан', 'POSS.3 + pronominal locative'],
  ['кісіге', 'кісі', 'a plain case never follows POSS.3 (not кіс + і + ге)'],
  ['ұрыны', 'ұры', 'the accusative after POSS.3 is -н, so -ны is the accusative of a vowel stem (not ұр + ы + ны)'],
  ['адамдар', 'адам', 'plural -дар after a nasal'],
  ['экономиканың', 'экономика', 'genitive -ның after a vowel'],
  ['саясатта', 'саясат', 'locative -та after т'],
  // Stem alternations before a vowel: к→г, қ→ғ, п→б.
  ['билігі', 'билік', 'к→г before POSS.3'],
  ['тілегі', 'тілек', 'к→г, front'],
  ['аумағында', 'аумақ', 'қ→ғ before POSS.3 + locative'],
  ['құқығы', 'құқық', 'қ→ғ'],
  ['азаматтығын', 'азаматтық', 'қ→ғ on a derived noun, accusative -н'],
  ['кітабы', 'кітап', 'п→б'],
  // Vowel drop, restored only through the lexicon.
  ['халқы', 'халық', 'халық → халқы'],
  ['халқымыздың', 'халық', 'vowel drop before POSS.1pl + genitive'],
  ['орнына', 'орын', 'орын → орны'],
  ['аузымен', 'ауыз', 'ауыз → аузы'],
  ['мұрны', 'мұрын', 'мұрын → мұрны'],
  // Russian loanwords with Kazakh suffixes.
  ['демократияның', 'демократия', 'loan in -ия, genitive -ның'],
  ['конституциясы', 'конституция', 'POSS.3 -сы after a vowel'],
  ['конституцияға', 'конституция', 'dative -ға'],
  ['университетінде', 'университет', 'front loan with POSS.3 + locative'],
  ['институтының', 'институт', 'back harmony after у'],
  ['фильмдер', 'фильм', 'plural -дер after a loan consonant cluster'],
  ['проблемасы', 'проблема', 'POSS.3 on a loan'],
  ['сепаратистер', 'сепаратист', 'a loan in -ист writes one т before the plural -тер'],
  ['процесі', 'процесс', 'a loan closed by a double consonant writes it single before an ending'],
  ['Конгреске', 'конгресс', 'the same before a consonant-initial ending'],
  ['журналистерге', 'журналист', 'the same, listed loan, with a case after the plural'],
  ['Теллистің', 'теллис', 'a name in -ис keeps its letters before the genitive -тің'],
  ['контексте', 'контекст', 'a listed loan in -ст writes one т before a т-initial ending (seed 000)'],
  ['чемпионатты', 'чемпионат', 'accusative -ты'],
  // Proper nouns and acronyms (case ending after a hyphen).
  ['Қазақстанның', 'қазақстан', 'capitalised proper noun, lower-case key'],
  ['Алматыда', 'алматы', 'locative on a city name'],
  ['Абайдың', 'абай', 'genitive -дың after й'],
  ['Әуезовтің', 'әуезов', 'a surname in -ов on a front root takes front endings'],
  ['Тоқаевқа', 'тоқаев', 'and one on a back root back endings'],
  ['БҰҰ-ның', 'бұұ', 'acronym + hyphenated genitive'],
  ['ҚР-дың', 'қр', 'acronym + hyphenated genitive'],
  ['ЕО-ға', 'ео', 'acronym + hyphenated dative'],
  ['ТМД', 'тмд', 'bare acronym'],
  ['ЮНЕСКО-ның', 'юнеско', 'longer acronym + hyphenated genitive'],
  ['Ресейді', 'ресей', 'an unlisted name in the accusative -ді keeps its letters (not ресейд + POSS.3)'],
  ['Трампты', 'трамп', 'the same after a voiceless stem'],
  ['Сен-Мирренді', 'сен-миррен', 'the last part of a hyphenated name is read as a name'],
  ['БИЛІКТІҢ', 'билік', 'an all-capitals heading word is analysed'],
  ['ҚазҰУ-дың', 'қазұу', 'mixed-case acronym + hyphenated genitive'],
  ['жасаған-ау', 'жаса', 'hyphenated particle dropped, the word before analysed (a participle)'],
  ['Жасаған-ау', 'жасаған', 'the same word capitalised is a name, not a verb form'],
  ['Төлегеннің', 'төлеген', 'a capitalised name in -ген keeps its letters'],
  ['төлеген', 'төле', 'while the lower-case participle goes to its verb'],
  ['2020-ға', '2020', 'number + hyphenated dative'],
  ['ата-анасының', 'ата-ана', 'hyphenated compound inflects on its last part'],
  ['тап-таза', 'таза', 'intensive reduplication: the adjective intensified'],
  ['қап-қараның', 'қара', 'the same, inflected'],
  ['бетпе-бет', 'бетпе-бет', 'a paired word is no intensive'],
  ['бағыну-шы', 'бағынушы', 'a hyphen left by a line break is joined back'],
  ['1990-шы', '1990', 'ordinal ending after a number'],
  // Short roots that must not be over-stemmed.
  ['ақ', 'ақ', 'two-letter root'],
  ['ақын', 'ақын', 'not ақ + ы + н'],
  ['қан', 'қан', 'three-letter root'],
  ['қанат', 'қанат', 'not қан + at'],
  ['қандай', 'қандай', 'not қан + similative -дай'],
  ['ел', 'ел', 'two-letter root'],
  ['елдің', 'ел', 'but its inflections are still stripped'],
  ['үйге', 'үй', 'dative on a two-letter root'],
  ['бас', 'бас', 'root'],
  ['қала', 'қала', 'not the verb қал + converb -а'],
  ['күдікпен', 'күдік', 'not a verb кү- (the list has күю, whose root is күй)'],
  ['өнім', 'өнім', 'derived -ім noun, not өн + POSS.1sg'],
  ['жеткізілімдер', 'жеткізілім', 'derived -ім noun on a passive stem (NTREX: жеткізілімдер тізбегі, supply chain)'],
  ['басталды', 'баста', 'a past passive verb, not a listed бастал + accusative'],
  ['пайда', 'пайда', 'a listed word whose own inflections are listed (пайдаға) is not пай + locative'],
  ['басқа', 'басқа', 'not бас + dative: the list has басқасы, басқаға'],
  ['өзгелері', 'өзге', 'and its inflections go to it (өзге + plural + POSS.3)'],
  ['пайдаға', 'пайда', 'dative of пайда'],
  ['мағынасы', 'мағына', 'not мақ + ы + на + сы, which the listed мағынаны, мағынада rule out'],
  // Derived words stay whole; verbal nouns in -у are terms.
  ['ұлттық', 'ұлттық', '-тық derivation kept (not ұлт)'],
  ['мемлекеттік', 'мемлекеттік', '-тік derivation kept (not мемлекет)'],
  ['ұлттықтың', 'ұлттық', 'inflection stripped, derivation kept'],
  ['экономикалық', 'экономикалық', 'relational adjective on a loan'],
  ['тұрақтылық', 'тұрақтылық', 'abstract noun'],
  ['басшы', 'басшы', 'agent noun'],
  ['шаруашылық', 'шаруашылық', '-шылық'],
  ['ғылыми', 'ғылыми', 'adjective in -и is not POSS.3'],
  ['тарихи', 'тарихи', 'adjective in -и'],
  ['тарихы', 'тарих', 'while тарих + ы is POSS.3'],
  ['басқару', 'басқару', 'verbal noun in -у is a term'],
  ['басқаруы', 'басқару', 'verbal noun + POSS.3'],
  ['басқаруға', 'басқару', 'verbal noun + dative'],
  ['зерттеудің', 'зерттеу', 'verbal noun + genitive'],
  ['дамуына', 'даму', 'verbal noun + POSS.3 + dative'],
  ['шығуым', 'шығу', 'verbal noun + POSS.1sg, not the listed шығуы + м'],
  ['оқушылардың', 'оқушы', 'agent noun + plural + genitive'],
  ['мемлекеттілігінің', 'мемлекеттілік', 'stacked derivation not in the lexicon'],
  // Verb forms go to the verb root.
  ['береді', 'бер', 'present 3rd person'],
  ['болмайды', 'бол', 'negation + present'],
  ['тұрған', 'тұр', 'past participle'],
  ['сақтап', 'сақта', 'converb -п the list files as a nominal entry'],
  ['етеді', 'ет', 'present tense the list files as a nominal entry'],
  ['алады', 'ал', 'present of ал, not the past of ала'],
  ['оқиды', 'оқы', 'a root in -ы meets the й of the present: written и'],
  ['естиді', 'есті', 'likewise with a front root'],
  ['білеміз', 'біл', 'present + 1pl the list files as a nominal entry'],
  ['бастады', 'баста', 'past -ды after a vowel, where a noun takes -ны or -лы'],
  ['талап', 'талап', 'a listed noun in -п with listed noun forms (талаптар, талабы) stays a noun'],
  ['сыныптан', 'сынып', 'likewise сынып'],
  ['тұрғындардың', 'тұрғын', 'noun in -ғын is not тұрық with a dropped vowel'],
  ['ағыны', 'ағын', 'not the listed ағы (itself ақ + POSS.3) + accusative -ны, a chain POSS.3 refuses'],
  // Feminine surnames key to the masculine, as in Russian.
  ['Сәтбаева', 'сәтбаев', 'feminine surname in -ева'],
  ['Қайырбековамен', 'қайырбеков', 'feminine surname in -ова + instrumental'],
  ['Сәтбаевтың', 'сәтбаев', 'the masculine itself'],
  // Predicative endings.
  ['мұғаліммін', 'мұғалім', 'predicative 1sg after м'],
  ['дайынбыз', 'дайын', 'predicative 1pl -быз after н, never after an accusative'],
  // Mixed-script and invisible characters.
  ['бiлiмнiң', 'білім', 'Latin i for Cyrillic і'],
  ['бі\u00ADлім', 'білім', 'soft hyphen'],
];

describe('kazakhLemma', () => {
  it.each(cases)('%s → %s (%s)', (form, expected) => {
    expect(kazakhLemma(form)).toBe(expected);
  });

  it('leaves Latin-script and numeric tokens alone apart from case', () => {
    expect(kazakhLemma('COVID-19')).toBe('covid-19');
    expect(kazakhLemma('DNA')).toBe('dna');
    expect(kazakhLemma('2020')).toBe('2020');
  });

  it('groups the inflections of one lexeme under one key', () => {
    const forms = ['билік', 'биліктің', 'билігі', 'билікке', 'биліктен', 'билікті', 'билігінің'];
    expect(new Set(forms.map(kazakhLemma))).toEqual(new Set(['билік']));
  });

  it('keeps derived words apart from their bases', () => {
    const keys = ['ұлт', 'ұлттық', 'билік', 'би', 'мемлекет', 'мемлекеттік'].map(kazakhLemma);
    expect(new Set(keys).size).toBe(6);
  });
});
