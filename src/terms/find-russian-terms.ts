import { RUSSIAN_GENERAL_NOUNS, RUSSIAN_STOPWORDS } from '../lang/ru/stopwords.js';
import { RUSSIAN_MAX_MODIFIERS, RUSSIAN_MODIFIER_TAGS, RUSSIAN_PROPER_GRAMMEMES, RUSSIAN_TAIL_CASE } from '../lang/ru/term-patterns.js';
import { writtenInCapitals } from './acronyms.js';
import { foreignNames, type ForeignName } from './foreign-names.js';
import { MAX_TERM_WORDS } from './max-term-words.js';
import { remember } from './morphology/remember.js';
import { analyseRussianWord, foldYo, inflectRussian, type RussianAnalysis, type RussianReading } from './morphology/ru/index.js';
import type { CaseSample } from './phrase-match.js';
import type { FoundTerm, SentenceTerms } from './sentence-terms.js';
import { tokenizeWords, type WordToken } from './tokenize-words.js';
import { numberAfterName, withNameNumber } from './name-number.js';

/** A word (part of speech and lemma) counts when its best reading has at least this share of the best reading's score. */
const MIN_RELATIVE_SCORE = 0.1;

/** What the finder needs of a word form that can be a term word (its token is apart, in the sentence's list). */
interface Word {
  lower: string;
  analysis: RussianAnalysis;
  nouns: RussianReading[];
  /** Full-form adjective and participle readings (short forms are predicates, not modifiers). */
  adjectives: RussianReading[];
  /** The noun readings outweigh every other part of speech: the word can be a term on its own. */
  mostlyNoun: boolean;
  /**
   * A general noun (see `RUSSIAN_GENERAL_NOUNS`): the head of a group only after an agreeing adjective (рабочее
   * место, сокращение рабочих мест), never a term alone or a modifier, and it takes no tail.
   */
  general: boolean;
}

/** Case variants OpenCorpora distinguishes that agreement treats as the main case (gen2 "чаю", loc2 "в лесу"). */
function mainCase(value: string | null): string | null {
  if (value === 'gen2' || value === 'gen1') return 'gent';
  if (value === 'loc2' || value === 'loc1') return 'loct';
  if (value === 'acc2') return 'accs';
  return value;
}

function agrees(adjective: RussianReading, noun: RussianReading): boolean {
  if (mainCase(adjective.case) !== mainCase(noun.case) || adjective.number !== noun.number) return false;
  if (noun.number === 'plur') return true;
  const gender = noun.gender;
  return gender === null || gender === 'ms-f' || gender === 'GNdr' || adjective.gender === gender;
}

function isCapitalised(text: string): boolean {
  return text.length > 1 && text[0] !== text[0].toLowerCase();
}

/** True when az's noun readings weigh at least as much as those of any other part of speech (знать: no). */
function nounMass(readings: RussianReading[]): boolean {
  const mass = new Map<string, number>();
  for (const r of readings) mass.set(r.pos, (mass.get(r.pos) ?? 0) + r.score);
  const noun = mass.get('noun') ?? 0;
  for (const [pos, weight] of mass) if (pos !== 'noun' && weight > noun) return false;
  return true;
}

/** What a word form tells about letter case and number, cached per lower-case form. */
interface CaseFacts {
  /** Every key the word may carry in a term (the pattern picks a reading). */
  keys: string[];
  /** Key of the word's first noun reading when that reading is a name (place, person, organisation). */
  nameKey: string | null;
  /** Key of the word's first noun reading when that reading is singular. */
  singularKey: string | null;
}
const caseFacts = new Map<string, CaseFacts>();

function caseFactsOf(lower: string): CaseFacts {
  const cached = caseFacts.get(lower);
  if (cached) return cached;
  const analysis = analyseRussianWord(lower);
  const noun = analysis.readings.find((r) => r.pos === 'noun');
  const facts: CaseFacts = {
    keys: [...new Set([analysis.key, ...analysis.readings.map((r) => foldYo(r.lemma))])],
    nameKey: noun && RUSSIAN_PROPER_GRAMMEMES.some((g) => noun.parse.tag[g] === true) ? foldYo(noun.lemma) : null,
    singularKey: noun && noun.number === 'sing' ? foldYo(noun.lemma) : null,
  };
  return remember(caseFacts, lower, facts);
}

/** What the finder needs of a word form, cached: a corpus repeats its vocabulary. */
const wordInfo = new Map<string, Word | null>();

