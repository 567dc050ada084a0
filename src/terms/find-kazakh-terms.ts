import { KAZAKH_GENERAL_NOUNS, KAZAKH_STOPWORDS } from '../lang/kk/stopwords.js';
import {
  KAZAKH_ADJECTIVE_ENDINGS,
  KAZAKH_AGENT_ENDINGS,
  KAZAKH_AUXILIARY_ROOTS,
  KAZAKH_GENERAL_MODIFIERS,
  KAZAKH_GENITIVE_ENDINGS,
  KAZAKH_HAVING_ENDINGS,
  KAZAKH_LYQ_ENDINGS,
  KAZAKH_PLAIN_ADJECTIVES,
  KAZAKH_VERB_ENDINGS,
} from '../lang/kk/term-patterns.js';
import { writtenInCapitals } from './acronyms.js';
import { foreignNames, type ForeignName } from './foreign-names.js';
import { isKazakhClauseFinalVerb } from './is-kazakh-clause-final-verb.js';
import { isKazakhConditionalVerb } from './is-kazakh-conditional-verb.js';
import { analyseKazakhWord, builtInKazakhLexicon, isRussianDictionaryName, type KazakhAnalysis } from './morphology/kk/index.js';
import type { CaseSample } from './phrase-match.js';
import type { FoundTerm, SentenceTerms } from './sentence-terms.js';
import { MAX_TERM_WORDS } from './max-term-words.js';
import { numberAfterName, withNameNumber } from './name-number.js';
import { remember } from './morphology/remember.js';
import { tokenizeWords, type WordToken } from './tokenize-words.js';

