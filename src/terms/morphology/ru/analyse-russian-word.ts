import type { AzParse, AzTag } from 'az';
import { remember } from '../remember.js';
import { azMorph } from './load-az-dictionary.js';
import { foldYo } from './fold-yo.js';
import { russianSnowballStem } from './snowball-stem.js';

/** Coarse part of speech of a Russian reading (OpenCorpora POS folded to what term patterns need). */
export type RussianPos = 'noun' | 'adj' | 'verb' | 'other';

/** One reading of a Russian word form. */
export interface RussianReading {
  /** Dictionary form, lower-case, `ё` kept as the dictionary writes it. */
  lemma: string;
  pos: RussianPos;
  /** OpenCorpora POS (`NOUN`, `ADJF`, `PRTF`, `INFN`...). */
  tag: string;
  /** OpenCorpora case (`nomn`, `gent`, `datv`, `accs`, `ablt`, `loct`, ...), or null. */
  case: string | null;
  /** `sing`, `plur` or null. */
  number: string | null;
  /** `masc`, `femn`, `neut`, `ms-f` or null. */
  gender: string | null;
  /** az's estimate of P(reading | form), in [0, 1]. */
  score: number;
  /** The underlying az parse, kept for inflection. */
  parse: AzParse;
}

/** Everything tilmash knows about one lower-case Russian word form. */
export interface RussianAnalysis {
  word: string;
  /** True when the OpenCorpora dictionary has the form itself (not a guess from its ending). */
  known: boolean;
  /** Readings, most likely first; empty for non-Cyrillic tokens. */
  readings: RussianReading[];
  /** The grouping key: the most likely reading's lemma (`ё` folded), or a Snowball stem for unknown words. */
  key: string;
}

const CYRILLIC_WORD = /^[а-яё]+(?:-[а-яё]+)*$/;

const POS_GROUPS: Record<string, RussianPos> = {
  NOUN: 'noun',
  ADJF: 'adj',
  ADJS: 'adj',
  COMP: 'adj',
  PRTF: 'adj',
  PRTS: 'adj',
  VERB: 'verb',
  INFN: 'verb',
  GRND: 'verb',
};

const ADJECTIVE_TAGS = new Set(['ADJF', 'ADJS', 'PRTF', 'PRTS']);

/** Lexical grammemes an adjective-like lemma must keep: ordinal, superlative, pronominal; participle voice, tense, aspect. */
const KEPT_GRAMMEMES = ['Anum', 'Supr', 'Apro', 'actv', 'pssv', 'past', 'pres', 'perf', 'impf'];

/**
 * Dictionary form of a parse. OpenCorpora links ordinals to numerals (первый → один), superlatives to the
 * positive (лучший → хороший) and participles to their verb (данный → дать); a term needs the adjective
 * itself, so adjective-like readings go to the masculine nominative singular full form of the same kind.
 * Comparatives (выше → высокий) and everything else take the plain normal form.
 */
function lemmaOf(parse: AzParse): string {
  const pos = parse.tag.POS ?? '';
  if (ADJECTIVE_TAGS.has(pos) && parse.formCnt !== undefined) {
    const full = pos === 'ADJS' ? 'ADJF' : pos === 'PRTS' ? 'PRTF' : pos;
    const wanted = [full, 'masc', 'sing', 'nomn', ...KEPT_GRAMMEMES.filter((g) => parse.tag[g] === true)];
    const form = closestForm(parse, wanted) ?? closestForm(parse, [full, 'masc', 'sing', 'nomn']);
    if (form) return form;
  }
  // Patronymics and surnames have both genders in one paradigm whose first form is masculine (Петровна is
  // not Пётр, Бахарева not Бахарев): keep the gender, go to the nominative singular.
  if (pos === 'NOUN' && parse.formCnt !== undefined && (parse.tag.Patr === true || parse.tag.Surn === true)) {
    const kind = parse.tag.Patr === true ? 'Patr' : 'Surn';
    const gender = parse.tag.GNdr === 'femn' ? 'femn' : 'masc';
    const form = closestForm(parse, ['NOUN', kind, 'nomn', 'sing', gender]);
    if (form) return form;
  }
  // An abbreviation is its own dictionary form (км, г, см): OpenCorpora links it to one expansion of several
  // (см: смотреть or сантиметр), and treebanks lemmatise it as written.
  if (parse.tag.Abbr === true) return parse.toString().toLowerCase();
  // Combined parses (hyphenated words) have no `word` of their own; their string form is the word.
  const normal = (parse.normalize() || parse).toString().toLowerCase();
  // A few OpenCorpora paradigms list an abbreviated variant first (сб for сборник, мес for месяц): a noun goes to
  // the nominative of its paradigm that shares most with the word.
  if (pos === 'NOUN' && parse.formCnt !== undefined && normal.length <= SHORT_NORMAL_FORM) {
    const number = (parse.normalize() || parse).tag.NMbr ?? 'sing';
    const form = closestForm(parse, ['NOUN', 'nomn', number]);
    if (form) return form;
  }
  return normal;
}

