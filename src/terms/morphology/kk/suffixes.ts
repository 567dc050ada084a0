// The Kazakh inflectional suffixes the analyser strips, as data: which category they attach to and produce, their
// slot in the word, their allomorphs for a given stem, and a cost (negative: a reliable ending worth stripping;
// positive: an ending that is often part of a root or a derivation, stripped only when the lexicon insists).
import { boundaryClassOf, byHarmony, isVowel, type BoundaryClass } from './letters.js';

/**
 * Word categories in the right-to-left parse: `N` a nominal (noun, adjective, participle), `V` a verb stem
 * (root plus voice and negation), `F` a finished verb form (converb, finite verb).
 */
export type Category = 'N' | 'V' | 'F';

/** Morpheme identifiers; the slot order below follows docs/kazakh-morphology.md §4. */
export type MorphemeId =
  | 'voice-passive' | 'voice-reciprocal' | 'voice-causative' | 'negation'
  | 'participle-past' | 'participle-habitual' | 'participle-aorist' | 'participle-negative-aorist'
  | 'participle-intent' | 'converb-p' | 'converb-a' | 'converb-purpose' | 'past' | 'present-3'
  | 'conditional' | 'imperative-3' | 'imperative-polite' | 'optative-1sg' | 'optative-1pl' | 'verb-person'
  | 'plural' | 'poss-3' | 'poss-1sg' | 'poss-2sg' | 'poss-2sg-polite' | 'poss-1pl' | 'poss-2pl'
  | 'genitive' | 'accusative' | 'dative' | 'locative' | 'ablative' | 'instrumental'
  | 'genitive-n' | 'accusative-n' | 'dative-n' | 'locative-n' | 'ablative-n' | 'dative-poss-a'
  | 'attributive' | 'person' | 'similative' | 'comparative';

/** One inflectional morpheme. */
export interface Morpheme {
  id: MorphemeId;
  /** Category of the word it attaches to. */
  attach: Category;
  /** Category of the word it makes. */
  produce: Category;
  /** Position in the word; suffixes are stripped right to left with strictly decreasing slots. */
  slot: number;
  /** Preference: added to an analysis that strips this morpheme (lower is preferred). */
  cost: number;
  /** Cost of particular allomorphs when it differs from `cost` (POSS.3 -сы after a vowel is safer than -ы). */
  surfaceCost?: Readonly<Record<string, number>>;
  /** When set, the morpheme to its left must be one of these (the pronominal -н- follows POSS.3 only). */
  requiresLeft?: readonly MorphemeId[];
  /** Morphemes that cannot stand to its left (no predicative ending after an accusative or genitive). */
  forbidsLeft?: readonly MorphemeId[];
  /** Surface forms this morpheme takes after `stem` (the part of the word to its left). */
  forms(stem: string): string[];
  /** The morpheme starts with a vowel, so a stem-final к/қ/п before it is written г/ғ/б. */
  vowelInitial: boolean;
}

/** Picks one consonant-initial pair (back, front) per boundary class. */
function byClass(stem: string, table: Partial<Record<BoundaryClass, readonly [string, string]>>): string[] {
  const pair = table[boundaryClassOf(stem)];
  return pair ? byHarmony(stem, pair[0], pair[1]) : [];
}

function endsInVowel(stem: string): boolean {
  return isVowel(stem[stem.length - 1]) && !stem.endsWith('у') && !stem.endsWith('и');
}

/** Last letter is ы or і: the shape every POSS.3 form ends in, required before the pronominal -н- cases. */
function endsInPossessive3(stem: string): boolean {
  return stem.endsWith('ы') || stem.endsWith('і');
}