const KAZAKH_WORD = /^[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)*$/u;
/** The possessive of the 3rd person that marks the head of an izafet ("философиясы", "тармақтары"). */
const POSSESSIVE_3 = /(?:сы|сі|ы|і)$/u;
const LOWER_CASE = /\p{Ll}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** Punctuation that closes a clause right after a word (sticky: tested at the word's end). */
const CLAUSE_END = /\s*[.,;:!?…]/uy;

/** Whether punctuation follows the word: it ends a clause. */
function endsClause(sentence: string, token: WordToken): boolean {
  CLAUSE_END.lastIndex = token.end;
  return CLAUSE_END.test(sentence);
}

interface Word {
  token: WordToken;
  lower: string;
  key: string;
  /** Head form for an izafet (possessive kept, case removed). */
  izafetHead: string;
  /** Uninflected: the word is its own dictionary form, so it can modify the next word. */
  bare: boolean;
  /** Surely an adjective: a modifier, never a head. */
  adjective: boolean;
  /**
   * Uninflected and of a class that both modifies and heads (-лық words the document never inflects, agent
   * nouns in -шы, "having" adjectives in -лы): a modifier when a chain word follows, a noun at the end.
   */
  attributive: boolean;
  /**
   * An attributive -лық word or agent noun: after a noun, it starts the next phrase (институт | жетекші саяси
   * жүйе). A "having" adjective does not: it takes its own modifier before it (орташа деңгейлі, екі жақты).
   */
  opensPhrase: boolean;
  /** In the genitive case: can own a possessive later in the sentence. */
  genitive: boolean;
  /** Carries the 3rd-person possessive (the owned noun of an izafet: "Республикасы", "Одағының"). */
  possessive: boolean;
  /**
   * A noun in the plural and nothing else (істер, жеткізілімдер): the dependent of an izafet when a possessive
   * noun follows it (ішкі істер министрі, жеткізілімдер тізбегі), which keeps its plural there.
   */
  plural: boolean;
  /**
   * A general noun (see `KAZAKH_GENERAL_NOUNS`), uninflected: only the owner of an izafet (жұмыс орны), never a
   * head or a term alone.
   */
  general: boolean;
  /** The word's key as a list: the key of a foreign name of several words is one per word ("global citizen"). */
  wordKeys: readonly string[];
  /** The word's dictionary form as a one-word term: its key, or a foreign name as written (`lower`). */
  dictionaryForm: readonly string[];
}

function looksLikeVerb(lower: string, bare: boolean): boolean {
  // Uninflected words need to be longer: short nouns end like participles (мекен, заман).
  return lower.length >= (bare ? 6 : 5) && KAZAKH_VERB_ENDINGS.some((ending) => lower.endsWith(ending) && lower.length - ending.length >= 2);
}

function isAuxiliary(analysis: KazakhAnalysis): boolean {
  const lower = analysis.folded;
  return analysis.reading?.category === 'V' || looksLikeVerb(lower, analysis.lemma === lower)
    ? KAZAKH_AUXILIARY_ROOTS.some((root) => analysis.lemma === root || (lower.startsWith(root) && lower.length > root.length + 1))
    : false;
}

function endsWithAny(lower: string, endings: readonly string[]): boolean {
  return lower.length >= 5 && endings.some((ending) => lower.endsWith(ending));
}

/**
 * Keys the document uses in an inflected form (a case, plural or possessive ending): such a word is a noun even
 * when it ends like an adjective (билік: биліктің, билігі; -лық words are abstract nouns and adjectives alike).
 */
export function kazakhInflectedKeys(sentences: readonly string[], wordsOf: (sentence: string) => readonly WordToken[] = tokenizeWords): Set<string> {
  const keys = new Set<string>();
  for (const sentence of sentences) {
    for (const form of formsOf(wordsOf(sentence))) {
      // A listed "having" adjective (тұрақты) is no evidence that its stem is used as a noun (see `sentenceWords`).
      if (form.kazakh && form.analysis.lemma !== form.analysis.folded && !form.word?.listedHaving) keys.add(form.analysis.lemma);
    }
  }
  return keys;
}

/**
 * What a word as written tells whatever its sentence and document: the analysis and the word classes `toWord`
 * combines with the word's place and the document's inflected keys. Cached per written form (a corpus repeats its
 * vocabulary, and each word was looked up three times per document).
 */
interface Form {
  /** The word as written: one string for all its occurrences, so that it is hashed and interned once. */
  text: string;
  lower: string;
  /** A Kazakh word (Cyrillic letters, inner hyphens). */
  kazakh: boolean;
  analysis: KazakhAnalysis;
  /** Capitalised with lower-case letters: a name unless it starts the sentence. */
  capitalised: boolean;
  /** The form's letter-case sample inside a sentence (null for a word that is not Kazakh), shared by its occurrences. */
  sample: CaseSample | null;
  /** The term word of this form before its context decides (null: never one). */
  word: FormWord | null;
  /** Whether the word is a form of an auxiliary verb (see `isAuxiliary`), found when first asked. */
  auxiliary?: boolean;
}

/** The context-free part of a term word (see `Word`). */
interface FormWord {
  key: string;
  bare: boolean;
  adjective: boolean;
  looksLikeVerb: boolean;
  /** A verb in the conditional mood (болса, болмаса: see `isKazakhConditionalVerb`). */
  conditional: boolean;
  /** Ends like a -лық word or an agent noun. */
  relationalEnding: boolean;
  /** Ends like a "having" adjective (-лы). */
  havingEnding: boolean;
  /**
   * A "having" adjective in -ды/-ді/-ты/-ті that hunspell-kk lists as a word (тұрақты "stable", қауіпті
   * "dangerous") and the analyser reads as a noun in the accusative (тұрақ + ты): its context decides (see
   * `sentenceWords`).
   */
  listedHaving: boolean;
  genitive: boolean;
  possessive: boolean;
  /** Only the plural ending (see `Word.plural`). */
  plural: boolean;
  /** A general noun, uninflected (see `Word.general`). */
  general: boolean;
  /** `[key]`: the word lists of the form's one-word terms, shared (nothing changes them). */
  keyList: readonly string[];
}

const forms = new Map<string, Form>();

function formOf(text: string): Form {
  let form = forms.get(text);
  if (form === undefined) {
    const lower = text.toLowerCase();
    const analysis = analyseKazakhWord(analysedText(text));
    const kazakh = KAZAKH_WORD.test(lower);
    form = {
      text,
      lower,
      kazakh,
      analysis,
      sample: kazakh ? { key: analysis.lemma, text, initial: false } : null,
      capitalised: CAPITAL_FIRST.test(text) && LOWER_CASE.test(text),
      word: formWord(lower, analysis),
    };
    remember(forms, text, form);
  }
  return form;
}

/**
 * The forms of a sentence's words, found once per list of words: a document's sentences are read twice (for
 * the inflected keys, then for the terms) from the same lists when the caller cuts each sentence once.
 */
const sentenceForms = new WeakMap<readonly WordToken[], Form[]>();

function formsOf(tokens: readonly WordToken[]): Form[] {
  let found = sentenceForms.get(tokens);
  if (found === undefined) {
    found = tokens.map((token) => formOf(token.text));
    sentenceForms.set(tokens, found);
  }
  return found;
}

function formWord(lower: string, analysis: KazakhAnalysis): FormWord | null {
  if (lower.length < 2 || !KAZAKH_WORD.test(lower)) return null;
  // A general noun as written (жұмыс, not жұмыста) may own an izafet; other stop words are never term words.
  const general = KAZAKH_GENERAL_NOUNS.has(lower);
  if (!general && (KAZAKH_STOPWORDS.has(lower) || KAZAKH_STOPWORDS.has(analysis.lemma))) return null;
  // Verb forms (finite, participles, converbs, even with case endings: бұзғандарға) are not term words.
  if (analysis.reading?.category === 'V' && analysis.reading.segments.length > 0) return null;
  // A listed adjective is one whatever the analyser makes of it (ірі is not the possessive of ір).
  const plainAdjective = KAZAKH_PLAIN_ADJECTIVES.has(lower);
  const key = plainAdjective ? lower : analysis.lemma;
  const bare = key === lower;
  return {
    key,
    bare,
    adjective: plainAdjective || (bare && endsWithAny(lower, KAZAKH_ADJECTIVE_ENDINGS)),
    looksLikeVerb: looksLikeVerb(lower, bare) && !isListedNounForm(analysis),
    conditional: isKazakhConditionalVerb(analysis.folded),
    relationalEnding: endsWithAny(lower, KAZAKH_LYQ_ENDINGS) || endsWithAny(lower, KAZAKH_AGENT_ENDINGS),
    havingEnding: endsWithAny(lower, KAZAKH_HAVING_ENDINGS),
    listedHaving: !bare && isAccusativeOnly(analysis) && ACCUSATIVE_LIKE_HAVING.test(lower) && builtInKazakhLexicon().hasWord(analysis.folded),
    genitive: !bare && endsWithAny(lower, KAZAKH_GENITIVE_ENDINGS),
    possessive: analysis.izafetHead !== key && POSSESSIVE_3.test(analysis.izafetHead),
    plural: !bare && analysis.reading?.category === 'N' && analysis.reading.segments.length === 1 && analysis.reading.segments[0].id === 'plural',
    general,
    keyList: [key],
  };
}

/**
 * A noun form the verb endings would misread, when the analyser finds a listed noun stem under it: a possessive
 * before the accusative (саясатын, қызметін: not the participle -атын/-етін) or the accusative -ды/-ді after a
 * stem in й (жағдайды, жанармайды: not the present tense -йды). Short stems stay verbs (қойды "put").
 */
function isListedNounForm(analysis: KazakhAnalysis): boolean {
  const reading = analysis.reading;
  if (reading === null || !isListedNoun(analysis) || reading.segments.length === 0) return false;
  if (reading.segments.some((segment) => segment.id.startsWith('poss'))) return true;
  return isAccusativeOnly(analysis) && reading.stem.endsWith('й') && reading.stem.length >= 5;
}

/** The "having" endings that are also the accusative ending after a consonant (-ды/-ді/-ты/-ті). */
const ACCUSATIVE_LIKE_HAVING = /(?:ды|ді|ты|ті)$/u;

/** A word read with the dative ending last. */
function isDative(analysis: KazakhAnalysis): boolean {
  const segments = analysis.reading?.segments ?? [];
  return segments.length > 0 && segments[segments.length - 1].id === 'dative';
}

/** A noun whose stem the lexicon lists. */
function isListedNoun(analysis: KazakhAnalysis | undefined): boolean {
  return analysis?.reading?.category === 'N' && analysis.reading.evidence === 'lexicon';
}

/** A noun read with the accusative ending and nothing else. */
function isAccusativeOnly(analysis: KazakhAnalysis): boolean {
  const reading = analysis.reading;
  return reading !== null && reading.category === 'N' && reading.segments.length === 1 && reading.segments[0].id === 'accusative';
}

/** The word re-read as the uninflected "having" adjective it is written as (see `FormWord.listedHaving`). */
function asHavingAdjective(word: Word): Word {
  const keyList = [word.lower];
  return { ...word, key: word.lower, izafetHead: word.lower, bare: true, attributive: true, opensPhrase: false, genitive: false, possessive: false, plural: false, wordKeys: keyList, dictionaryForm: keyList };
}

function isAuxiliaryForm(form: Form): boolean {
  form.auxiliary ??= isAuxiliary(form.analysis);
  return form.auxiliary;
}

/**
 * The text the analyser should read: the word as written, so that a capitalised word is read as a name, except
 * a heading in capitals (ҚАРАСТЫРЫЛАДЫ), whose capitals say nothing about names.
 */
function analysedText(text: string): string {
  return text.length >= 5 && !LOWER_CASE.test(text) ? text.toLowerCase() : text;
}

/**
 * Whether the word after a name and its number leaves the number to the name: a word owned by the name (the head
 * of an izafet, in the possessive: "Норд Стрим 2 құбыры"), another name ("BBC Radio 4 Today"), or no term word at
 * all (a postposition: "Норд Стрим 2 сияқты"). A common noun otherwise is what the number counts or dates after a
 * subject ("Тиффани Нг 18 жыл бұрын", "Ұлыбритания 29 наурызда").
 */
function ownedAfterName(text: string): boolean {
  const form = formOf(text);
  return form.word === null || form.word.possessive || form.capitalised || !form.kazakh;
}

/** The term word of token `index` of the sentence, or null (see `sentenceWords`). */
function toWord(sentence: string, tokens: readonly WordToken[], index: number, form: Form, nounKeys: ReadonlySet<string>, asHaving = false): Word | null {
  const word = form.word;
  if (word === null) return null;
  const token = tokens[index];
  // Names keep their letters (Жасаған, Төлеген): the verb cues below are for common words. A capitalised word
  // inside a sentence (not first, not in a heading in capitals) is a name. A listed "having" adjective ends like
  // a past tense (қауіпті); read as one (`asHaving`), it is no verb.
  if (index === 0 || !form.capitalised) {
    if ((word.looksLikeVerb && !asHaving) || word.conditional) return null;
    if (endsClause(sentence, token) && isKazakhClauseFinalVerb(form.analysis.folded)) return null;
  }
  const modifierClass = word.bare && !word.adjective && !nounKeys.has(word.key);
  const relational = modifierClass && word.relationalEnding;
  const attributive = relational || (modifierClass && word.havingEnding);
  return {
    token,
    lower: form.lower,
    key: word.key,
    izafetHead: form.analysis.izafetHead,
    bare: word.bare,
    adjective: word.adjective,
    attributive,
    opensPhrase: relational,
    genitive: word.genitive,
    possessive: word.possessive,
    plural: word.plural,
    general: word.general,
    wordKeys: word.keyList,
    dictionaryForm: word.keyList,
  };
}

/**
 * A foreign name (see `foreignNames`) as one term word: a noun written as it is (no lower-casing, no stemming),
 * whose Kazakh ending after the hyphen says whether it is bare or a genitive (АҚШ-тың президенті).
 */
function foreignWord(sentence: string, tokens: readonly WordToken[], name: ForeignName): Word {
  const written = name.words.join(' ');
  const first = tokens[name.from];
  const last = tokens[name.to];
  return {
    token: { text: sentence.slice(first.start, last.end), start: first.start, end: last.end, joined: first.joined },
    lower: written,
    key: name.wordKeys.join(' '),
    izafetHead: written,
    bare: name.ending === '',
    adjective: false,
    attributive: false,
    opensPhrase: false,
    genitive: KAZAKH_GENITIVE_ENDINGS.includes(name.ending.toLowerCase()),
    possessive: false,
    plural: false,
    general: false,
    wordKeys: name.wordKeys,
    dictionaryForm: [written],
  };
}

/**
 * The sentence's words and tokens with each foreign name made one word and one token (the words of "Global
 * Citizen фестивалі" are "Global Citizen" and "фестивалі"): Kazakh chains take a name as a noun.
 */
function withForeignNames(
  sentence: string,
  tokens: readonly WordToken[],
  words: ReadonlyArray<Word | null>,
  names: readonly ForeignName[],
): { tokens: WordToken[]; words: Array<Word | null> } {
  const mergedTokens: WordToken[] = [];
  const mergedWords: Array<Word | null> = [];
  let n = 0;
  for (let k = 0; k < tokens.length; k++) {
    const name = names[n];
    if (name !== undefined && name.from === k) {
      const word = foreignWord(sentence, tokens, name);
      mergedTokens.push(word.token);
      mergedWords.push(word);
      k = name.to;
      n++;
      continue;
    }
    mergedTokens.push(tokens[k]);
    mergedWords.push(words[k]);
  }
  return { tokens: mergedTokens, words: mergedWords };
}

/** The sentence's words; null where a chain cannot pass (non-Kazakh words, stop words, verb forms). */
function sentenceWords(sentence: string, tokens: readonly WordToken[], tokenForms: readonly Form[], nounKeys: ReadonlySet<string>): Array<Word | null> {
  const words = tokens.map((_, index) => toWord(sentence, tokens, index, tokenForms[index], nounKeys));
  // A word in -а/-е/-й right before an auxiliary verb form is a converb (қалыптаса бастады).
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (words[k] && /[аей]$/u.test(words[k]?.lower ?? '') && tokens[k + 1].joined && isAuxiliaryForm(tokenForms[k + 1])) {
      words[k] = null;
    }
  }
  // A listed "having" adjective before a listed noun it modifies is that adjective (тұрақты даму, білімді
  // мамандар), unless the document uses its stem as a noun elsewhere (нарыққа beside нарықты зерттеу, "studying
  // the market": a verbal noun takes an object in the accusative), or a dative before it is its complement
  // (реттеуге қабілетті бірыңғай билік, "a single power capable of regulating": no term starts there). The noun
  // must be one the lexicon lists, since a verb form the analyser could not place stands where a noun would
  // (кітапты оқыдық).
  for (let k = 0; k + 1 < tokens.length; k++) {
    const having = tokenForms[k].word;
    if (!having?.listedHaving || nounKeys.has(having.key) || (k > 0 && tokens[k].joined && isDative(tokenForms[k - 1].analysis))) continue;
    const modified = modifiedWordAt(words, k);
    if (modified < 0 || !isListedNoun(tokenForms[modified]?.analysis)) continue;
    const word = words[k] ?? toWord(sentence, tokens, k, tokenForms[k], nounKeys, true);
    if (word) words[k] = asHavingAdjective(word);
  }
  return words;
}