/** Longest normal form that may be an abbreviated variant of its paradigm (see `lemmaOf`). */
const SHORT_NORMAL_FORM = 3;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The reading's word inflected to the given grammemes (e.g. `['nomn', 'sing']`), keeping what makes an
 * adjective-like reading the same word (participle voice and tense, ordinal, superlative). Null when the
 * paradigm has no such form (a plurale tantum in the singular) or the reading is a guess without a paradigm.
 */
export function inflectRussian(reading: RussianReading, grammemes: string[]): string | null {
  const parse = reading.parse;
  if (parse.formCnt === undefined) return null;
  // Terms repeat: the same reading goes to the same form many times over a corpus. The forms are remembered on
  // the parse itself (parses live in the per-form analysis cache, so they go when it is emptied).
  let forms = inflections.get(parse);
  if (forms === undefined) {
    forms = new Map();
    inflections.set(parse, forms);
  }
  const id = grammemes.join(',');
  const cached = forms.get(id);
  if (cached !== undefined) return cached;
  // A name keeps its kind too: a man's name's paradigm holds his patronymics (Дональдом is not Дональдович),
  // and a surname's or patronymic's singular keeps its gender (Ивановой is Иванова, not Иванов).
  const kept = [...KEPT_GRAMMEMES, ...NAME_GRAMMEMES].filter((g) => parse.tag[g] === true);
  const gender = parse.tag.GNdr;
  if ((parse.tag.Surn === true || parse.tag.Patr === true) && grammemes.includes('sing') && (gender === 'masc' || gender === 'femn')) kept.push(gender);
  const pos = reading.tag === 'ADJS' ? 'ADJF' : reading.tag === 'PRTS' ? 'PRTF' : reading.tag;
  const form = closestForm(parse, [pos, ...grammemes, ...kept]) ?? closestForm(parse, [pos, ...grammemes]);
  forms.set(id, form);
  return form;
}

const inflections = new WeakMap<AzParse, Map<string, string | null>>();

/** The kinds of name OpenCorpora tags: first name, surname, patronymic. */
const NAME_GRAMMEMES = ['Name', 'Surn', 'Patr'];

/**
 * The form of the parse's paradigm with all `grammemes` that shares the longest beginning with the word: a
 * paradigm can hold several (лучший, наилучший, наихороший are all superlatives of хороший).
 */
function closestForm(parse: AzParse, grammemes: string[]): string | null {
  const word = parse.toString().toLowerCase();
  let best: string | null = null;
  let bestShared = -1;
  const consider = (form: AzParse | false) => {
    if (!form) return;
    const text = form.toString().toLowerCase();
    const shared = commonPrefix(text, word);
    if (shared > bestShared) {
      best = text;
      bestShared = shared;
    }
  };
  const fitting = fittingForms(parse, grammemes);
  if (fitting) {
    for (const i of fitting) consider(parse.inflect(i));
    return best;
  }
  for (let i = 0; i < (parse.formCnt ?? 0); i++) {
    const form = parse.inflect(i);
    if (form && hasGrammemes(form.tag, grammemes)) consider(form);
  }
  return best;
}

function hasGrammemes(tag: AzTag, grammemes: readonly string[]): boolean {
  for (const g of grammemes) if (tag[g] !== true && tag.POS !== g) return false;
  return true;
}

