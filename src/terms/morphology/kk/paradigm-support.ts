// How many inflected forms of a stem the word list itself lists. The hunspell-kk list holds frequent inflected
// forms of common words (`елдер`, `елі`, `елдің`, `елге`…); a listed word that would be the only listed
// inflection of its would-be stem (`аудан` as `ау` + `дан`, `молда` as `мол` + `да`) is far more likely a root.
import type { KazakhLexicon } from './lexicon.js';
import { MORPHEMES, type MorphemeId } from './suffixes.js';

/** The plain paradigm cells checked: plural, POSS.3 and the six cases. */
const PARADIGM: readonly MorphemeId[] = ['plural', 'poss-3', 'genitive', 'accusative', 'dative', 'locative', 'ablative', 'instrumental'];
const PARADIGM_MORPHEMES = MORPHEMES.filter((morpheme) => PARADIGM.includes(morpheme.id));

/** к/қ/п are written г/ғ/б before a vowel-initial suffix. */
function voiced(stem: string): string {
  const last = stem[stem.length - 1];
  if (last === 'к') return stem.slice(0, -1) + 'г';
  if (last === 'қ') return stem.slice(0, -1) + 'ғ';
  if (last === 'п') return stem.slice(0, -1) + 'б';
  return stem;
}

/** The listed forms among the plain paradigm cells of `stem`. */
export function listedParadigmForms(stem: string, lexicon: KazakhLexicon): string[] {
  const listed: string[] = [];
  for (const morpheme of PARADIGM_MORPHEMES) {
    const base = morpheme.vowelInitial ? voiced(stem) : stem;
    for (const form of morpheme.forms(base)) if (lexicon.hasWord(base + form)) listed.push(base + form);
  }
  return listed;
}

/**
 * True when `stem` has a listed paradigm form other than `word`: evidence that the list treats `stem` as an
 * inflecting word and that `word` may be one of its forms.
 */
export function hasOtherListedForms(stem: string, word: string, lexicon: KazakhLexicon): boolean {
  return listedParadigmForms(stem, lexicon).some((form) => form !== word);
}