const PLURAL = { vowel: ['лар', 'лер'], glide: ['лар', 'лер'], nasal: ['дар', 'дер'], liquid: ['дар', 'дер'], voiceless: ['тар', 'тер'] } as const;
const GENITIVE = { vowel: ['ның', 'нің'], glide: ['дың', 'дің'], nasal: ['ның', 'нің'], liquid: ['дың', 'дің'], voiceless: ['тың', 'тің'] } as const;
const ACCUSATIVE = { vowel: ['ны', 'ні'], glide: ['ды', 'ді'], nasal: ['ды', 'ді'], liquid: ['ды', 'ді'], voiceless: ['ты', 'ті'] } as const;
const DATIVE = { vowel: ['ға', 'ге'], glide: ['ға', 'ге'], nasal: ['ға', 'ге'], liquid: ['ға', 'ге'], voiceless: ['қа', 'ке'] } as const;
const LOCATIVE = { vowel: ['да', 'де'], glide: ['да', 'де'], nasal: ['да', 'де'], liquid: ['да', 'де'], voiceless: ['та', 'те'] } as const;
const ABLATIVE = { vowel: ['дан', 'ден'], glide: ['дан', 'ден'], nasal: ['нан', 'нен'], liquid: ['дан', 'ден'], voiceless: ['тан', 'тен'] } as const;
/** Past tense -ды/-ты: the accusative's consonant pattern. */
const PAST = { vowel: ['ды', 'ді'], glide: ['ды', 'ді'], nasal: ['ды', 'ді'], liquid: ['ды', 'ді'], voiceless: ['ты', 'ті'] } as const;
const PARTICIPLE_PAST = { vowel: ['ған', 'ген'], glide: ['ған', 'ген'], nasal: ['ған', 'ген'], liquid: ['ған', 'ген'], voiceless: ['қан', 'кен'] } as const;
const NEGATION = { vowel: ['ма', 'ме'], glide: ['ма', 'ме'], nasal: ['ба', 'бе'], liquid: ['ба', 'бе'], voiceless: ['па', 'пе'] } as const;

/** Negation -ма after vowels, р й у and л (болма, келме); -ба after м н ң ж з (жазба, сенбе); -па after voiceless. */
function negation(stem: string): string[] {
  return stem.endsWith('л') ? byHarmony(stem, 'ма', 'ме') : byClass(stem, NEGATION);
}
const PERSON_1 = { vowel: ['мын', 'мін'], glide: ['мын', 'мін'], nasal: ['мын', 'мін'], liquid: ['бын', 'бін'], voiceless: ['пын', 'пін'] } as const;
const PERSON_1PL = { vowel: ['мыз', 'міз'], glide: ['мыз', 'міз'], nasal: ['мыз', 'міз'], liquid: ['быз', 'біз'], voiceless: ['пыз', 'піз'] } as const;

/** Predicative 1sg/1pl: after м н ң both spellings occur (`мұғаліммін`, `дайынбыз`). */
function predicative1(stem: string, table: typeof PERSON_1 | typeof PERSON_1PL): string[] {
  const forms = byClass(stem, table);
  if (boundaryClassOf(stem) === 'nasal') forms.push(...byClass(stem, { nasal: [table.liquid[0], table.liquid[1]] }));
  return forms;
}
const CAUSATIVE_DYR = { vowel: ['ғыз', 'гіз'], glide: ['ғыз', 'гіз'], nasal: ['дыр', 'дір'], liquid: ['дыр', 'дір'], voiceless: ['тыр', 'тір'] } as const;

/** Instrumental -мен/-бен/-пен is always front (`баламен`, `кітаппен`). */
function instrumental(stem: string): string[] {
  const cls = boundaryClassOf(stem);
  const last = stem[stem.length - 1];
  const base = cls === 'voiceless' ? 'пен' : last === 'ж' || last === 'з' ? 'бен' : 'мен';
  return [base, base + 'ен'];
}

/** A vowel-initial suffix: one form after a vowel, another after a consonant (`сы`/`ы`, `м`/`ым`). */
function afterVowelOrConsonant(stem: string, vowelForms: [string, string], consonantForms: [string, string]): string[] {
  return endsInVowel(stem)
    ? byHarmony(stem, vowelForms[0], vowelForms[1])
    : byHarmony(stem, consonantForms[0], consonantForms[1]);
}

