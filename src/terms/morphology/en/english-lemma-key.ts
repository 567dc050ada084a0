import { BRITISH_AMERICAN_SPELLINGS, ENGLISH_LEMMA_EXCEPTIONS } from '../../../lang/en/lemma-exceptions.js';
import { remember } from '../remember.js';
import { itsLemma } from './tag-english-text.js';
import { isUnknownToWink, winkProbe } from './wink.js';

const cache = new Map<string, string>();
const posAfterDeterminerCache = new Map<string, string>();

/** wink-nlp's part of speech of the (lower-case) word read after a determiner ("the subject"), cached per form. */
function posAfterDeterminer(word: string): string {
  let pos = posAfterDeterminerCache.get(word);
  if (pos === undefined) {
    pos = readAt(`the ${word}`, 1)?.pos ?? '';
    remember(posAfterDeterminerCache, word, pos);
  }
  return pos;
}

/**
 * True when wink-nlp reads the (lower-case) word as a noun after a determiner ("the subject"): used to correct
 * the tagger where it reads a noun as an adjective ("subject to") at the end of a phrase.
 */
export function readsAsNoun(word: string): boolean {
  return posAfterDeterminer(word) === 'NOUN';
}

/**
 * True when wink-nlp's lexicon knows the (lower-case) word as a name: read after a determiner, it is a proper
 * noun ("the syria"). The English counterpart of the Russian and Kazakh dictionaries' name readings.
 */
export function readsAsName(word: string): boolean {
  return posAfterDeterminer(word) === 'PROPN';
}

interface Reading {
  pos: string;
  lemma: string;
}

/** wink-nlp's reading of `word` at position `index` of `text`. */
function readAt(text: string, index: number): Reading | null {
  const nlp = winkProbe();
  const tokens = nlp.readDoc(text).tokens();
  if (index >= tokens.length()) return null;
  const token = tokens.itemAt(index);
  return { pos: token.out(nlp.its.pos), lemma: token.out(itsLemma(nlp)).toLowerCase() };
}

/**
 * wink's lemmatiser maps British spellings to American ones (organisation → organization); put the text's
 * spelling back where the lemma differs from the form only by such a pair.
 */
function keepSpelling(form: string, lemma: string): string {
  if (lemma === form) return lemma;
  for (const [british, american] of BRITISH_AMERICAN_SPELLINGS) {
    const at = form.indexOf(british);
    if (at >= 0 && lemma.startsWith(american, at) && !lemma.startsWith(british, at) && form.slice(0, at) === lemma.slice(0, at)) {
      return lemma.slice(0, at) + british + lemma.slice(at + american.length);
    }
  }
  return lemma;
}

/** Regular singular of an unknown plural noun (audiobooks → audiobook), or null when it does not look plural. */
function singularOfUnknown(word: string): string | null {
  if (word.length < 4 || !word.endsWith('s') || /(ss|us|is|as|ics|'s)$/.test(word)) return null;
  if (/[^aeiou]ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Positive degree of a comparative or superlative adjective wink reads as ADV or leaves alone (earlier → early). */
function positiveDegree(word: string): string | null {
  const match = /^(.{2,}?)(i?)(er|est)$/.exec(word);
  if (!match) return null;
  const [, stem, i] = match;
  const candidates = i ? [stem + 'y'] : [stem, stem + 'e', stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : ''];
  for (const base of candidates) {
    if (!base || isUnknownToWink(base)) continue;
    const pos = readAt(base, 0)?.pos;
    if (pos === 'ADJ' || pos === 'ADV') return base;
  }
  return null;
}

function computeKey(word: string): string {
  const exception = ENGLISH_LEMMA_EXCEPTIONS.get(word);
  if (exception) return exception;
  if (!/^[a-z][a-z'’.-]*$/.test(word)) return word;
  // A possessive is a form of its noun (Martin's, states').
  const possessive = /^(.+?)(?:['’]s|s['’])$/.exec(word);
  if (possessive && possessive[1].length > 1) return englishLemmaKey(word.endsWith("s'") || word.endsWith('s’') ? word.slice(0, -1) : possessive[1]);
  // A hyphenated compound inflects on its last part (mis-matches → mis-match, decision-makers → decision-maker).
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0 && hyphen < word.length - 1) return word.slice(0, hyphen + 1) + englishLemmaKey(word.slice(hyphen + 1));
  // Terms are nominal: read the word after a determiner, so "booking", "building" stay nouns rather than
  // becoming the verbs "book", "build". The word is read alone only when that reading is not nominal.
  const nominal = readAt(`the ${word}`, 1);
  let reading = nominal && (nominal.pos === 'NOUN' || nominal.pos === 'ADJ' || nominal.pos === 'PROPN') ? nominal : readAt(word, 0) ?? nominal;
  if (!reading) return word;
  // A participle or gerund read as a verb even after "the" is an adjective or noun in a term ("closed",
  // "applied", "tutoring"): keep the form rather than merge it with the verb. Measured on ud-en-dev: lemma
  // accuracy on nouns/adjectives 0.954 → 0.96, at the cost of verb forms, which terms do not use.
  if (reading.pos === 'VERB' && /(ed|en|ing)$/.test(word) && reading.lemma !== word) reading = { pos: 'ADJ', lemma: word };
  if (reading.pos === 'AUX') return reading.lemma;
  let lemma = reading.lemma || word;
  if (lemma === word && isUnknownToWink(word)) {
    lemma = singularOfUnknown(word) ?? word;
  } else if (lemma === word && /(er|est)$/.test(word) && (reading.pos === 'ADV' || reading.pos === 'ADJ' || isUnknownToWink(word))) {
    lemma = positiveDegree(word) ?? word;
  }
  return keepSpelling(word, lemma);
}

/**
 * Context-free grouping key of an English word form: its lemma as wink-nlp reads it in a nominal position,
 * lower-case. Unknown regular plurals are singularised; comparatives go to the positive degree; British
 * spellings are kept. Cached per form.
 */
export function englishLemmaKey(form: string): string {
  const word = form.toLowerCase();
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const key = computeKey(word);
  remember(cache, word, key);
  return key;
}