function infoOf(lower: string): Word | null {
  const cached = wordInfo.get(lower);
  if (cached !== undefined) return cached;
  const analysis = analyseRussianWord(lower);
  let info: Word | null = null;
  // A general noun as written (место) or inflected (мест), but not a form frozen in a preposition (в части).
  const general = RUSSIAN_GENERAL_NOUNS.has(lower) || (!RUSSIAN_STOPWORDS.has(lower) && RUSSIAN_GENERAL_NOUNS.has(analysis.key));
  if (analysis.readings.length > 0 && lower.length >= 2 && (general || (!RUSSIAN_STOPWORDS.has(lower) && !RUSSIAN_STOPWORDS.has(analysis.key)))) {
    // Words far less likely than the best are ignored (стали is "became", not "steels"; знать is "to know"). The
    // likelihood is the word's, not the case form's: az's priors make "политической" mostly genitive, but in
    // "политической системой" the agreement says instrumental, so every case reading of a likely word stays.
    const wordScore = new Map<string, number>();
    for (const r of analysis.readings) {
      const word = `${r.pos}\u0001${r.lemma}`;
      wordScore.set(word, Math.max(wordScore.get(word) ?? 0, r.score));
    }
    const best = Math.max(...wordScore.values());
    const likely = analysis.readings.filter((r) => wordScore.get(`${r.pos}\u0001${r.lemma}`)! >= best * MIN_RELATIVE_SCORE);
    info = general
      ? {
          lower,
          analysis,
          nouns: likely.filter((r) => r.pos === 'noun' && !r.parse.tag.Abbr && RUSSIAN_GENERAL_NOUNS.has(foldYo(r.lemma))),
          adjectives: [],
          mostlyNoun: false,
          general,
        }
      : {
          lower,
          analysis,
          nouns: likely.filter((r) => r.pos === 'noun' && !r.parse.tag.Abbr),
          adjectives: likely.filter((r) => RUSSIAN_MODIFIER_TAGS.has(r.tag)),
          mostlyNoun: nounMass(analysis.readings),
          general,
        };
  }
  return remember(wordInfo, lower, info);
}

/** A capital and lower-case letters only, as a name is written ("Ри"; not "Г-н", the abbreviation of господин). */
const WRITTEN_AS_NAME = /^\p{Lu}\p{Ll}+$/u;
/** `nameOfAbbreviation` per word, cached. */
const abbreviationNames = new Map<Word, Word>();

/**
 * A word that the dictionary knows only as an abbreviation, written as a name (a capital, then lower-case letters
 * only: "Ри" of Ri Yong Ho, where OpenCorpora has the abbreviation РИ): a noun, the name it is written as. Written
 * in lower case (млрд, км), in capitals (acronyms, see `foreignNames`) or with inner punctuation (Г-н) it stays what
 * it was.
 */
function nameOfAbbreviation(word: Word): Word {
  let name = abbreviationNames.get(word);
  if (name === undefined) {
    const nouns = word.analysis.readings.filter((r) => r.pos === 'noun' && r.parse.tag.Abbr);
    name = nouns.length > 0 && nouns.length === word.analysis.readings.length ? { ...word, nouns, mostlyNoun: true } : word;
    remember(abbreviationNames, word, name);
  }
  return name;
}

/** What a word form as written tells: its case facts and, when it can be a term word, what the finder needs. */
interface Form {
  facts: CaseFacts;
  /** The form as a term word; null when it cannot be one. Shared by all occurrences (nothing changes it). */
  word: Word | null;
  /** The form's letter-case samples inside a sentence, shared by its occurrences (see `caseSamplesOf`). */
  samples: CaseSample[];
}
const forms = new Map<string, Form>();

/** The facts of a word as written, cached: one look-up per word instead of lower-casing and two look-ups. */
function formOf(text: string): Form {
  let form = forms.get(text);
  if (form === undefined) {
    const lower = text.toLowerCase();
    const facts = caseFactsOf(lower);
    form = { facts, word: infoOf(foldYo(lower)), samples: caseSamplesOf(text, facts, false) };
    remember(forms, text, form);
  }
  return form;
}

/** The letter-case samples of a word: one per key it may carry, and one as a name when the dictionary knows it so. */
function caseSamplesOf(text: string, facts: CaseFacts, initial: boolean): CaseSample[] {
  const samples: CaseSample[] = facts.keys.map((key) => ({ key, text, initial }));
  // A word written with a capital that the dictionary knows as a name (Казахстан, Алматы) is a name.
  if (facts.nameKey !== null && isCapitalised(text)) samples.push({ key: facts.nameKey, text, initial, proper: true });
  return samples;
}