/** Per paradigm (az shares one paradigm table among all its words), the forms that have given grammemes. */
const formsByParadigm = new WeakMap<object, Map<string, number[]>>();

/**
 * Indices of the forms of a dictionary parse's paradigm that have all `grammemes`, found once per paradigm:
 * the tags of a paradigm's forms do not depend on the word. Null for other parses (a hyphenated word's combined
 * parse inflects both of its parts).
 */
function fittingForms(parse: AzParse, grammemes: readonly string[]): number[] | null {
  const paradigm = parse.paradigm;
  if (parse.formCnt === undefined || paradigm === undefined || typeof parse.paradigmIdx !== 'number') return null;
  let bySet = formsByParadigm.get(paradigm);
  if (bySet === undefined) {
    bySet = new Map();
    formsByParadigm.set(paradigm, bySet);
  }
  const id = grammemes.join(',');
  let fitting = bySet.get(id);
  if (fitting === undefined) {
    fitting = [];
    for (let i = 0; i < parse.formCnt; i++) {
      const form = parse.inflect(i);
      if (form && hasGrammemes(form.tag, grammemes)) fitting.push(i);
    }
    bySet.set(id, fitting);
  }
  return fitting;
}

function toReading(parse: AzParse): RussianReading {
  const tag = parse.tag;
  return {
    lemma: lemmaOf(parse),
    pos: POS_GROUPS[tag.POS ?? ''] ?? 'other',
    tag: tag.POS ?? '',
    case: tag.CAse ?? null,
    number: tag.NMbr ?? null,
    gender: tag.GNdr ?? null,
    score: parse.score,
    parse,
  };
}

/**
 * When az cannot tell readings apart (equal scores, often because its frequency table lacks the form),
 * adjectives win over nouns (главного is главный before the substantivised главное), then verbs. A comparative
 * ranks below a noun (see `priorityOf`).
 */
const POS_PRIORITY: Record<RussianPos, number> = { adj: 3, noun: 2, verb: 1, other: 0 };

/**
 * The tie-break rank of a reading. Comparatives in -ей are offered for any adjective (тканей: тканый beside
 * ткань), and a noun's genitive plural is far likelier in running text.
 */
function priorityOf(reading: RussianReading): number {
  return reading.tag === 'COMP' ? COMPARATIVE_PRIORITY : POS_PRIORITY[reading.pos];
}

const COMPARATIVE_PRIORITY = 1.5;

/** Share of the best reading's score the word's own dictionary-form reading needs to be preferred. */
const OWN_READING_SHARE = 0.25;

function isName(reading: RussianReading): boolean {
  const tag = reading.parse.tag;
  return tag.Name === true || tag.Surn === true || tag.Patr === true;
}

/** Nominative endings of adjectives, which substantivised adjectives (первое, учёный) keep. */
const ADJECTIVE_ENDING = /(?:ое|ее|ая|яя|ые|ие|ый|ий|ой)$/;

/**
 * The lexeme key among the readings: the most likely lexeme (readings' scores summed per lemma and part of
 * speech, ties broken by part of speech), unless the form is itself the dictionary form of a likely enough
 * content-word lexeme (начало is the noun, not начать). A substantivised adjective (первое, главное) yields to
 * the adjective it comes from when the form can be that adjective: terms use the adjective far more often.
 */
