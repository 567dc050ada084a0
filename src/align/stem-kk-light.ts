/**
 * Light Kazakh inflection stripper for alignment cues: removes case, plural, possessive, attributive and personal
 * endings (see docs/kazakh-morphology.md, §3–6) from the end of a lower-case word, longest first, while at least
 * three letters with a vowel remain, and keeps derivational suffixes (-лық, -шы, -у), which change the meaning.
 * It only needs to give one key to the forms of a word inside one document (Қазақстанның, Қазақстанда,
 * Қазақстан → қазақстан), not a dictionary form: the lemmatiser of the terms stage does that.
 */

/** Inflectional endings by slot, outermost first; each list holds all harmonic and assimilated variants. */
const SLOTS: string[][] = [
  // personal (predicative) endings
  ['мын', 'мін', 'бын', 'бін', 'пын', 'пін', 'мыз', 'міз', 'быз', 'біз', 'пыз', 'піз', 'сың', 'сің', 'сыз', 'сіз'],
  // attributive -ғы/-гі after locative (Қазақстандағы → Қазақстан)
  ['дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі', 'ғы', 'гі', 'қы', 'кі'],
  // case endings (genitive, accusative, dative, locative, ablative, instrumental), incl. pronominal н after POSS.3
  [
    'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
    'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'н',
    'ға', 'ге', 'қа', 'ке', 'на', 'не',
    'нда', 'нде', 'да', 'де', 'та', 'те',
    'нан', 'нен', 'дан', 'ден', 'тан', 'тен',
    'мен', 'бен', 'пен',
  ],
  // possessive endings
  ['ымыз', 'іміз', 'мыз', 'міз', 'ыңыз', 'іңіз', 'ңыз', 'ңіз', 'сы', 'сі', 'ым', 'ім', 'ың', 'ің', 'ы', 'і'],
  // plural
  ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'],
];

const VOWELS = /[аәеёиоөуұүыіэюя]/;

function strippable(word: string, ending: string): boolean {
  if (!word.endsWith(ending)) return false;
  const stem = word.slice(0, word.length - ending.length);
  return stem.length >= 3 && VOWELS.test(stem);
}

/** Strips Kazakh inflectional endings slot by slot; the input must be lower case. */
export function stemKazakhLight(word: string): string {
  let current = word;
  for (const slot of SLOTS) {
    let best = '';
    for (const ending of slot) if (ending.length > best.length && strippable(current, ending)) best = ending;
    if (best) current = current.slice(0, current.length - best.length);
  }
  return current;
}