const POSSESSIVES: readonly MorphemeId[] = ['poss-3'];
const FIRST_SECOND_SG: readonly MorphemeId[] = ['poss-1sg', 'poss-2sg'];
const LOCATIVES: readonly MorphemeId[] = ['locative', 'locative-n'];
/**
 * After POSS.3 a case takes the pronominal н (its own morphemes below): `баласына`, never `*баласыға`; so a plain
 * case or the similative never follows it (`кісіге` is `кісі` + ге, not `кіс` + і + ге; `ағыны` is `ағын` + ы).
 */
const NOT_AFTER_POSS_3: readonly MorphemeId[] = ['poss-3'];
/** After POSS.1sg/2sg the dative is -а/-е (`балама`), never the plain -ға/-ге. */
const NOT_AFTER_POSS_SG: readonly MorphemeId[] = ['poss-3', 'poss-1sg', 'poss-2sg'];

// Slots: 1-3 voice, 4 negation, 5 tense/aspect/non-finite, 6 plural, 7 possessive, 8 case, 9 attributive, 10 person.
const NOMINAL: Morpheme[] = [
  // Comparative -рақ/-ырақ (анығырақ, кішірек): an inflection of adjectives in the treebank's lemmas.
  {
    id: 'comparative', attach: 'N', produce: 'N', slot: 5, cost: 0.1, vowelInitial: true,
    forms: (s) => afterVowelOrConsonant(s, ['рақ', 'рек'], ['ырақ', 'ірек']),
  },
  { id: 'plural', attach: 'N', produce: 'N', slot: 6, cost: -1, vowelInitial: false, forms: (s) => byClass(s, PLURAL) },
  {
    id: 'poss-3', attach: 'N', produce: 'N', slot: 7, cost: -0.5, surfaceCost: { сы: -0.9, сі: -0.9 }, vowelInitial: true,
    forms: (s) => afterVowelOrConsonant(s, ['сы', 'сі'], ['ы', 'і']),
  },
  {
    id: 'poss-1sg', attach: 'N', produce: 'N', slot: 7, cost: 0.7, vowelInitial: true,
    forms: (s) => afterVowelOrConsonant(s, ['м', 'м'], ['ым', 'ім']),
  },
  {
    id: 'poss-2sg', attach: 'N', produce: 'N', slot: 7, cost: 0.45, vowelInitial: true,
    forms: (s) => afterVowelOrConsonant(s, ['ң', 'ң'], ['ың', 'ің']),
  },
  {
    id: 'poss-2sg-polite', attach: 'N', produce: 'N', slot: 7, cost: 0.2, vowelInitial: true,
    forms: (s) => afterVowelOrConsonant(s, ['ңыз', 'ңіз'], ['ыңыз', 'іңіз']),
  },
  {
    id: 'poss-1pl', attach: 'N', produce: 'N', slot: 7, cost: -0.2, vowelInitial: true,
    forms: (s) => afterVowelOrConsonant(s, ['мыз', 'міз'], ['ымыз', 'іміз']),
  },
  {
    id: 'poss-2pl', attach: 'N', produce: 'N', slot: 7, cost: 0.2, vowelInitial: true,
    forms: (s) => afterVowelOrConsonant(s, ['ңдар', 'ңдер'], ['ыңдар', 'іңдер']),
  },
  { id: 'genitive', attach: 'N', produce: 'N', slot: 8, cost: -1, vowelInitial: false, forbidsLeft: NOT_AFTER_POSS_3, forms: (s) => byClass(s, GENITIVE) },
  // -ды/-ті is also the adjective "having" (маңызды, мәдениетті); after a vowel the accusative -ны is unambiguous.
  {
    id: 'accusative', attach: 'N', produce: 'N', slot: 8, cost: -0.2, surfaceCost: { ны: -0.8, ні: -0.8 }, vowelInitial: false, forbidsLeft: NOT_AFTER_POSS_3,
    forms: (s) => byClass(s, ACCUSATIVE),
  },
  { id: 'dative', attach: 'N', produce: 'N', slot: 8, cost: -1, vowelInitial: false, forbidsLeft: NOT_AFTER_POSS_SG, forms: (s) => byClass(s, DATIVE) },
  { id: 'locative', attach: 'N', produce: 'N', slot: 8, cost: -1, vowelInitial: false, forbidsLeft: NOT_AFTER_POSS_3, forms: (s) => byClass(s, LOCATIVE) },
  { id: 'ablative', attach: 'N', produce: 'N', slot: 8, cost: -1, vowelInitial: false, forbidsLeft: NOT_AFTER_POSS_3, forms: (s) => byClass(s, ABLATIVE) },
  { id: 'instrumental', attach: 'N', produce: 'N', slot: 8, cost: -1, vowelInitial: false, forms: instrumental },
  // Similative -дай/-тай "like" (тастай, баладай): a case-like ending, but stripped only from unlisted words since
  // so many -дай words are lexical (қандай, осындай, сондай).
  {
    id: 'similative', attach: 'N', produce: 'N', slot: 8, cost: 0.1, vowelInitial: false, forbidsLeft: NOT_AFTER_POSS_3,
    forms: (s) => byClass(s, { vowel: ['дай', 'дей'], glide: ['дай', 'дей'], nasal: ['дай', 'дей'], liquid: ['дай', 'дей'], voiceless: ['тай', 'тей'] }),
  },
  // After POSS.3 the cases take a pronominal н (docs §5): баласы-н, баласы-на, баласы-нда, баласы-нан, баласы-ның.
  {
    id: 'genitive-n', attach: 'N', produce: 'N', slot: 8, cost: -1, vowelInitial: false, requiresLeft: POSSESSIVES,
    forms: (s) => (endsInPossessive3(s) ? byHarmony(s, 'ның', 'нің') : []),
  },
  {
    id: 'accusative-n', attach: 'N', produce: 'N', slot: 8, cost: 0.2, vowelInitial: false, requiresLeft: POSSESSIVES,
    forms: (s) => (endsInPossessive3(s) ? ['н'] : []),
  },
  {
    id: 'dative-n', attach: 'N', produce: 'N', slot: 8, cost: -1, vowelInitial: false, requiresLeft: POSSESSIVES,
    forms: (s) => (endsInPossessive3(s) ? byHarmony(s, 'на', 'не') : []),
  },
  {
    id: 'locative-n', attach: 'N', produce: 'N', slot: 8, cost: -1, vowelInitial: false, requiresLeft: POSSESSIVES,
    forms: (s) => (endsInPossessive3(s) ? byHarmony(s, 'нда', 'нде') : []),
  },
  {
    id: 'ablative-n', attach: 'N', produce: 'N', slot: 8, cost: -1, vowelInitial: false, requiresLeft: POSSESSIVES,
    forms: (s) => (endsInPossessive3(s) ? byHarmony(s, 'нан', 'нен') : []),
  },
  // After POSS.1sg/2sg the dative is -а/-е (балам-а, балаң-а).
  {
    id: 'dative-poss-a', attach: 'N', produce: 'N', slot: 8, cost: -0.5, vowelInitial: true, requiresLeft: FIRST_SECOND_SG,
    forms: (s) => (s.endsWith('м') || s.endsWith('ң') ? byHarmony(s, 'а', 'е') : []),
  },
  // -дағы: locative + attributive -ғы (Қазақстандағы).
  {
    id: 'attributive', attach: 'N', produce: 'N', slot: 9, cost: -1, vowelInitial: false, requiresLeft: LOCATIVES,
    forms: (s) => (s.endsWith('а') ? ['ғы'] : s.endsWith('е') ? ['гі'] : []),
  },
  // Predicative endings (мұғаліммін, дайынбыз): rare in academic prose and easily confused with roots.
  {
    id: 'person', attach: 'N', produce: 'N', slot: 10, cost: 0.4, vowelInitial: false,
    forbidsLeft: ['accusative', 'accusative-n', 'genitive', 'genitive-n'],
    forms: (s) => [...predicative1(s, PERSON_1), ...byHarmony(s, 'сың', 'сің'), ...byHarmony(s, 'сыз', 'сіз'), ...predicative1(s, PERSON_1PL)],
  },
];