/**
 * Whether the word at `k` stands before a noun it can modify: the next words, joined to it, are adjectives up
 * to a word that is not ("жетекші саяси жүйеге"). A word followed only by adjectives heads its own phrase.
 */
function modifiesNoun(words: ReadonlyArray<Word | null>, k: number): boolean {
  return modifiedWordAt(words, k) >= 0;
}

/** The index of the word the word at `k` modifies (see `modifiesNoun`), or -1. */
function modifiedWordAt(words: ReadonlyArray<Word | null>, k: number): number {
  for (let m = k + 1; m < words.length; m++) {
    const word = words[m];
    if (!word || !word.token.joined) return -1;
    if (!word.adjective) return m;
  }
  return -1;
}

/**
 * Cuts the sentence into noun chains (inclusive word ranges). A chain goes on from one word to the next when
 * nothing but white space separates them and:
 * - the word is uninflected (it modifies the next), or it is a genitive or a bare plural before a possessive
 *   (the izafets "жағдайдың тұрақсыздығы", "істер министрі"); any other inflected word closes the chain;
 * - a noun is not followed by a modifier: adjectives come before noun modifiers in a Kazakh noun phrase, so a
 *   modifier after a noun opens the next phrase ("президенттік институт | жетекші саяси жүйеге").
 */
