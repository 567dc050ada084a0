import type { ItsFunction } from 'wink-nlp';
import { wink } from './wink.js';

/**
 * A stretch of English text as the tagger read it: one entry per token in each list (lists rather than an object
 * per token: a corpus has millions of tokens, and the finder reads each field once).
 */
export interface TaggedText {
  /** Each token as written in the text. */
  texts: string[];
  /** Each token's part of speech (Universal POS). */
  tags: string[];
  /** Offsets of each token in the text, half-open; -1 when wink changed the token and it was not found. */
  starts: number[];
  ends: number[];
  /** wink-nlp's named entities (DATE, DURATION, CARDINAL…), as first and last token index, in order. */
  entities: TaggedEntity[];
}

/** A named entity of the tagged text: its wink-nlp type and its tokens `first..last` (inclusive). */
export interface TaggedEntity {
  type: string;
  first: number;
  last: number;
}

/** wink's `its.lemma` takes the model's add-ons as a third argument, which its typings do not admit. */
export function itsLemma(nlp: ReturnType<typeof wink> = wink()): ItsFunction<string> {
  return nlp.its.lemma as unknown as ItsFunction<string>;
}

/** True when the text is written in capitals (a title line): the tagger reads capitals as proper nouns. */
function isAllCaps(text: string): boolean {
  // Running text has a lower-case ASCII letter early on: then it is not in capitals, and the letters need not
  // be gathered (this runs for every English sentence).
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return false;
  }
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A possessive ending right after a letter, split off before tagging (see `tagEnglishText`). */
const POSSESSIVE = /(\p{L})(['’]s)(?!\p{L})/gu;

/**
 * Tags a stretch of English text (a sentence) with wink-nlp. The tagger sees the whole sentence, so parts of
 * speech use context. Lemmas are not read (terms key words context-free, by `englishLemmaKey`). A line in
 * capitals is tagged in lower case (the tagger would take every word for a name) and its tokens keep the text
 * as written.
 */
export function tagEnglishText(text: string): TaggedText {
  const nlp = wink();
  const its = nlp.its;
  // Possessives are split off before tagging ("Martin's" → "Martin 's"), so that the tokeniser does the same
  // thing every time whatever it has read before; the tokens are then found again in the text as written.
  const caps = isAllCaps(text);
  const lowered = caps ? text.toLowerCase() : text;
  // Most sentences have no apostrophe: the (Unicode) replacement is skipped for them.
  const prepared = lowered.includes("'") || lowered.includes('’') ? lowered.replace(POSSESSIVE, '$1 $2') : lowered;
  // One reading gives the parts of speech and the entities: the entity recogniser works on the same tokens and
  // changes neither them nor the tags (a second reading of every English sentence for its entities cost a third
  // more than tagging).
  const doc = nlp.readDoc(prepared);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  // Tokens are found again in the text they came from: a line in capitals was tagged in lower case. Lower-casing
  // can change the length (İ), and then the offsets would not be the text's.
  const searched = caps ? text.toLowerCase() : text;
  const sameOffsets = searched.length === text.length;
  // Outside a line in capitals a token found in the text is the text as written already: the values serve as
  // the texts.
  const texts: string[] = caps ? [] : values;
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const value of values) {
    const found = sameOffsets ? searched.indexOf(caps ? value.toLowerCase() : value, at) : -1;
    // A token wink normalised (it should not happen) keeps its own text.
    if (found < 0) {
      if (caps) texts.push(value);
      starts.push(-1);
      ends.push(-1);
      continue;
    }
    const end = found + value.length;
    if (caps) texts.push(text.slice(found, end));
    starts.push(found);
    ends.push(end);
    at = end;
  }
  return { texts, tags, starts, ends, entities: entitiesOf(doc, its) };
}

function entitiesOf(doc: ReturnType<ReturnType<typeof wink>['readDoc']>, its: ReturnType<typeof wink>['its']): TaggedEntity[] {
  const entities = doc.entities();
  if (entities.length() === 0) return [];
  const types = entities.out(its.type) as string[];
  const spans = entities.out(its.span) as unknown as Array<[number, number]>;
  return types.map((type, i) => ({ type, first: spans[i][0], last: spans[i][1] }));
}