/** A run `A* N` whose adjectives agree with the noun: the readings that make it agree. */
interface Group {
  from: number;
  to: number;
  noun: RussianReading[];
  /** Per modifier (in order), the reading chosen to agree with `noun[0]`. */
  modifiers: RussianReading[];
  /** Dictionary forms, computed once per group (a head group is emitted with each of its tails). */
  forms?: GroupForms;
}

/** A group's dictionary forms: noun in the nominative singular (or plural) and plural, adjectives agreeing. */
interface GroupForms {
  singular: string[] | null;
  plural: string[] | null;
}

/**
 * Groups ending at noun `j`, one per number of agreeing adjectives before it (0..RUSSIAN_MAX_MODIFIERS). The
 * words are the sentence's (null where none can be a term word), with their tokens at the same index.
 */
function groupsEndingAt(words: ReadonlyArray<Word | null>, tokens: readonly WordToken[], j: number): Group[] {
  const head = words[j];
  if (!head || head.nouns.length === 0) return [];
  // The head's readings as they are (read only): the groups narrow them by agreement into lists of their own.
  let compatible = head.nouns;
  const groups: Group[] = [{ from: j, to: j, noun: compatible, modifiers: [] }];
  for (let i = j - 1; i >= 0 && j - i <= RUSSIAN_MAX_MODIFIERS; i--) {
    const word = words[i];
    // The word after this one is a term word (the head, or a modifier met on the way).
    if (!word || !tokens[i + 1].joined || word.adjectives.length === 0) break;
    const still = compatible.filter((n) => word.adjectives.some((a) => agrees(a, n)));
    if (still.length === 0) break;
    compatible = still;
    const modifiers = words.slice(i, j).map((w) => (w as Word).adjectives.find((a) => agrees(a, compatible[0])) as RussianReading);
    groups.push({ from: i, to: j, noun: compatible, modifiers });
  }
  return groups;
}

/**
 * The group from `from` to noun `to` whose head has a reading `nounFilter` accepts (genitive for the tail of
 * "N + N-gen"), or null: the agreement checks of `groupsEndingAt`, without making the shorter groups on the way.
 */
function groupSpanning(
  words: ReadonlyArray<Word | null>,
  tokens: readonly WordToken[],
  from: number,
  to: number,
  nounFilter: (r: RussianReading) => boolean,
): Group | null {
  const head = words[to];
  if (!head || (head.general && to === from) || to - from > RUSSIAN_MAX_MODIFIERS) return null;
  let compatible = head.nouns.filter(nounFilter);
  if (compatible.length === 0) return null;
  for (let i = to - 1; i >= from; i--) {
    const word = words[i];
    if (!word || !tokens[i + 1].joined || word.adjectives.length === 0) return null;
    const still = compatible.filter((n) => word.adjectives.some((a) => agrees(a, n)));
    if (still.length === 0) return null;
    compatible = still;
  }
  const modifiers = words.slice(from, to).map((w) => (w as Word).adjectives.find((a) => agrees(a, compatible[0])) as RussianReading);
  return { from, to, noun: compatible, modifiers };
}

/** Dictionary form of a group: noun in the nominative, adjectives agreeing with it. */
function nominative(group: Group, number: 'sing' | 'plur', words: ReadonlyArray<Word | null>): string[] | null {
  const noun = group.noun.find((r) => r.number === number) ?? group.noun[0];
  // An indeclinable noun (Fixd: a name written as an abbreviation's letters, "Ри") is its own nominative.
  const head = inflectRussian(noun, ['nomn', number]) ?? (noun.parse.tag.Fixd === true && number === 'sing' ? noun.lemma : null);
  if (!head) return null;
  const gender = noun.gender === 'masc' || noun.gender === 'femn' || noun.gender === 'neut' ? noun.gender : null;
  const parts: string[] = [];
  for (let k = 0; k < group.modifiers.length; k++) {
    const modifier = group.modifiers[k];
    const wanted = number === 'plur' ? ['nomn', 'plur'] : ['nomn', 'sing', gender ?? modifier.gender ?? 'masc'];
    parts.push(inflectRussian(modifier, wanted) ?? (words[group.from + k] as Word).lower);
  }
  parts.push(head);
  return parts.map(foldYo);
}

