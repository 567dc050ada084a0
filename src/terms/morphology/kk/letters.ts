// Kazakh letter classes used by the suffix rules: vowel harmony and the consonant class of a stem's last sound.

/** Native back vowels: a stem whose last vowel is one of these takes а/ы suffixes. */
const BACK_VOWELS = new Set(['а', 'о', 'ұ', 'ы']);
/** Native front vowels: a stem whose last vowel is one of these takes е/і suffixes. */
const FRONT_VOWELS = new Set(['ә', 'ө', 'ү', 'і', 'е', 'э']);
/**
 * Letters that are vowels but do not fix harmony on their own: и (ый/ій), у (ұу/үу/w), ю, я, ё. Loanwords end in
 * them on both sides (`тарихы`, `министрдің`, `институттың`), so the rules accept either set after them.
 */
const AMBIGUOUS_VOWELS = new Set(['и', 'у', 'ю', 'я', 'ё']);

/** Any vowel letter, native or loan. */
export function isVowel(letter: string): boolean {
  return BACK_VOWELS.has(letter) || FRONT_VOWELS.has(letter) || AMBIGUOUS_VOWELS.has(letter);
}

/** Whether the first vowel of a text (an ending as written: `і`, `ін`, `інде`, `ге`) is a front vowel. */
export function firstVowelIsFront(text: string): boolean {
  for (const letter of text) if (isVowel(letter)) return FRONT_VOWELS.has(letter);
  return false;
}

/** Kazakh-specific letters: a word containing one is Kazakh, not a Russian loan spelled the Russian way. */
export const KAZAKH_SPECIFIC = /[әіңғүұқөһ]/;

/** Cyrillic letters of the Kazakh alphabet (the only script the rules apply to). */
export const KAZAKH_WORD = /^[а-яёәіңғүұқөһ]+$/;

export type Harmony = 'back' | 'front' | 'any';

/**
 * The harmony class a suffix must have after `stem`: decided by the last vowel, `any` after a loan vowel that can
 * go either way or a front velar closing a back loan. A final soft sign makes a stem front (`кинофестивальдер`).
 */
export function harmonyOf(stem: string): Harmony {
  if (stem.endsWith('ь')) return 'front';
  // к and г are the front velars (back words have қ, ғ): a back-vowelled stem ending in one is a loan, which
  // Kazakh spelling usually inflects as front (`Паркті`, `банкке`, `Нью-Йоркте`).
  if ((stem.endsWith('к') || stem.endsWith('г')) && lastVowelHarmony(stem) === 'back') return 'any';
  if (isSoftSignLoan(stem)) return 'any';
  // A surname in -ов on a front Kazakh root takes the root's front endings (`Әуезовтің`, `Мәметовке`): -ов is a
  // Russian suffix, and a native word has no о after its first syllable.
  if (FRONT_ROOT_SURNAME.test(stem)) return 'any';
  return lastVowelHarmony(stem);
}

/** A front vowel, then consonants, then the surname suffix -ов. */
const FRONT_ROOT_SURNAME = /[әөүіе][^аәеёиоөуұүыіэюя]+ов$/;

/** Consonants Russian loans commonly close with a soft sign (`фестиваль`, `медаль`, `ансамбль`, `календарь`, `тюлень`, `автомобиль`). */
const SOFTENED_CONSONANTS = new Set(['л', 'н', 'р', 'т']);

/**
 * Whether a back-vowelled stem without Kazakh letters may be a loan whose soft sign was dropped before a vowel:
 * `фестивалі` is `фестиваль` + і, the soft sign made the stem front and the ending stays front. Native back words
 * never take a front ending, so the front reading costs nothing where the text has none.
 */
export function isSoftSignLoan(stem: string): boolean {
  return stem.length >= 4 && SOFTENED_CONSONANTS.has(stem[stem.length - 1]) && !KAZAKH_SPECIFIC.test(stem) && lastVowelHarmony(stem) === 'back';
}

/** The harmony of a stem's last vowel (see `harmonyOf`, which also weighs its last consonant). */
export function lastVowelHarmony(stem: string): Harmony {
  for (let i = stem.length - 1; i >= 0; i--) {
    const letter = stem[i];
    if (BACK_VOWELS.has(letter)) return 'back';
    // е after a vowel is iotated (йе) in Russian names and loans and does not fix harmony: `Назарбаевтың`.
    if (letter === 'е' && i > 0 && isVowel(stem[i - 1])) return 'any';
    if (FRONT_VOWELS.has(letter)) return 'front';
    // Loan vowels take either set (`тарихтың`, `министрдің`, `институттың`, `миы`).
    if (AMBIGUOUS_VOWELS.has(letter)) return 'any';
  }
  return 'any';
}

/**
 * The consonant class of a stem's last sound, which chooses the first consonant of a suffix (see the table in
 * docs/kazakh-morphology.md §3):
 * - `vowel`: ends in a vowel letter other than и/у;
 * - `glide`: ends in р, й, у or и (и and у act as the glides й/у at the end of a stem);
 * - `nasal`: ends in м, н, ң;
 * - `liquid`: ends in л, ж, з;
 * - `voiceless`: ends in к қ п с т ш ф х ц ч щ һ or б в г ғ д (these take the voiceless allomorph too).
 */
export type BoundaryClass = 'vowel' | 'glide' | 'nasal' | 'liquid' | 'voiceless';

export function boundaryClassOf(stem: string): BoundaryClass {
  let last = stem[stem.length - 1];
  if (last === 'ь' || last === 'ъ') last = stem[stem.length - 2] ?? last;
  if (last === 'р' || last === 'й' || last === 'у' || last === 'и' || last === 'ю') return 'glide';
  if (isVowel(last)) return 'vowel';
  if (last === 'м' || last === 'н' || last === 'ң') return 'nasal';
  if (last === 'л' || last === 'ж' || last === 'з') return 'liquid';
  return 'voiceless';
}

/** Picks the back or front variant of a suffix by the stem's harmony; both when harmony is open. */
export function byHarmony(stem: string, back: string, front: string): string[] {
  const harmony = harmonyOf(stem);
  if (harmony === 'back') return [back];
  if (harmony === 'front') return [front];
  return [back, front];
}

/** Number of vowel letters (an approximation of syllables). */
export function countVowels(word: string): number {
  let count = 0;
  for (const letter of word) if (isVowel(letter)) count++;
  return count;
}
