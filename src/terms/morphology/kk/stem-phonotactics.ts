// Endings a Kazakh stem cannot have, so that a reading leaving one is a cut in the wrong place. Used as a cost in
// choose-analysis.ts, for listed stems too: the hunspell-kk stem list holds truncated stems (`демеуш` for the
// paradigm of `демеуші`) that are not words.
import { isVowel, KAZAKH_SPECIFIC } from './letters.js';

/**
 * Whether a stem ends in a consonant cluster closed by ш: the agent suffix -шы/-ші (`көшбасшы`, `жұмысшы`,
 * `демеуші`, `автоөндіруші`) cut in two, its vowel taken for the possessive. Native words do not end so. A у that
 * follows a letter counts as a consonant (the glide of ұу/үу, docs/kazakh-morphology.md §1), unless it is the
 * stem's only vowel (`душ`, a Russian loan); a stem without Kazakh letters may be a loan (`марш`).
 */
function endsInShCluster(stem: string): boolean {
  if (stem.length < 3 || !stem.endsWith('ш')) return false;
  const before = stem[stem.length - 2];
  if (before === 'у') return [...stem.slice(0, -2)].some(isVowel);
  return !isVowel(before) && before !== 'ь' && KAZAKH_SPECIFIC.test(stem);
}

/**
 * Whether a stem that looks Kazakh (a Kazakh-specific letter) ends in д: Kazakh spelling writes no final voiced д
 * (`қарусыздандыруды` is `қарусыздандыру` + ды, not `қарусыздандыруд` + ы; `естиді` is `есті` + ді). Loans keep
 * theirs (`рекорд`, `Эдуард`), and they are spelt without Kazakh letters.
 */
function endsInVoicedD(stem: string): boolean {
  return stem.length >= 3 && stem.endsWith('д') && KAZAKH_SPECIFIC.test(stem);
}

/** Whether the stem ends in a way no Kazakh stem does (see the two rules above). */
export function hasImpossibleStemEnd(stem: string): boolean {
  return endsInShCluster(stem) || endsInVoicedD(stem);
}
