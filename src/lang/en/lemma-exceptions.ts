/**
 * English forms whose wink-nlp lemma is not the dictionary form a terminologist writes: Latin plurals that
 * current English uses as mass nouns ("data", not "datum"), and plurals that are words of their own, whose
 * singular is another word or none (dictionaries list "means", "goods", "arms" (weapons), "species", "premises",
 * "customs" as headwords; wink makes them mean, good, arm, specie, premise, custom). Form → key.
 */
export const ENGLISH_LEMMA_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['data', 'data'],
  ['media', 'media'],
  ['metadata', 'metadata'],
  ...['means', 'goods', 'arms', 'species', 'savings', 'premises', 'outskirts', 'belongings', 'customs', 'physics', 'ethics'].map(
    (word) => [word, word] as [string, string],
  ),
]);

/**
 * British and American spellings as wink-nlp's lemmatiser maps them (it returns the American one). The key
 * keeps the spelling of the text, so each pair is [British, American].
 */
export const BRITISH_AMERICAN_SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['isation', 'ization'],
  ['ise', 'ize'],
  ['yse', 'yze'],
  ['our', 'or'],
  ['tre', 'ter'],
  ['ogue', 'og'],
  ['ould', 'old'],
  ['ll', 'l'],
  ['s', 'z'],
];
