// Endings a Kazakh stem cannot have, so that a reading leaving one is a cut in the wrong place. Used as a cost in
// choose-analysis.ts, for listed stems too: the hunspell-kk stem list holds truncated stems (`демеуш` for the
// paradigm of `демеуші`) that are not words.
import { isVowel, KAZAKH_SPECIFIC } from './letters.js';
import { isConsonantCluster, type KazakhLexicon } from './lexicon.js';

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
 * Whether a stem that looks Kazakh (a Kazakh-specific letter) ends in a voiced д, г, ғ or б: Kazakh spelling writes
 * none of them at the end of a word (`төменгі` is listed whole, not `төменг` + і;
 * `қарусыздандыруды` is `қарусыздандыру` + ды, not `қарусыздандыруд` + ы; `естиді` is `есті` + ді). Loans keep
 * theirs (`рекорд`, `Эдуард`), and they are spelt without Kazakh letters.
 */
function endsInVoicedStop(stem: string): boolean {
  return stem.length >= 3 && VOICED_FINALS.has(stem[stem.length - 1]) && KAZAKH_SPECIFIC.test(stem);
}

/**
 * Voiced stops Kazakh spelling never writes at the end of a native word: д, and г, ғ, б, which stand only before a
 * vowel for к, қ, п (`билігі`, `кітабы`). A listed stem ending so is a truncated listing (`төменг` for `төменгі`).
 */
const VOICED_FINALS = new Set(['д', 'г', 'ғ', 'б']);

/** Whether the stem ends in a way no Kazakh stem does (see the two rules above). */
export function hasImpossibleStemEnd(stem: string): boolean {
  return endsInShCluster(stem) || endsInVoicedStop(stem);
}

/**
 * Listed words needed before a final consonant cluster counts as a usual stem end: twenty of the list's 47,000
 * nominal words. The usual loan ends are far above it (`рт` 361, `нт` 187, `ст` 101, `кт` 22), the ends a cut
 * one letter too far leaves far below (`лд`, `чт`, `қт`, `йд` none, `нд` 9, `рд` 18).
 */
const USUAL_CLUSTER_WORDS = 20;

/**
 * Whether an unlisted stem ends in a consonant + д or т that few listed words end in: `сексуалд` (лд), `матчт`
 * (чт), `гомосексуалдылықт` (қт), `ресейд` (йд), `лондонд` (нд) are a stem cut one letter too far, the д or т of
 * the accusative -ды/-ты taken into the stem and its vowel for the possessive. Usual loan ends (`нт`, `ст`, `кт`:
 * `президент`, `журналист`, `факт`) pass; other rare clusters are left alone, since loans and names end in them
 * (`матч`, `дюйм`, `Иллинойс`); listed stems (`фонд`, `рекорд`) are not asked. An unlisted loan in -нд, -рд then
 * loses its possessive reading (`миллиарды` reads as `миллиар` + ды): far rarer than a name in the accusative.
 */
export function hasRareFinalCluster(stem: string, lexicon: KazakhLexicon): boolean {
  const cluster = stem.slice(-2);
  return (
    stem.length >= 3 &&
    (cluster[1] === 'д' || cluster[1] === 'т') &&
    isConsonantCluster(cluster) &&
    lexicon.finalClusterCount(cluster) < USUAL_CLUSTER_WORDS
  );
}
