// Kazakh lemmatiser: the lexeme key of a word form, and the head forms multiword terms use.
// Pure: the hunspell-kk stem list is compiled into data/stems.generated.ts, no file is read at run time.
import { bestOfReadings, readingsOf } from './analyse-word.js';
import type { KazakhReading } from './choose-analysis.js';
import { foldKazakhWord } from './fold-word.js';
import { KAZAKH_WORD } from './letters.js';
import { builtInKazakhLexicon, extendKazakhLexicon, type KazakhLexicon } from './lexicon.js';
import { buildStemSupport, type StemSupport } from './corpus-support.js';
import { isIntensivePrefix } from './intensive-reduplication.js';
import { splitHyphenated } from './split-hyphenated.js';

export type { KazakhReading } from './choose-analysis.js';
export type { KazakhLexicon } from './lexicon.js';
export { createKazakhLexicon, builtInKazakhLexicon, extendKazakhLexicon } from './lexicon.js';
export { foldKazakhWord } from './fold-word.js';
export { isRussianDictionaryName } from './russian-loan.js';
export { scoreLexemeGrouping, type GroupingScore, type LemmaGoldRow } from './score-grouping.js';

/** Bump when keys change for the same input (it feeds the terms stage version). */
export const KAZAKH_MORPHOLOGY_VERSION = 24;

/** The analysis of one token. */
export interface KazakhAnalysis {
  /** The token folded: NFC, lower case, Latin look-alikes made Cyrillic. */
  folded: string;
  /** Lexeme key: the dictionary form (`биліктің` → `билік`, `БҰҰ-ның` → `бұұ`). */
  lemma: string;
  /** Head form for a multiword term: case and later endings removed, plural and possessive kept. */
  izafetHead: string;
  /** Plural kept, possessive and case removed (`қоғамындағы` → `қоғам`, `қатынастардың` → `қатынастар`). */
  nominative: string;
  /** The chosen reading of the (last part of the) word, or null when the word was left alone. */
  reading: KazakhReading | null;
}

/** A lemmatiser bound to a lexicon. */
export interface KazakhLemmatiser {
  analyse(word: string): KazakhAnalysis;
  lemma(word: string): string;
  izafetHead(word: string): string;
  stripToNominative(word: string): string;
  /** Every reading of a plain folded word, best first (for debugging and tests). */
  readings(word: string): KazakhReading[];
}

/** Options of {@link createKazakhLemmatiser}. */
export interface KazakhLemmatiserOptions {
  /** Lexicon to use instead of the built-in hunspell-kk one. */
  lexicon?: KazakhLexicon;
  /**
   * Extra dictionary stems, treated like entries of the word list: a curated list such as reviewed glossary terms or
   * names (`Сәтбаев`, `Лондон`). Pass stems, not running text: for the words of the corpus use `corpusWords`, since
   * every listed word is protected from being read as stem + ending.
   */
  extraWords?: Iterable<string>;
  /**
   * The words of the corpus being read (any case; non-Kazakh tokens are ignored). Stems that are the context-free
   * keys of several corpus words are preferred, which settles roots that look like stem + ending (`қатын` beside
   * `қатыны`, `қатынын`) the way the corpus uses them. Keys then depend on the corpus: pass the same list for
   * every document of one build.
   */
  corpusWords?: Iterable<string>;
}

/** How much dearer a reading whose stem is its own key may be and still go before one whose stem is not. */
const SETTLED_STEM_MARGIN = 0.5;

function capitalise(key: string): string {
  return key.replace(/(^|-)(\p{Ll})/gu, (_, hyphen: string, letter: string) => hyphen + letter.toUpperCase());
}

/** Bound on following a key to its own key (see `analyse`). */
const MAX_KEY_STEPS = 4;

/**
 * Acronyms (`ҚР`, `БҰҰ`, `АҚШ`, `ЕО`, `ҚазҰУ`) carry two or more capitals and never inflect inside their letters;
 * their endings follow a hyphen. Before a hyphenated ending any capitalised run is one (`ЮНЕСКО-ның`); on its own
 * an all-capitals word of five letters or more is more likely a heading word (`БИЛІКТІҢ`) and is analysed.
 */
function isAcronym(original: string, beforeHyphen: boolean): boolean {
  if (original === original.toLowerCase()) return false;
  const letters = original.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (letters.length < 2 || capitals < 2) return false;
  const allCapitals = capitals === letters.length;
  return beforeHyphen ? letters.length <= 10 : !allCapitals || letters.length <= 4;
}

/** Segments of a reading that end a nominal: case, attributive and predicative endings. */
function trailingCaseLength(reading: KazakhReading): number {
  if (reading.category === 'V' && !reading.segments.some((segment) => segment.nominalises)) return 0;
  let length = 0;
  for (let i = reading.segments.length - 1; i >= 0; i--) {
    const segment = reading.segments[i];
    if (segment.slot < 8 || segment.nominalises) break;
    length += segment.surface.length;
  }
  return length;
}