/** A reading in the case of a tail: the genitive of "философия власти". */
function isTailCase(reading: RussianReading): boolean {
  return mainCase(reading.case) === RUSSIAN_TAIL_CASE;
}

function formsOf(group: Group, words: ReadonlyArray<Word | null>): GroupForms {
  return {
    singular: nominative(group, isPluraleTantum(group.noun) ? 'plur' : 'sing', words),
    plural: nominative(group, 'plur', words),
  };
}

/** The forms of a noun alone, per word form (keyed by its list of noun readings): they depend on nothing else. */
const nounForms = new WeakMap<readonly RussianReading[], GroupForms>();

/** `formsOf` a group of one noun taken with all its noun readings, remembered for the word form. */
function bareNounForms(group: Group, words: ReadonlyArray<Word | null>): GroupForms {
  const nouns = (words[group.to] as Word).nouns;
  let forms = nounForms.get(nouns);
  if (forms === undefined) {
    forms = formsOf(group, words);
    nounForms.set(nouns, forms);
  }
  return forms;
}

function isPluraleTantum(readings: RussianReading[]): boolean {
  return readings.some((r) => r.parse.tag.Pltm === true);
}

/**
 * Russian term candidates of one sentence: adjective + noun runs with agreement ("государственная власть"),
 * every noun alone, noun group + genitive noun group ("философия власти", "ветви государственной власти"),
 * and noun + name in the nominative ("Республика Казахстан").
 * The canonical form puts the head group in the nominative singular with agreeing adjectives and keeps the
 * genitive tail as written; a plural alternative is kept for heads the document never uses in the singular.
 */
export function findRussianTerms(sentence: string): SentenceTerms {
  const tokens = tokenizeWords(sentence);
  // Per token, the form's term word (null when it cannot be one): the token itself is at the same index.
  const words: Array<Word | null> = [];
  const result: SentenceTerms = { matches: [], caseSamples: [], singularKeys: [] };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const { facts, word, samples } = formOf(token.text);
    words.push(word !== null && word.nouns.length === 0 && WRITTEN_AS_NAME.test(token.text) ? nameOfAbbreviation(word) : word);
    for (const sample of index === 0 ? caseSamplesOf(token.text, facts, true) : samples) result.caseSamples.push(sample);
    if (facts.singularKey !== null) result.singularKeys.push(facts.singularKey);
  }
  // Foreign names (США, ООН, Brexit, Global Citizen) are names as written, outside the agreement patterns.
  const names = foreignNames(tokens, !writtenInCapitals(tokens.map((token) => token.text)));
  for (const name of names) for (let k = name.from; k <= name.to; k++) words[k] = null;
  // Where each match starts (offset) and ends (token), for a foreign name written after it.
  const matchStarts: number[] = [];
  const matchEnds: number[] = [];

  const emit = (head: Group, tail: Group | null) => {
    // Keys from the readings the pattern chose (мер is мера here, not мереть), `ё` folded.
    const keys: string[] = [];
    for (const m of head.modifiers) keys.push(foldYo(m.lemma));
    keys.push(foldYo(head.noun[0].lemma));
    const tailWords: string[] = [];
    if (tail) {
      for (const m of tail.modifiers) keys.push(foldYo(m.lemma));
      keys.push(foldYo(tail.noun[0].lemma));
      for (let k = tail.from; k <= tail.to; k++) tailWords.push((words[k] as Word).lower);
    }
    head.forms ??= head.modifiers.length > 0 ? formsOf(head, words) : bareNounForms(head, words);
    const { singular, plural } = head.forms;
    const canonical = singular ?? plural;
    if (!canonical) return;
    const onlyPlural = head.noun.every((r) => r.number === 'plur');
    result.matches.push({
      key: keys.join(' '),
      canonical: [...canonical, ...tailWords],
      numberAlternative: onlyPlural && plural ? [...plural, ...tailWords] : undefined,
      headKey: foldYo(head.noun[0].lemma),
      surface: sentence.slice(tokens[head.from].start, tokens[(tail ?? head).to].end),
      wordKeys: keys,
    });
    matchStarts.push(tokens[head.from].start);
    matchEnds.push((tail ?? head).to);
    // A name (capitalised inside the sentence) that a number continues: "Северный поток-2" (see `numberAfterName`).
    const last = (tail ?? head).to;
    if (head.from === 0 || keys.length >= MAX_TERM_WORDS || !isCapitalised(tokens[head.from].text)) return;
    const number = numberAfterName(sentence, tokens[last].end, { spacedBeforeWord: false });
    if (number === null) return;
    result.matches.push({
      key: [...keys, number.text].join(' '),
      canonical: [...canonical, ...tailWords, number.text],
      headKey: foldYo(head.noun[0].lemma),
      surface: sentence.slice(tokens[head.from].start, number.end),
      wordKeys: [...keys, number.text],
    });
    matchStarts.push(tokens[head.from].start);
    matchEnds.push(last);
  };

  for (let j = 0; j < words.length; j++) {
    const heads = groupsEndingAt(words, tokens, j);
    // Every term below has one of these heads.
    if (heads.length === 0) continue;
    // A bare noun needs to be a noun in the first place; an agreeing adjective or a genitive vouches for it.
    for (const head of heads) if (head.modifiers.length > 0 || (words[j] as Word).mostlyNoun) emit(head, null);
    if ((words[j] as Word).general) continue;
    // Genitive tail: the next group(s) right after the head noun, with a genitive head.
    for (let m = j + 1; m < words.length && m - j <= MAX_TERM_WORDS - 1; m++) {
      if (!words[m] || !tokens[j + 1].joined) break;
      const tail = groupSpanning(words, tokens, j + 1, m, isTailCase);
      if (tail === null) continue;
      for (const head of heads) {
        if (tail.to - head.from + 1 <= MAX_TERM_WORDS) emit(head, tail);
      }
    }
    // Apposition of a name in the nominative: "Республика Казахстан", "Республики Казахстан", "город Алматы".
    const name = words[j + 1];
    if (name && tokens[j + 1].joined && isCapitalised(tokens[j + 1].text)) {
      const nominative = name.nouns.filter((r) => r.case === 'nomn' && (r.number === 'sing' || r.parse.tag.Pltm === true));
      if (nominative.length > 0) {
        const tail: Group = { from: j + 1, to: j + 1, noun: nominative, modifiers: [] };
        for (const head of heads) if (j + 1 - head.from + 1 <= MAX_TERM_WORDS && head.modifiers.length === 0) emit(head, tail);
      }
    }
  }
  if (names.length > 0) addForeignNames(sentence, tokens, names, result, matchStarts, matchEnds);
  return result;
}

