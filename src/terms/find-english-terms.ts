import { ENGLISH_GENERAL_STOPWORDS, ENGLISH_STOPWORDS } from '../lang/en/stopwords.js';
import { ENGLISH_ARTICLES, ENGLISH_HEAD_POS, ENGLISH_MODIFIER_POS, ENGLISH_TERM_CONNECTORS } from '../lang/en/term-patterns.js';
import { acronymOf, caseVoteOf, inCapitals, type CaseVote } from './acronyms.js';
import { MAX_TERM_WORDS } from './max-term-words.js';
import { englishLemmaKey, readsAsName, readsAsNoun, tagEnglishText, type TaggedText } from './morphology/en/index.js';
import { isUnknownToWink } from './morphology/en/wink.js';
import { remember } from './morphology/remember.js';
import type { CaseSample } from './phrase-match.js';
import type { SentenceTerms } from './sentence-terms.js';
import { insideRanges, temporalRanges } from './temporal-expressions.js';
import { numberAfterName, withNameNumber } from './name-number.js';

const TERM_WORD = /^\p{L}[\p{L}'’-]*\p{L}$/u;
const LETTER = /\p{L}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

/** What a written word form says whatever its part of speech in the sentence. */
interface Form {
  /** The form as written: one string for all its occurrences, so that it is hashed and interned once. */
  text: string;
  lower: string;
  key: string;
  /** Has a letter: a word for the letter-case statistics. */
  lettered: boolean;
  /** Made of letters and not a stop word: an adjective, noun or name of this form can be part of a term. */
  termWord: boolean;
  /** A capitalised general-vocabulary stop word (General, New, Second): a term word inside a name only. */
  nameWord: boolean;
  /** The letter-case sample of the form inside a sentence (null without a letter), shared by its occurrences. */
  sample: CaseSample | null;
  /** `[key]` and `[lower]`: the word lists of the form's one-word terms, shared (nothing changes them). */
  keyList: readonly string[];
  lowerList: readonly string[];
}

/** Forms as written, cached: a corpus repeats its vocabulary, and each word was lower-cased and keyed anew. */
const forms = new Map<string, Form>();

function formOf(text: string): Form {
  let form = forms.get(text);
  if (form === undefined) {
    const lower = text.toLowerCase();
    const key = englishLemmaKey(lower);
    const lettered = LETTER.test(text);
    form = {
      text,
      lower,
      key,
      lettered,
      termWord: TERM_WORD.test(text) && !ENGLISH_STOPWORDS.has(lower),
      nameWord: TERM_WORD.test(text) && CAPITAL_FIRST.test(text) && ENGLISH_GENERAL_STOPWORDS.has(lower),
      sample: lettered ? { key, text, initial: false } : null,
      keyList: [key],
      lowerList: [lower],
    };
    remember(forms, text, form);
  }
  return form;
}

/** Verdicts of `isNameOnly` per lower-case word. */
const nameOnlyWords = new Map<string, boolean>();

/**
 * Whether a word (lower case) is only ever a name: wink-nlp's lexicon of English words does not know it (Donald,
 * Jong, Lopez), while titles and common nouns written with a capital in a name are words it knows (secretary,
 * party, state).
 */
function isNameOnly(lower: string): boolean {
  let verdict = nameOnlyWords.get(lower);
  if (verdict === undefined) verdict = remember(nameOnlyWords, lower, isUnknownToWink(lower));
  return verdict;
}

/**
 * What a token as written says, cached per written form: its form, its acronym form (found when first asked,
 * null when it is none) and how it counts for `writtenInCapitals`. One lookup per token serves them all (each was
 * a lookup of its own, and the token strings are new for every sentence, so every lookup hashed them).
 */
interface Written {
  text: string;
  form: Form | undefined;
  acronym: Form | null | undefined;
  caseVote: CaseVote;
}

const writtenForms = new Map<string, Written>();

function writtenOf(text: string): Written {
  let written = writtenForms.get(text);
  if (written === undefined) {
    written = { text, form: undefined, acronym: undefined, caseVote: caseVoteOf(text) };
    remember(writtenForms, text, written);
  }
  return written;
}

/** The form of a token as written (see `formOf`). */
function plainFormOf(token: Written): Form {
  return (token.form ??= formOf(token.text));
}

/**
 * The form of an acronym (US, U.S., NATO), or null for a word that is not one: its key and dictionary form are its
 * capitals without full stops (U.S. → US), so it is never lower-cased into a word it is not (US is not "us") and
 * has the same key in every language.
 */
function acronymFormOf(token: Written): Form | null {
  if (token.acronym !== undefined) return token.acronym;
  const text = token.text;
  const acronym = acronymOf(text);
  let form: Form | null = null;
  if (acronym !== null && acronym.ending === '') {
    const letters = acronym.letters;
    form = {
      text,
      lower: letters,
      key: letters,
      lettered: true,
      termWord: true,
      nameWord: false,
      sample: { key: letters, text, initial: false },
      keyList: [letters],
      lowerList: [letters],
    };
  }
  return (token.acronym = form);
}

/** Runs of adjectives and nouns, each trimmed to end in a noun (word indices, inclusive). */
function chunks(content: readonly boolean[], noun: readonly boolean[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let i = 0;
  while (i < content.length) {
    if (!content[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < content.length && content[j + 1]) j++;
    let end = j;
    while (end >= i && !noun[end]) end--;
    if (end >= i) found.push([i, end]);
    i = j + 1;
  }
  return found;
}

/**
 * wink-nlp tags some nouns as adjectives when no noun follows ("the subject of power", "a subject and an
 * object"): an adjective that ends a phrase is taken as a noun when an article stands right before it (an
 * article needs a noun) or when wink itself reads it as a noun after "the". Predicative adjectives ("is
 * important.") stay adjectives. Returns the corrected tags.
 */
function correctNounsTaggedAdjective({ texts, tags }: TaggedText): string[] {
  // Copied on the first correction only (most sentences have none); the tags read are always the tagger's.
  let corrected = tags;
  for (let i = 1; i < tags.length; i++) {
    if (isNounTaggedAdjective(texts, tags, i)) {
      if (corrected === tags) corrected = tags.slice();
      corrected[i] = 'NOUN';
    }
  }
  return corrected;
}

function isNounTaggedAdjective(texts: readonly string[], tags: readonly string[], i: number): boolean {
  if (tags[i] !== 'ADJ' || ENGLISH_MODIFIER_POS.has(tags[i + 1] ?? '')) return false;
  const previous = tags[i - 1];
  const lower = texts[i].toLowerCase();
  if (previous === 'DET' && ENGLISH_ARTICLES.has(texts[i - 1].toLowerCase()) && !ENGLISH_STOPWORDS.has(lower)) return true;
  if (previous !== 'DET' && previous !== 'ADJ' && previous !== 'ADP' && previous !== 'PUNCT' && previous !== 'CCONJ') return false;
  return readsAsNoun(lower);
}

/**
 * The span of tokens `from..to` as written: the sentence text from its first word to its last (words wink
 * splits without a space between them, as a word mixing Latin and Cyrillic letters, stay joined). A word wink
 * changed (not found in the text) is rebuilt from the tokens, with a space before it.
 */
function surfaceOf(sentence: string, { texts, starts, ends }: TaggedText, from: number, to: number): string {
  let found = true;
  for (let k = from; k <= to && found; k++) found = starts[k] >= 0;
  if (found) return sentence.slice(starts[from], ends[to]);
  let text = texts[from];
  for (let k = from + 1; k <= to; k++) text += spaceBefore(sentence, starts, ends, k) + texts[k];
  return text;
}

/** The white space before token `k` as written (after the last token found before it); a space when not found. */
function spaceBefore(sentence: string, starts: readonly number[], ends: readonly number[], k: number): string {
  if (starts[k] < 0) return ' ';
  let previousEnd = 0;
  for (let p = k - 1; p >= 0; p--) {
    if (starts[p] >= 0) {
      previousEnd = ends[p];
      break;
    }
  }
  return sentence.slice(previousEnd, starts[k]) || ' ';
}

/**
 * English term candidates of one sentence by part of speech (wink-nlp, in context): adjective/noun runs
 * ending in a noun ("state power", "modern society"), every noun alone, and "N of N" phrases ("philosophy of
 * power", "branches of state power"). The head noun goes to its lemma in the canonical form; when the document
 * never uses that noun in the singular, the grouping step keeps the form as seen ("power relations"). Words
 * wholly inside a temporal expression ("end of March", "this month": `temporalRanges`) make no term.
 */
export function findEnglishTerms(sentence: string): SentenceTerms {
  const tagged = tagEnglishText(sentence);
  const texts = tagged.texts;
  const tags = correctNounsTaggedAdjective(tagged);
  // Per word: its form, whether it is a noun, and whether it can be part of a term (an adjective, noun or name
  // made of letters and not a stop word). Lists rather than an object per word.
  const words: Form[] = [];
  const noun: boolean[] = [];
  const content: boolean[] = [];
  const result: SentenceTerms = { matches: [], caseSamples: [], singularKeys: [] };
  const tokens = texts.map(writtenOf);
  // A sentence in capitals (a heading) has no acronyms: its capitals say nothing (`writtenInCapitals`).
  const acronymsAllowed = !inCapitals(tokens.map((token) => token.caseVote));
  for (let index = 0; index < texts.length; index++) {
    const form = (acronymsAllowed ? acronymFormOf(tokens[index]) : null) ?? plainFormOf(tokens[index]);
    const isNoun = ENGLISH_HEAD_POS.has(tags[index]);
    words.push(form);
    noun.push(isNoun);
    content.push(form.termWord && ENGLISH_MODIFIER_POS.has(tags[index]));
    if (form.sample === null) continue;
    // A sentence's first word says nothing by its capital, unless wink's lexicon knows it as a name (Syria
    // opening every sentence it is in), as the Russian and Kazakh dictionaries know theirs; running text in lower
    // case still outvotes it.
    result.caseSamples.push(
      index === 0 ? { key: form.key, text: form.text, initial: true, proper: CAPITAL_FIRST.test(form.text) && readsAsName(form.lower) } : form.sample,
    );
    if (isNoun && form.lower === form.key) result.singularKeys.push(form.key);
  }

  // A general word is part of a name it opens ("General Assembly", "New York City"): capitalised, whatever the
  // tagger makes of it, before a capitalised proper noun that is a term word itself. It modifies, never heads:
  // "General" and "UN General" are no terms. A heading in capitals says nothing about names.
  const nameNext = (k: number) => k < texts.length && tags[k] === 'PROPN' && words[k].termWord && CAPITAL_FIRST.test(words[k].text);
  for (let index = 0; index < texts.length; index++) {
    if (!words[index].nameWord) continue;
    noun[index] = false;
    if (acronymsAllowed && ENGLISH_MODIFIER_POS.has(tags[index]) && nameNext(index + 1)) content[index] = true;
  }

  // Temporal expressions ("end of March", "this month") date what the sentence says: words wholly inside one
  // make no term (see `temporalRanges`).
  const temporal = temporalRanges(tagged);
  const isTemporal = (from: number, to: number) => temporal.length > 0 && insideRanges(temporal, tagged.starts[from], tagged.ends[to]);

  // A span that stops inside a person's or place's name, on a name word right before another capitalised proper
  // noun, is a piece of that name ("President Donald" of "President Donald Trump", "Kim Jong" of "Kim Jong Un",
  // "Donald" alone there), no term. A title or common noun before a name ends a term of its own ("Interior
  // Secretary" before "Ryan Zinke", "Conservative Party" before "Conference"), and an acronym is a name of its own.
  const cutsName = (to: number) =>
    acronymsAllowed &&
    to + 1 < texts.length &&
    tags[to] === 'PROPN' &&
    tags[to + 1] === 'PROPN' &&
    words[to + 1].termWord &&
    CAPITAL_FIRST.test(words[to + 1].text) &&
    acronymFormOf(tokens[to]) === null &&
    isNameOnly(words[to].lower);

  /** The one-word term of noun `j`: its lists are the form's, its surface the word as written. */
  const single = (j: number) => {
    if (isTemporal(j, j) || cutsName(j)) return;
    const form = words[j];
    const match = {
      key: form.key,
      canonical: form.keyList,
      numberAlternative: form.lower === form.key ? undefined : form.lowerList,
      headKey: form.key,
      surface: form.text,
      wordKeys: form.keyList,
    };
    // Most words are no name before a number: the check is the cheap part-of-speech test first.
    if (tags[j] === 'PROPN') pushWithNumber(match, j, j);
    else result.matches.push(match);
  };
  /** Words `from..to` are a name: a proper-noun head and every word but the connectors ("of") capitalised. */
  const isName = (from: number, to: number, head: number): boolean => {
    if (tags[head] !== 'PROPN') return false;
    for (let k = from; k <= to; k++) {
      if (!CAPITAL_FIRST.test(words[k].text) && !ENGLISH_TERM_CONNECTORS.has(words[k].lower)) return false;
    }
    return true;
  };
  /**
   * The number that continues a name ending at word `to` ("BBC Radio 4", "Nord Stream 2": `numberAfterName`), or
   * null; not a count of the plural noun after it ("Riverside Church 18 years ago").
   */
  const numberAfter = (to: number, length: number) => {
    if (length >= MAX_TERM_WORDS || tags[to] !== 'PROPN' || !CAPITAL_FIRST.test(words[to].text) || tagged.ends[to] < 0) return null;
    const number = numberAfterName(sentence, tagged.ends[to]);
    // A number that begins a date ("Birmingham 29 September") is no part of the name.
    if (number === null || texts[to + 1] !== number.text || isTemporal(to + 1, to + 1)) return null;
    const counted = to + 2 < texts.length && ENGLISH_HEAD_POS.has(tags[to + 2]) && words[to + 2].lower !== words[to + 2].key;
    return counted ? null : number;
  };
  /** The match, and when a number continues the name it ends in, the match with that number as a word of its own. */
  const pushWithNumber = (match: SentenceTerms['matches'][number], from: number, to: number) => {
    result.matches.push(match);
    const number = numberAfter(to, match.wordKeys.length);
    if (number === null) return;
    const surface = tagged.starts[from] >= 0 ? sentence.slice(tagged.starts[from], number.end) : `${match.surface} ${number.text}`;
    result.matches.push(withNameNumber(match, number, surface));
  };
  /** The term of words `from..to` (a run, or a run, "of" and a run) whose head noun is word `head`. */
  const span = (from: number, to: number, head: number) => {
    if (isTemporal(from, to) || cutsName(to)) return;
    const wordKeys: string[] = [];
    const canonical: string[] = [];
    // A name of several words keeps its head as written: "United States" is not the plural of "United State".
    const name = isName(from, to, head);
    for (let k = from; k <= to; k++) {
      wordKeys.push(words[k].key);
      canonical.push(k === head && !name ? words[k].key : words[k].lower);
    }
    // The head as seen differs from its key only in the plural (or an irregular form): then keep the form as
    // seen for a document that never uses the head in the singular. Otherwise the head is singular here, so
    // the grouping step never needs the alternative.
    const headWord = words[head];
    let numberAlternative: string[] | undefined;
    if (headWord.lower !== headWord.key && !name) {
      numberAlternative = [];
      for (let k = from; k <= to; k++) numberAlternative.push(words[k].lower);
    }
    const match = { key: wordKeys.join(' '), canonical, numberAlternative, headKey: headWord.key, surface: surfaceOf(sentence, tagged, from, to), wordKeys };
    if (name) pushWithNumber(match, from, to);
    else result.matches.push(match);
  };

  const found = chunks(content, noun);
  for (const [start, end] of found) {
    for (let j = start; j <= end; j++) {
      if (!noun[j]) continue;
      single(j);
      for (let i = j - 1; i >= Math.max(start, j - MAX_TERM_WORDS + 1); i--) span(i, j, j);
    }
  }
  // "N of N": the first chunk ends right before "of" and the second starts right after it, so the term is the
  // words from a start in the first chunk to a noun of the second.
  for (let c = 0; c + 1 < found.length; c++) {
    const [aStart, aEnd] = found[c];
    const [bStart, bEnd] = found[c + 1];
    if (bStart !== aEnd + 2 || !ENGLISH_TERM_CONNECTORS.has(words[aEnd + 1].lower)) continue;
    for (let i = aEnd; i >= aStart && aEnd - i + 3 <= MAX_TERM_WORDS; i--) {
      for (let k = bStart; k <= bEnd && aEnd - i + 1 + 1 + (k - bStart + 1) <= MAX_TERM_WORDS; k++) {
        if (!noun[k]) continue;
        span(i, k, aEnd);
      }
    }
  }
  return result;
}