/** Vowel-final verb stems take the short allomorph (оқы-п, сөйле-й). */
function verbVowelFinal(stem: string): boolean {
  return isVowel(stem[stem.length - 1]) && !stem.endsWith('у');
}

const VERBAL: Morpheme[] = [
  {
    id: 'voice-passive', attach: 'V', produce: 'V', slot: 1, cost: -0.2, vowelInitial: true,
    forms: (s) => (verbVowelFinal(s) ? ['л', 'н'] : s.endsWith('л') ? byHarmony(s, 'ын', 'ін') : byHarmony(s, 'ыл', 'іл')),
  },
  {
    id: 'voice-reciprocal', attach: 'V', produce: 'V', slot: 2, cost: 0, vowelInitial: true,
    forms: (s) => (verbVowelFinal(s) ? ['с'] : byHarmony(s, 'ыс', 'іс')),
  },
  {
    id: 'voice-causative', attach: 'V', produce: 'V', slot: 3, cost: 0.3, vowelInitial: false,
    forms: (s) => (verbVowelFinal(s) ? ['т', ...byClass(s, CAUSATIVE_DYR)] : byClass(s, CAUSATIVE_DYR)),
  },
  { id: 'negation', attach: 'V', produce: 'V', slot: 4, cost: -0.3, vowelInitial: false, forms: negation },
  { id: 'participle-past', attach: 'V', produce: 'N', slot: 5, cost: -0.9, vowelInitial: false, forms: (s) => byClass(s, PARTICIPLE_PAST) },
  {
    id: 'participle-habitual', attach: 'V', produce: 'N', slot: 5, cost: -0.8, vowelInitial: true,
    forms: (s) => (verbVowelFinal(s) ? byHarmony(s, 'йтын', 'йтін') : byHarmony(s, 'атын', 'етін')),
  },
  {
    id: 'participle-aorist', attach: 'V', produce: 'N', slot: 5, cost: 0.3, vowelInitial: true,
    forms: (s) => (verbVowelFinal(s) ? ['р'] : byHarmony(s, 'ар', 'ер')),
  },
  {
    id: 'participle-negative-aorist', attach: 'V', produce: 'N', slot: 5, cost: -0.3, vowelInitial: false,
    forms: (s) => negation(s).map((form) => form + 'с'),
  },
  {
    id: 'participle-intent', attach: 'V', produce: 'N', slot: 5, cost: -0.3, vowelInitial: false,
    forms: (s) => negation(s).map((form) => form + (form.endsWith('а') ? 'қ' : 'к')),
  },
  {
    id: 'converb-p', attach: 'V', produce: 'F', slot: 5, cost: -0.9, surfaceCost: { п: -0.3 }, vowelInitial: true,
    forms: (s) => (verbVowelFinal(s) ? ['п'] : byHarmony(s, 'ып', 'іп')),
  },
  {
    id: 'converb-a', attach: 'V', produce: 'F', slot: 5, cost: 0.4, vowelInitial: true,
    forms: (s) => (verbVowelFinal(s) ? ['й'] : byHarmony(s, 'а', 'е')),
  },
  {
    id: 'converb-purpose', attach: 'V', produce: 'F', slot: 5, cost: -0.6, vowelInitial: false,
    forms: (s) => byClass(s, DATIVE).map((form) => form + (form.endsWith('а') ? 'лы' : 'лі')),
  },
  { id: 'past', attach: 'V', produce: 'F', slot: 5, cost: -0.4, vowelInitial: false, forms: (s) => byClass(s, PAST) },
  {
    id: 'present-3', attach: 'F', produce: 'F', slot: 6, cost: -1.6, vowelInitial: false, requiresLeft: ['converb-a'],
    forms: (s) => byHarmony(s, 'ды', 'ді'),
  },
  {
    id: 'conditional', attach: 'V', produce: 'F', slot: 5, cost: 0.2, vowelInitial: false,
    forms: (s) => byHarmony(s, 'са', 'се'),
  },
  {
    id: 'imperative-3', attach: 'V', produce: 'F', slot: 5, cost: 0.2, vowelInitial: false,
    forms: (s) => byHarmony(s, 'сын', 'сін'),
  },
  {
    id: 'imperative-polite', attach: 'V', produce: 'F', slot: 5, cost: 0.3, vowelInitial: false,
    forms: (s) => byHarmony(s, 'шы', 'ші'),
  },
  {
    id: 'optative-1sg', attach: 'V', produce: 'F', slot: 5, cost: 0.2, vowelInitial: true,
    forms: (s) => (verbVowelFinal(s) ? byHarmony(s, 'йын', 'йін') : byHarmony(s, 'айын', 'ейін')),
  },
  {
    id: 'optative-1pl', attach: 'V', produce: 'F', slot: 5, cost: 0.2, vowelInitial: true,
    forms: (s) => (verbVowelFinal(s) ? byHarmony(s, 'йық', 'йік') : byHarmony(s, 'айық', 'ейік')),
  },
  // Person endings on finite verbs: after the past (-ды-м, -ды-ң, -ды-қ) and after the present (-а-мын).
  {
    // Past 1pl -дық/-тік has the shape of the derivational -лық/-дық (жамандық is not жама-н-ды-қ).
    id: 'verb-person', attach: 'F', produce: 'F', slot: 10, cost: -0.5, surfaceCost: { қ: 0.4, к: 0.4 }, vowelInitial: false,
    requiresLeft: ['past', 'converb-a', 'conditional'],
    forms: (s) => {
      if (/[ыі]$/.test(s) || s.endsWith('са') || s.endsWith('се')) {
        return ['м', 'ң', ...byHarmony(s, 'қ', 'к'), ...byHarmony(s, 'ңыз', 'ңіз'), ...byHarmony(s, 'ңдар', 'ңдер')];
      }
      return [...byClass(s, PERSON_1), ...byHarmony(s, 'сың', 'сің'), ...byHarmony(s, 'сыз', 'сіз'), ...byClass(s, PERSON_1PL)];
    },
  },
];