function chains(words: ReadonlyArray<Word | null>): Array<[number, number]> {
  const modifies = (k: number): boolean => {
    const word = words[k];
    return word !== null && (word.adjective || (word.opensPhrase && modifiesNoun(words, k)));
  };
  const continues = (k: number): boolean => {
    const word = words[k];
    const next = words[k + 1];
    if (!word || !next || !next.token.joined) return false;
    // A general noun goes on only into the possessive it owns (жұмыс орны), and nothing goes on into it.
    if (next.general) return false;
    if (word.general) return next.possessive && !next.bare;
    // An inflected word goes on only as the dependent of an izafet: a genitive (жағдайдың тұрақсыздығы) or a bare
    // plural (ішкі істер министрі, жеткізілімдер тізбегі) before a possessive noun.
    if (!word.bare && !((word.genitive || word.plural) && next.possessive && !next.bare)) return false;
    return word.adjective || word.attributive || !modifies(k + 1);
  };
  const found: Array<[number, number]> = [];
  let k = 0;
  while (k < words.length) {
    if (!words[k]) {
      k++;
      continue;
    }
    let end = k;
    while (continues(end)) end++;
    found.push([k, end]);
    k = end + 1;
  }
  return found;
}

/**
 * When the chain ending at `end` ends in a genitive and one general modifier (негізгі, барлық, кейбір: see
 * `KAZAKH_GENERAL_MODIFIERS`) separates it from a possessive noun, the index of that noun; else null.
 */
