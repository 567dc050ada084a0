import type { ItsFunction } from 'wink-nlp';
import { wink } from './wink.js';

/** One English token with its part of speech (Universal POS) and wink-nlp's contextual lemma. */
export interface EnglishToken {
  text: string;
  /** Whitespace before the token in the input (so the surface of a span can be rebuilt exactly). */
  before: string;
  pos: string;
  /** Lower-case lemma in context. */
  lemma: string;
}

/** wink's `its.lemma` takes the model's add-ons as a third argument, which its typings do not admit. */
export function itsLemma(): ItsFunction<string> {
  return wink().its.lemma as unknown as ItsFunction<string>;
}

/** True when the text is written in capitals (a title line): the tagger reads capitals as proper nouns. */
function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * Tags a stretch of English text (a sentence) with wink-nlp. The tagger sees the whole sentence, so parts of
 * speech use context; the lemma is wink's contextual lemma, lower-cased. A line in capitals is tagged in lower
 * case (the tagger would take every word for a name) and its tokens keep the text as written.
 */
export function tagEnglishText(text: string): EnglishToken[] {
  const nlp = wink();
  const its = nlp.its;
  const lowered = isAllCaps(text) ? text.toLowerCase() : text;
  const tokens = nlp.readDoc(lowered).tokens();
  const texts = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const tags = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(itsLemma()) as string[];
  const result = texts.map((value, i) => ({ text: value, before: spaces[i], pos: tags[i], lemma: lemmas[i].toLowerCase() }));
  if (lowered !== text && lowered.length === text.length) {
    // Put the capitals back: wink's tokens and spaces cover the text in order.
    let at = 0;
    for (const token of result) {
      at = text.indexOf(token.before, at) === at ? at + token.before.length : at;
      const original = text.slice(at, at + token.text.length);
      if (original.toLowerCase() === token.text) token.text = original;
      at += token.text.length;
    }
  }
  return result;
}
