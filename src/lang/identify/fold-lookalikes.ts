/** Latin letters that PDF extraction and careless typing put inside Cyrillic words, with their Cyrillic twins.
 * Latin `i` stands for Kazakh `і` (see docs/kazakh-morphology.md §10), schwa `ə` for `ә`, barred `ɵ` for `ө`. */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', h: 'һ', k: 'к', m: 'м', t: 'т', b: 'в',
  ə: 'ә', ɵ: 'ө', θ: 'ө',
};

/**
 * Folds Latin look-alike letters inside a word that also has Cyrillic letters, so `бiлiм` is scored as `білім`.
 * Works on lower-case words; purely Latin words are left alone. Used by language identification only: the
 * reported repair is normalize's job.
 */
export function foldLookalikesForLid(word: string): string {
  if (!/\p{Script=Cyrillic}/u.test(word) || !/[a-zəɵθ]/u.test(word)) return word;
  let out = '';
  for (const ch of word) out += LATIN_TO_CYRILLIC[ch] ?? ch;
  return out;
}