function nominativeOf(word: string, reading: KazakhReading): string {
  const segments = reading.segments;
  if (reading.category === 'V') {
    const participle = segments.findIndex((segment) => segment.nominalises);
    if (participle < 0) return reading.stem;
    let end = participle;
    if (segments[end + 1]?.id === 'plural') end++;
    const cut = segments.slice(end + 1).reduce((sum, segment) => sum + segment.surface.length, 0);
    return word.slice(0, word.length - cut);
  }
  if (segments[0]?.id === 'plural') return reading.stemSurface + segments[0].surface;
  return reading.stem;
}

/** Creates a lemmatiser; results are memoised per lemmatiser. */
export function createKazakhLemmatiser(options: KazakhLemmatiserOptions = {}): KazakhLemmatiser {
  let lexicon: KazakhLexicon | undefined;
  const lexiconOf = (): KazakhLexicon => {
    if (lexicon === undefined) {
      const base = options.lexicon ?? builtInKazakhLexicon();
      const extra = options.extraWords ? [...options.extraWords].map(foldKazakhWord) : [];
      lexicon = extra.length > 0 ? extendKazakhLexicon(base, extra) : base;
    }
    return lexicon;
  };
  const memo = new Map<string, KazakhAnalysis>();
  let support: StemSupport | undefined;
  const supportOf = (): StemSupport | undefined => {
    if (support === undefined && options.corpusWords !== undefined) {
      const contextFree = createKazakhLemmatiser({ lexicon: lexiconOf() });
      const words = [...options.corpusWords].map(foldKazakhWord).filter((word) => KAZAKH_WORD.test(word));
      // Only nominal readings vote: a verb root is not evidence for a noun stem (`қал` is not in `қалың`).
      support = buildStemSupport(words, (word) => {
        const best = contextFree.readings(word)[0];
        return best?.category === 'N' ? best.stem : word;
      });
    }
    return support;
  };

  const analysePlain = (folded: string, properNoun: boolean): KazakhAnalysis => {
    if (!KAZAKH_WORD.test(folded)) return { folded, lemma: folded, izafetHead: folded, nominative: folded, reading: null };
    const readings = readingsOf(folded, lexiconOf(), supportOf(), properNoun);
    const reading = preferSettledStem(folded, bestOfReadings(readings, properNoun), readings, properNoun);
    const head = folded.slice(0, folded.length - trailingCaseLength(reading));
    return { folded, lemma: reading.stem, izafetHead: head, nominative: nominativeOf(folded, reading), reading };
  };

  // A listed stem that is itself read as an inflected form (`ағы` → `ақ` + POSS.3) lets endings stack that the
  // chain would refuse (`ағыны` as `ақ` + ы + ны; after POSS.3 the accusative is -н): when the best reading's stem
  // is no key of its own, a nearly as cheap nominal reading whose stem is its own key goes first (`ағын` + ы).
  const stemMoves = (stem: string, asName: boolean): boolean => cached(asName ? capitalise(stem) : stem).lemma !== stem;
  // Only stems shorter than the word are read, so the recursion ends.
  const preferSettledStem = (word: string, best: KazakhReading, readings: readonly KazakhReading[], asName: boolean): KazakhReading => {
    if (best.category !== 'N' || best.evidence !== 'lexicon' || best.stem.length >= word.length || !stemMoves(best.stem, asName)) return best;
    const settledReading = readings.find(
      (reading) =>
        reading !== best &&
        reading.category === 'N' &&
        reading.cost <= best.cost + SETTLED_STEM_MARGIN &&
        reading.stem.length < word.length &&
        !stemMoves(reading.stem, asName),
    );
    return settledReading ?? best;
  };

  const whole = (folded: string): KazakhAnalysis => ({ folded, lemma: folded, izafetHead: folded, nominative: folded, reading: null });

  const analyseUncached = (word: string): KazakhAnalysis => {
    const original = word.trim();
    const folded = foldKazakhWord(original);
    // A capitalised word is a name (or starts a sentence, where Kazakh rarely puts a verb): read it as a nominal,
    // so `Төлеген` and `Жасаған` stay names instead of the verbs төле-, жаса-.
    const properNoun = /^\p{Lu}/u.test(original);
    const split = splitHyphenated(folded);
    if (split === null) return isAcronym(original, false) ? whole(folded) : analysePlain(folded, properNoun);
    if (split.kind === 'ending') {
      const before = original.slice(0, original.lastIndexOf('-'));
      if (isAcronym(before, true) || !KAZAKH_WORD.test(split.base)) return { ...whole(split.base), folded };
      // A Kazakh word with an ending after a hyphen is a line-break or typing split (`бағыну-шы`): join it back.
      const word = split.particle ? split.base : split.base + split.ending;
      return { ...analysePlain(word, properNoun), folded };
    }
    // `тап-таза` is `таза` intensified: its key is the adjective's.
    if (isIntensivePrefix(split.head.slice(0, -1), split.last)) return { ...analysePlain(split.last, false), folded };
    // The last part of a name is read as a name too (`Сен-Мирренді`, `Нью-Йоркте`).
    const lastPart = original.slice(original.search(/[-\u2010-\u2013][^-\u2010-\u2013]*$/) + 1);
    const last = analysePlain(split.last, /^\p{Lu}/u.test(lastPart));
    return {
      folded,
      lemma: split.head + last.lemma,
      izafetHead: split.head + last.izafetHead,
      nominative: split.head + last.nominative,
      reading: last.reading,
    };
  };

  const cached = (word: string): KazakhAnalysis => {
    let result = memo.get(word);
    if (result === undefined) {
      if (memo.size > 200_000) memo.clear();
      result = analyseUncached(word);
      memo.set(word, result);
    }
    return result;
  };

  // Nominal keys must be fixed points (the lemma of a key is the key), or grouping by key would depend on which
  // form was seen first. A key is normally attested and stays put; when a shorter reading of it wins (a chain that was not
  // allowed inside the longer word), follow it. Keys never grow, so this ends quickly. The settled analysis is
  // remembered too: a text asks for the same forms again and again.
  const settled = new Map<string, KazakhAnalysis>();
  const analyse = (word: string): KazakhAnalysis => {
    let result = settled.get(word);
    if (result === undefined) {
      if (settled.size > 200_000) settled.clear();
      result = settle(word);
      settled.set(word, result);
    }
    return result;
  };
  const settle = (word: string): KazakhAnalysis => {
    const result = cached(word);
    // Follow the key in the same mode: a name's key is re-read as a name.
    const asName = /^\p{Lu}/u.test(word.trim()) && result.reading?.category !== 'V';
    const again = (key: string): string => cached(asName ? capitalise(key) : key).lemma;
    let lemma = result.lemma;
    // A verb root is the key of a verb form as it stands: read again as a word it would turn into a noun form
    // (`орындалған` → `орында`, not `ор` + ы + нда; `оқиды` → `оқы`, not `оқ` + POSS.3).
    if (result.reading?.category === 'V') return result;
    for (let step = 0; step < MAX_KEY_STEPS; step++) {
      const next = again(lemma);
      if (next === lemma) break;
      lemma = next;
    }
    return lemma === result.lemma ? result : { ...result, lemma };
  };

  return {
    analyse,
    lemma: (word) => analyse(word).lemma,
    izafetHead: (word) => analyse(word).izafetHead,
    stripToNominative: (word) => analyse(word).nominative,
    readings: (word) => readingsOf(foldKazakhWord(word), lexiconOf(), supportOf()),
  };
}