function ownedAcrossGeneralWord(tokens: readonly WordToken[], words: ReadonlyArray<Word | null>, end: number): number | null {
  const owner = words[end];
  const between = end + 1;
  const head = words[end + 2];
  if (!owner?.genitive || words[between] !== null || !head || !head.possessive || head.bare) return null;
  if (!tokens[between].joined || !tokens[end + 2].joined) return null;
  return KAZAKH_GENERAL_MODIFIERS.has(tokens[between].text.toLowerCase()) ? end + 2 : null;
}

/**
 * The dictionary form of a modifier: as written when uninflected or a bare plural (ішкі істер министрі); a
 * genitive is written bare (билік элементтері), except one that is itself owned by the word before it in the
 * term (Кеңес Одағының ыдырауы).
 */
function modifierForm(word: Word, index: number): string {
  return word.bare || word.plural || (word.possessive && index > 0) ? word.lower : word.dictionaryForm[0];
}

/**
 * Whether a capitalised word is a name by the dictionaries: hunspell-kk does not list its stem as a word, and the
 * Russian dictionary lists it as a place, organisation or surname (see `isRussianDictionaryName`). A sentence's
 * first word then counts as written with its capital (Микронезия opening each sentence it is in).
 */
function isKnownName(text: string, lemma: string): boolean {
  return CAPITAL_FIRST.test(text) && !builtInKazakhLexicon().hasWord(lemma) && isRussianDictionaryName(lemma);
}