/**
 * Adds the foreign names of a sentence: each name, and each noun group right before
 * a bare name with that name after it, as Russian writes an indeclinable acronym or a foreign name after the
 * noun it qualifies ("Генассамблеи ООН" → "Генассамблея ООН", "поместье Threave"): the group goes to its
 * dictionary form, the name stays as written.
 */
function addForeignNames(
  sentence: string,
  tokens: readonly WordToken[],
  names: readonly ForeignName[],
  result: SentenceTerms,
  matchStarts: readonly number[],
  matchEnds: readonly number[],
): void {
  const before = result.matches.length;
  for (const name of names) {
    const written = name.words.join(' ');
    const match: FoundTerm = {
      key: name.wordKeys.join(' '),
      canonical: [written],
      headKey: name.wordKeys[name.wordKeys.length - 1],
      surface: sentence.slice(tokens[name.from].start, tokens[name.to].end),
      wordKeys: name.wordKeys,
    };
    result.matches.push(match);
    // A number that continues the name ("BBC Radio 4": see `numberAfterName`).
    const number = name.ending === '' && name.words.length < MAX_TERM_WORDS ? numberAfterName(sentence, tokens[name.to].end, { spacedBeforeWord: false }) : null;
    if (number !== null) {
      result.matches.push(withNameNumber(match, number, sentence.slice(tokens[name.from].start, number.end), [`${written} ${number.text}`]));
    }
    if (name.from === 0 || !tokens[name.from].joined || name.ending !== '') continue;
    const surfaceEnd = tokens[name.to].end;
    for (let m = 0; m < before; m++) {
      const match = result.matches[m];
      if (matchEnds[m] !== name.from - 1 || match.wordKeys.length + name.words.length > MAX_TERM_WORDS) continue;
      const wordKeys = [...match.wordKeys, ...name.wordKeys];
      result.matches.push({
        key: wordKeys.join(' '),
        canonical: [...match.canonical, written],
        numberAlternative: match.numberAlternative ? [...match.numberAlternative, written] : undefined,
        headKey: match.headKey,
        surface: sentence.slice(matchStarts[m], surfaceEnd),
        wordKeys,
      });
    }
  }
}