function bestLemma(word: string, readings: RussianReading[]): string {
  const adjectives = readings.filter((r) => r.pos === 'adj');
  const substantivised = (r: RussianReading) =>
    r.pos === 'noun' && ADJECTIVE_ENDING.test(r.lemma) && adjectives.some((a) => russianSnowballStem(a.lemma) === russianSnowballStem(r.lemma));
  // Weigh each lexeme (lemma and part of speech) by the summed scores of its readings: a form that is several
  // cases of one noun (лес: nominative and accusative) is that noun more surely than its share per reading says.
  const lexemes = new Map<string, { reading: RussianReading; mass: number }>();
  for (const reading of readings) {
    const id = `${reading.lemma} ${reading.pos}`;
    const lexeme = lexemes.get(id);
    if (lexeme) lexeme.mass += reading.score;
    else lexemes.set(id, { reading, mass: reading.score });
  }
  let best: { reading: RussianReading; mass: number } | null = null;
  for (const lexeme of lexemes.values()) {
    if (
      !best ||
      lexeme.mass > best.mass + 1e-9 ||
      (Math.abs(lexeme.mass - best.mass) <= 1e-9 && priorityOf(lexeme.reading) > priorityOf(best.reading))
    ) {
      best = lexeme;
    }
  }
  if (!best) return '';
  // The word's own lexeme wins when it is a content word and not much less likely than the best one: the key of
  // a dictionary form is itself (keys are fixed points). An adverb (дома, рядом), a particle (типа) or a name
  // (Августа, Света) does not take over a common noun, and a woman's name or surname (Вацлава, Титова) does not
  // take over the man's it is also the genitive of (Вацлав, Титов), even where az rates the woman's likelier
  // (Александра): text names men in the oblique cases more often than women in the nominative.
  const folded = foldYo(word);
  const common = readings.some((r) => !isName(r));
  const male = [...lexemes.values()].find(({ reading: r }) => isName(r) && r.gender === 'masc' && folded.startsWith(foldYo(r.lemma)) && foldYo(r.lemma) !== folded);
  const femaleOfMale = (r: RussianReading) => male !== undefined && isName(r) && r.gender === 'femn' && foldYo(r.lemma) === folded;
  if (femaleOfMale(best.reading)) return male!.reading.lemma;
  for (const lexeme of lexemes.values()) {
    const r = lexeme.reading;
    if (
      foldYo(r.lemma) === folded &&
      r.pos !== 'other' &&
      !substantivised(r) &&
      (!common || !isName(r)) &&
      !femaleOfMale(r) &&
      lexeme.mass >= best.mass * OWN_READING_SHARE
    ) {
      return r.lemma;
    }
  }
  let chosen = best.reading;
  // A substantivised adjective (первое, главное) yields to the adjective it comes from.
  if (substantivised(chosen)) chosen = adjectives.find((a) => russianSnowballStem(a.lemma) === russianSnowballStem(chosen.lemma)) ?? chosen;
  return chosen.lemma;
}

const cache = new Map<string, RussianAnalysis>();

/** What the dictionary says of a Cyrillic lower-case word. */
interface LookUp {
  known: boolean;
  readings: RussianReading[];
}

/**
 * The readings of a lower-case Cyrillic word: the dictionary's own when it has the form, else the guesses of az's
 * predictors (without typo corrections).
 */
function lookUpWord(word: string): LookUp {
  // Proper names are capitalised in the dictionary; input here is lower-case, so look the word up in any case.
  const parses = azMorph()(word, { ignoreCase: true });
  const exact = parses.filter((p) => p.parser === 'Dictionary' && p.typosCnt === 0 && p.stutterCnt === 0);
  const known = exact.length > 0;
  return { known, readings: (known ? exact : parses.filter((p) => p.typosCnt === 0)).map(toReading) };
}

/** Look-ups made for keys (see `rawKey`) and not yet used by `analyseRussianWord`. */
const lookUps = new Map<string, LookUp>();
const MAX_KEPT_LOOK_UPS = 20_000;

/** A key's look-up made earlier, or a new one. */
function takeLookUp(word: string): LookUp {
  const earlier = lookUps.get(word);
  if (earlier === undefined) return lookUpWord(word);
  lookUps.delete(word);
  return earlier;
}

/**
 * Analyses a Russian word form (any case; it is lower-cased) with the OpenCorpora dictionary, falling back to
 * az's suffix predictors for unknown words. Results are cached per form: a corpus repeats its vocabulary.
 */
export function analyseRussianWord(form: string): RussianAnalysis {
  const word = form.toLowerCase();
  const cached = cache.get(word);
  if (cached) return cached;
  let analysis: RussianAnalysis;
  if (!CYRILLIC_WORD.test(word)) {
    analysis = { word, known: false, readings: [], key: foldYo(word) };
  } else {
    const { known, readings } = takeLookUp(word);
    const first = known ? foldYo(bestLemma(word, readings)) : unknownWordKey(word, readings);
    remember(rawKeys, word, first);
    const key = settleKey(word, first);
    analysis = { word, known, readings, key };
  }
  remember(cache, word, analysis);
  return analysis;
}