/** Every morpheme, nominal then verbal. */
export const MORPHEMES: readonly Morpheme[] = [...NOMINAL, ...VERBAL];

/** Longest surface form of any morpheme, bounding the suffix lengths the analyser tries. */
export const MAX_SUFFIX_LENGTH = 6;

const PROBE_VOWELS = ['а', 'ә', 'ы', 'і', 'и', 'у', 'я', 'е'];
const PROBE_ENDS = ['а', 'е', 'ы', 'і'];
const PROBE_LETTERS = [...'абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя'];

let surfaceIndex: Map<Category, Map<string, Morpheme[]>> | undefined;

/**
 * The morphemes that make a word of `category` and can be written `surface` after some stem, so the analyser asks
 * only their rules. Allomorph rules look only at the end of the stem (last letters, last vowel), so probing short
 * stems ending in every vowel + letter (+ vowel) finds every form. Built on first use (a few tens of ms).
 */
export function morphemesWithSurface(category: Category, surface: string): readonly Morpheme[] {
  if (surfaceIndex === undefined) {
    const probes: string[] = [];
    for (const vowel of PROBE_VOWELS) {
      probes.push('б' + vowel);
      for (const letter of PROBE_LETTERS) {
        probes.push('б' + vowel + letter);
        for (const end of PROBE_ENDS) probes.push('б' + vowel + letter + end);
      }
    }
    const index = new Map<Category, Map<string, Morpheme[]>>();
    for (const morpheme of MORPHEMES) {
      let bySurface = index.get(morpheme.produce);
      if (bySurface === undefined) index.set(morpheme.produce, (bySurface = new Map()));
      const surfaces = new Set<string>();
      for (const probe of probes) for (const form of morpheme.forms(probe)) surfaces.add(form);
      for (const form of surfaces) {
        const list = bySurface.get(form) ?? [];
        list.push(morpheme);
        bySurface.set(form, list);
      }
    }
    surfaceIndex = index;
  }
  return surfaceIndex.get(category)?.get(surface) ?? [];
}
