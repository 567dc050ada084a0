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

/**
 * Tags a stretch of English text (a sentence) with wink-nlp. The tagger sees the whole sentence, so parts of
 * speech use context; the lemma is wink's contextual lemma, lower-cased.
 */
export function tagEnglishText(text: string): EnglishToken[] {
  const nlp = wink();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const texts = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const tags = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(itsLemma()) as string[];
  return texts.map((value, i) => ({ text: value, before: spaces[i], pos: tags[i], lemma: lemmas[i].toLowerCase() }));
}