/**
 * Kazakh term candidates of one sentence: every contiguous part of a noun chain that ends in a noun
 * ("саяси жағдайдың тұрақсыздығынан" gives "саяси жағдай", "жағдай тұрақсыздығы", "саяси жағдай тұрақсыздығы"
 * and the single nouns), so that C-value can weigh the nested ones. Canonical form: modifiers as they are
 * (in the dictionary form already; a genitive is written bare, "билік элементтері", except a genitive that
 * is itself owned, "Кеңес Одағының ыдырауы") and the last noun via `kazakhLemma`, or via `kazakhIzafetHead`
 * when the phrase is an izafet (noun + noun with the 3rd-person possessive), which keeps the possessive:
 * "Қазақстан Республикасының" → "қазақстан республикасы". Verb forms (by the analyser's reading, the
 * endings, the place before an auxiliary or at the end of a clause) neither end nor join a chain.
 *
 * @param nounKeys keys the document inflects (see `kazakhInflectedKeys`)
 */
export function findKazakhTerms(sentence: string, nounKeys: ReadonlySet<string>, sentenceTokens: readonly WordToken[] = tokenizeWords(sentence)): SentenceTerms {
  const tokenForms = formsOf(sentenceTokens);
  const result: SentenceTerms = { matches: [], caseSamples: [], singularKeys: [] };
  sentenceTokens.forEach((token, index) => {
    const form = tokenForms[index];
    if (form.sample === null) return;
    result.caseSamples.push(index === 0 ? { key: form.analysis.lemma, text: token.text, initial: true, proper: isKnownName(token.text, form.analysis.lemma) } : form.sample);
  });
  let tokens = sentenceTokens;
  let words = sentenceWords(sentence, sentenceTokens, tokenForms, nounKeys);
  const names = foreignNames(sentenceTokens, !writtenInCapitals(sentenceTokens.map((token) => token.text)));
  if (names.length > 0) ({ tokens, words } = withForeignNames(sentence, sentenceTokens, words, names));

  /**
   * The match, and when it ends in an uninflected name that a number continues ("Норд Стрим 2", "BBC Radio 4":
   * `numberAfterName`), the match with that number as a word of its own. A capital on the first word of the
   * sentence says nothing about names, unless the word is written in Latin letters.
   */
  const pushWithNumber = (match: FoundTerm, from: number, to: number) => {
    result.matches.push(match);
    const last = words[to] as Word;
    const text = tokens[to].text;
    if (!last.bare || match.wordKeys.length >= MAX_TERM_WORDS || !CAPITAL_FIRST.test(text) || (to === 0 && !LATIN_LETTER.test(text))) return;
    const number = numberAfterName(sentence, tokens[to].end, { spacedBeforeWord: ownedAfterName });
    if (number === null) return;
    result.matches.push(withNameNumber(match, number, sentence.slice(tokens[from].start, number.end)));
  };
  const emit = (picked: Word[], canonical: string[], head: Word, from: number, to: number) => {
    const wordKeys = picked.flatMap((w) => w.wordKeys);
    pushWithNumber(
      { key: wordKeys.join(' '), canonical, headKey: head.key, surface: sentence.slice(tokens[from].start, tokens[to].end), wordKeys },
      from,
      to,
    );
  };
  /** The one-word term of noun `j`: its key as written in the dictionary, with the form's shared lists. */
  const single = (j: number) => {
    const word = words[j] as Word;
    const surface = sentence.slice(word.token.start, word.token.end);
    pushWithNumber({ key: word.key, canonical: word.dictionaryForm, headKey: word.key, surface, wordKeys: word.wordKeys }, j, j);
  };
  // Words of the chain words `from..to` (a foreign name is one chain word of several words: "Global Citizen").
  const wordCount = (from: number, to: number) => {
    let count = 0;
    for (let k = from; k <= to; k++) count += (words[k] as Word).wordKeys.length;
    return count;
  };
  const found = chains(words);
  for (const [start, end] of found) {
    // The genitive owner of a head that a general word separates from it (биліктің негізгі элементтері,
    // биліктің барлық тармақтары): the term is the izafet without that word, "билік элементтері".
    const owned = ownedAcrossGeneralWord(tokens, words, end);
    if (owned !== null) {
      const head = words[owned] as Word;
      for (let i = end; i >= start && wordCount(i, end) + head.wordKeys.length <= MAX_TERM_WORDS; i--) {
        const picked = [...(words.slice(i, end + 1) as Word[]), head];
        if (i < end && i > start && picked[0].possessive && words[i - 1]!.bare) continue;
        const canonical = picked.map(modifierForm);
        canonical[canonical.length - 1] = head.izafetHead;
        emit(picked, canonical, head, i, owned);
      }
    }
    const genitiveBefore = (from: number) => {
      for (let k = 0; k < from; k++) if (words[k]?.genitive) return true;
      return false;
    };
    for (let j = start; j <= end; j++) {
      const head = words[j] as Word;
      // An adjective is a modifier, not a term head ("саяси" alone is not a term; "саясат" is); a word that
      // both modifies and heads is a modifier inside a chain (мемлекеттік билік) and a noun at its end.
      if (head.adjective || head.general || (head.attributive && j < end && modifiesNoun(words, j))) continue;
      single(j);
      for (let i = j - 1; i >= start && wordCount(i, j) <= MAX_TERM_WORDS; i--) {
        const picked = words.slice(i, j + 1) as Word[];
        // A possessive cut off from its owner is a fragment ("Одағының ыдырауы" without "Кеңес").
        if (i < j && i > start && picked[0].possessive && words[i - 1]!.bare) continue;
        const canonical = picked.map(modifierForm);
        const before = picked.length >= 2 ? picked[picked.length - 2] : null;
        // N + N-POSS is an izafet; a -лық word or agent noun before a possessive head is one too (билік
        // философиясы), unless a genitive earlier in the sentence owns the possessive (елдің экономикалық
        // дамуы: экономикалық даму).
        const izafet = before !== null && !before.adjective && !(before.attributive && genitiveBefore(i)) && head.possessive;
        canonical[canonical.length - 1] = izafet ? head.izafetHead : head.dictionaryForm[0];
        emit(picked, canonical, head, i, j);
      }
    }
  }
  return result;
}
