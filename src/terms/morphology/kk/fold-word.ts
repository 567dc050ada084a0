// Brings a Kazakh token to the form the lexicon and suffix rules use: NFC, lower case, Cyrillic letters only.

/** Latin letters that PDF extraction and typing put inside Cyrillic words, mapped to their Cyrillic twins. */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', k: 'к', m: 'м', h: 'һ', b: 'в', t: 'т',
  // Schwa and barred o stand in for ә and ө in some fonts (docs/kazakh-morphology.md §10).
  'ə': 'ә', 'ɵ': 'ө', 'θ': 'ө', 'ґ': 'ғ',
};

/** Invisible characters that split a word without meaning anything: soft hyphen, zero-width marks, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * Lower-cases a token and repairs mixed-script spelling: when the token holds at least one Cyrillic letter, Latin
 * look-alikes in it (most often Latin i for і) become Cyrillic. Genuinely Latin tokens (DNA, COVID) are only
 * lower-cased. Typographic apostrophes and dashes become ASCII so hyphenated endings (`БҰҰ-ның`) split the same way.
 */
export function foldKazakhWord(word: string): string {
  let folded = word.normalize('NFC').replace(INVISIBLE, '').toLowerCase();
  folded = folded.replace(/[\u2010\u2011\u2012\u2013]/g, '-').replace(/[\u2019\u02BC\u0060\u00B4]/g, "'");
  if (!CYRILLIC.test(folded)) return folded;
  let out = '';
  for (const letter of folded) out += LATIN_TO_CYRILLIC[letter] ?? letter;
  return out;
}