/**
 * Key of a word the dictionary does not know (names, new terms, PDF damage). az's predictors guess a lemma from
 * the ending; we take the guess only when it keeps the word's Snowball stem, so that a wrong paradigm cannot
 * merge the word with an unrelated lexeme, and fall back to the stem itself otherwise.
 */
function unknownWordKey(word: string, readings: RussianReading[]): string {
  const stem = russianSnowballStem(word);
  // A word without a full adjective ending is not read as an adjective: az offers short forms and adjective
  // paradigms for any ending (модьяно → модьянный, роуч → роучий), while unknown words are mostly names and
  // new nouns.
  const adjectiveLike = FULL_ADJECTIVE_ENDING.test(word);
  const nominal = readings.filter((r) => r.pos === 'noun' || (r.pos === 'adj' && adjectiveLike));
  // The best guess is the word itself: it is a dictionary form (keeps keys fixed points).
  if (nominal.length > 0 && foldYo(nominal[0].lemma) === word) return word;
  // A word ending in a consonant, not in a case ending, is its own nominative when az offers that reading at
  // all, rather than the genitive plural of a noun in -а (митчелл is not a form of митчелла).
  if (CONSONANT_END.test(word) && !adjectiveLike && !CASE_ENDING.test(word) && nominal.some((r) => foldYo(r.lemma) === word)) return word;
  // az's best guess from the ending (Андерлехта → андерлехт, Гмелином → гмелин), when it keeps the stem.
  for (const reading of nominal) {
    const lemma = foldYo(reading.lemma);
    if (russianSnowballStem(lemma) === stem) return lemma;
  }
  if (nominal.some((r) => foldYo(r.lemma) === word)) return word;
  return stem;
}

/** The endings of full adjectives and participles, in any case, gender and number. */
const FULL_ADJECTIVE_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ых|их|ую|юю|ей|ыми|ими)$/;
/** A final consonant, without a vowel after it (ь and й count as consonant ends). */
const CONSONANT_END = /[бвгджзклмнпрстфхцчшщйь]$/;
/** Noun case endings that end in a consonant: instrumental singular, dative and locative plural, genitive plural. */
const CASE_ENDING = /(?:ом|ем|ём|ам|ям|ах|ях|ов|ев|ёв)$/;

/**
 * Follows keys to a fixed point: the key of a word's key can differ from it (лесу → леса → лес; guessed names:
 * метанефрина → метанефрин → метанефрина). The chain ends at a key that maps to itself, or in a cycle, whose
 * shortest member (alphabetically first on a tie) is taken, so that every word on the chain gets the same key
 * and the key of a key is itself.
 */
function settleKey(word: string, first: string): string {
  const chain = [word];
  let key = first;
  for (let step = 0; step < MAX_KEY_STEPS; step++) {
    if (key === chain[chain.length - 1]) return key;
    const at = chain.indexOf(key);
    if (at >= 0) return chain.slice(at).reduce(shorterKey);
    chain.push(key);
    key = rawKey(key);
  }
  return key;
}

/** Longest chain of keys followed before giving up (real chains have one or two steps). */
const MAX_KEY_STEPS = 6;

/** The shorter of two keys, the alphabetically first on a tie: the same choice from any point of a cycle. */
function shorterKey(a: string, b: string): string {
  if (a.length !== b.length) return a.length < b.length ? a : b;
  return a < b ? a : b;
}

const rawKeys = new Map<string, string>();

/** The key of a lower-case word before settling: its best lemma, or the unknown-word guess. */
function rawKey(word: string): string {
  let key = rawKeys.get(word);
  if (key === undefined) {
    if (!CYRILLIC_WORD.test(word)) key = foldYo(word);
    else {
      // A key is often met later as a word of the text (the nominative is the commonest form): keep its
      // readings for then.
      const lookUp = lookUpWord(word);
      if (!cache.has(word)) {
        // Most keys that turn up as words do so soon; a key never met must not hold its parses for long.
        if (lookUps.size >= MAX_KEPT_LOOK_UPS) lookUps.clear();
        lookUps.set(word, lookUp);
      }
      key = lookUp.known ? foldYo(bestLemma(word, lookUp.readings)) : unknownWordKey(word, lookUp.readings);
    }
    remember(rawKeys, word, key);
  }
  return key;
}
