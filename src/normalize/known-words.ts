import enSample from '../lang/en/lid-sample.json' with { type: 'json' };
import ruSample from '../lang/ru/lid-sample.json' with { type: 'json' };
import { builtInKazakhLexicon, kazakhLemma } from '../terms/morphology/kk/index.js';
import type { Lang } from '../model/index.js';

const sets = new Map<Lang, Set<string>>();

/** Word forms of a language sample (UD word list and news sentences), lower-cased. */
function sampleWords(sample: { sentences: string[]; words: Array<Array<string | number>> }): Set<string> {
  const words = new Set<string>();
  for (const [form] of sample.words) words.add(String(form).toLowerCase());
  for (const sentence of sample.sentences) for (const word of sentence.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(word);
  return words;
}

/**
 * True when `word` (lower case) is a known word of `lang`: for Kazakh, the hunspell-kk lexicon, directly or
 * through its lemma (`тұрмысынан` → `тұрмыс`); for English and Russian, the forms of the shipped language samples
 * (about 10,000 each). A small lexicon is only one piece of evidence; the document's own words weigh more.
 */
export function isKnownWord(word: string, lang: Lang): boolean {
  if (lang === 'kk') {
    const lexicon = builtInKazakhLexicon();
    if (lexicon.hasWord(word) || lexicon.hasVerbalNoun(word)) return true;
    const lemma = kazakhLemma(word);
    return lemma !== word && lemma.length >= 3 && (lexicon.hasWord(lemma) || lexicon.hasVerbRoot(lemma));
  }
  let set = sets.get(lang);
  if (!set) {
    set = sampleWords(lang === 'en' ? enSample : ruSample);
    sets.set(lang, set);
  }
  return set.has(word);
}
