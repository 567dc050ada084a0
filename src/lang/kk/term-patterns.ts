// Kazakh word-class cues for term chains. Kazakh has no article or determiner to anchor a noun phrase, and
// the Kazakh analyser gives lemmas, not parts of speech, so the finder recognises modifiers and verb forms by
// these endings (vowel-harmony and assimilation variants listed out) and a few closed lists.

/**
 * Endings of adjectives that are not also nouns: -ғы/-гі (қазіргі), Arabic/Persian -и (саяси, ғылыми),
 * -сыз "without", -шыл. (-лы/-ды/-ты "having" are not listed: they are also the accusative.)
 */
export const KAZAKH_ADJECTIVE_ENDINGS: readonly string[] = [
  'ғы', 'гі', 'қы', 'кі',
  'сыз', 'сіз',
  'шыл', 'шіл',
  'ми', 'си', 'ли', 'ни', 'ри', 'хи', 'ти', 'ди', 'би', 'фи', 'ки',
];

/**
 * Endings of the -лық family, which make relational adjectives (мемлекеттік, экономикалық, конституциялық)
 * and abstract nouns alike (билік, бостандық, мемлекеттілік): the finder decides by the context.
 */
export const KAZAKH_LYQ_ENDINGS: readonly string[] = ['лық', 'лік', 'дық', 'дік', 'тық', 'тік'];

/**
 * Endings of agent nouns in -шы/-ші (атқарушы, жетекші, басқарушы): nouns that also stand before a noun as
 * adjectives ("атқарушы қызмет" executive function, "жетекші саяси жүйе" leading political system).
 */
export const KAZAKH_AGENT_ENDINGS: readonly string[] = ['шы', 'ші'];

/**
 * Endings of "having" adjectives in -лы/-ды/-ты (қарулы, өкілетті). Listed apart from the adjective endings: the
 * same letters are the accusative case, so they count only on words the analyser leaves uninflected.
 */
export const KAZAKH_HAVING_ENDINGS: readonly string[] = ['лы', 'лі', 'ды', 'ді', 'ты', 'ті'];

/** Endings of the genitive case: a genitive earlier in the sentence can own a later possessive. */
export const KAZAKH_GENITIVE_ENDINGS: readonly string[] = ['ның', 'нің', 'дың', 'дің', 'тың', 'тің'];

/** Common adjectives without a derivational ending (modifiers in terms like "жаңа технология"). */
export const KAZAKH_PLAIN_ADJECTIVES: ReadonlySet<string> = new Set(
  `жаңа ескі үлкен кіші ұлы жас кәрі ақ қара қызыл көк сары жасыл биік аласа ұзын қысқа кең тар терең
  жақсы жаман күшті әлсіз бай кедей ішкі сыртқы жоғары төмен орта шағын ірі толық ерекше арнайы
  басты бірыңғай тиімді маңызды қажетті әртүрлі түрлі`.split(/\s+/),
);

/**
 * Endings of finite verbs, participles, converbs and infinitive-like forms, which end a noun chain and are
 * never part of a term (қарастырылады, болған, табылатын, атқарып). Verbal nouns in -у/-уы (басқару, даму)
 * are nouns and are not listed.
 */
export const KAZAKH_VERB_ENDINGS: readonly string[] = [
  'ады', 'еді', 'йды', 'йді', 'лады', 'леді', 'ылады', 'іледі', 'ылды', 'ілді', 'ынды', 'інді',
  'ған', 'ген', 'қан', 'кен', 'ғанда', 'генде', 'ғаннан', 'геннен',
  'атын', 'етін', 'йтын', 'йтін', 'атұғын',
  'ып', 'іп', 'ыпты', 'іпті',
  'мақ', 'мек', 'бақ', 'бек', 'пақ', 'пек',
  'уда', 'уде', 'ауда', 'еуде',
  'майды', 'мейді', 'байды', 'бейді', 'пайды', 'пейді',
];

/**
 * Roots of auxiliary verbs that follow a converb in -а/-е/-й (қалыптаса бастады "began to form", жаза алады
 * "can write"): the word before such a verb form is a verb, though it looks like a bare noun.
 * (бол- is not listed: "X болып табылады" follows nouns.)
 */
export const KAZAKH_AUXILIARY_ROOTS: readonly string[] = [
  'баста', 'ал', 'бер', 'кет', 'қал', 'жатыр', 'отыр', 'тұр', 'жүр', 'түс', 'сал', 'шық', 'көр', 'бітір',
];

/**
 * Quantifiers and general adjectives (stop words: never part of a term) that may stand between a genitive owner
 * and its possessive noun: "биліктің негізгі элементтері", "Соттың кейбір шешімдері" are the izafets "билік
 * элементтері", "сот шешімдері". Demonstratives and nouns are not listed: "істің сол күні" is no term, and a noun
 * stop word belongs to the compound after it (жұмыс күші).
 */
export const KAZAKH_GENERAL_MODIFIERS: ReadonlySet<string> = new Set(
  'негізгі барлық бүкіл кейбір әр әрбір басқа жалпы бірнеше көптеген түрлі әртүрлі'.split(' '),
);