let shared: KazakhLemmatiser | undefined;
function defaultLemmatiser(): KazakhLemmatiser {
  shared ??= createKazakhLemmatiser();
  return shared;
}

/**
 * The lexeme key of a Kazakh word form, in lower case: its dictionary form. Inflections are removed (plural,
 * possessive, case, attributive -дағы, personal endings; verb forms go to the verb root); derivations stay
 * (`ұлттық`, `билік`, `мемлекеттік`), as do verbal nouns in -у (`басқаруға` → `басқару`).
 * `биліктің → билік`, `халқы → халық`, `Қазақстанның → қазақстан`, `БҰҰ-ның → бұұ`.
 */
export function kazakhLemma(word: string): string {
  return defaultLemmatiser().lemma(word);
}

/**
 * The head noun of an izafet term in its dictionary form: case and later endings removed, plural and possessive
 * kept, lower case (`Республикасының → республикасы`, `тармақтарының → тармақтары`).
 */
export function kazakhIzafetHead(word: string): string {
  return defaultLemmatiser().izafetHead(word);
}

/** Plural kept, possessive and case removed, lower case (`қоғамындағы → қоғам`, `қатынастардың → қатынастар`). */
export function kazakhStripToNominative(word: string): string {
  return defaultLemmatiser().stripToNominative(word);
}

/** The full analysis of one token with the built-in lexicon. */
export function analyseKazakhWord(word: string): KazakhAnalysis {
  return defaultLemmatiser().analyse(word);
}

/**
 * Every reading of a token with the built-in lexicon, best first (not memoised: for the few words whose best
 * reading a caller wants to weigh against the others, as a clause-final word that may be a finite verb).
 */
export function kazakhReadings(word: string): KazakhReading[] {
  return defaultLemmatiser().readings(word);
}
