// Hyphenated tokens: an acronym or number with a case ending after the hyphen (`БҰҰ-ның`, `2020-ға`), a particle
// (`жасаған-ау`), or a compound whose last part inflects (`ата-аналардың`).

/** Endings written after a hyphen on acronyms, numbers and foreign words; a superset of the case suffixes. */
const HYPHEN_ENDINGS = new Set([
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'на', 'не', 'ға', 'ге', 'қа', 'ке',
  'а', 'е', 'да', 'де', 'та', 'те', 'нда', 'нде', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'мен', 'бен', 'пен',
  'дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'сы', 'сі', 'ы', 'і',
  'сының', 'сінің', 'сына', 'сіне', 'сында', 'сінде', 'сын', 'сін', 'ның', 'шы', 'ші', 'інші', 'ыншы', 'нші', 'ншы',
]);

/** Particles written with a hyphen and not part of the lexeme. */
const PARTICLES = new Set(['ау', 'ай', 'ақ', 'ей', 'мыс', 'міс', 'ғой', 'қой', 'да', 'де', 'ма', 'ме', 'ба', 'бе', 'па', 'пе']);

/** How a hyphenated token divides. */
export type HyphenSplit =
  | { kind: 'ending'; base: string; ending: string; particle: boolean }
  | { kind: 'compound'; head: string; last: string };

/**
 * Splits a folded token at its last hyphen. A bare ending or a particle after the hyphen makes an `ending` split
 * (`бұұ-ның`, `2020-ға`, `жасаған-ау`, and `бағыну-шы`, a line-break hyphen left in a word); anything else is a
 * compound whose last part inflects (`ата-аналардың` → head `ата-`, last `аналардың`). Returns null for a token
 * without an inner hyphen. The caller decides what an ending split means: an acronym or number keeps its base, a
 * particle is dropped, and a Kazakh word is joined back to its ending.
 */
export function splitHyphenated(word: string): HyphenSplit | null {
  const at = word.lastIndexOf('-');
  if (at <= 0 || at === word.length - 1) return null;
  const before = word.slice(0, at);
  const after = word.slice(at + 1);
  if (PARTICLES.has(after)) return { kind: 'ending', base: before, ending: after, particle: true };
  // A bare ending never starts the second word of a compound.
  if (HYPHEN_ENDINGS.has(after)) return { kind: 'ending', base: before, ending: after, particle: false };
  return { kind: 'compound', head: word.slice(0, at + 1), last: after };
}
