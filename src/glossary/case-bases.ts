// The forms a name may have before its case ending, per Cyrillic language: what a word of the text can be the
// inflection of. Deliberately generous (every ending that fits is tried): the glossary keeps only a base that the
// other Cyrillic language attests too (see agree-name-forms.ts), so a wrong guess here changes nothing by itself.
import { KAZAKH_GENITIVE_ENDINGS } from '../lang/kk/term-patterns.js';

/**
 * Kazakh case and attributive endings in every allomorph (docs/kazakh-morphology.md §3, §5): genitive, accusative,
 * dative, locative, ablative, instrumental, the pronominal-n forms after a possessive, and locative + -ғы/-гі.
 * Names take these directly (`Роналдудың`, `Палуға`, `Невададағы`, `аль-Муалемнің`).
 */
const KAZAKH_CASE_ENDINGS = [
  ...KAZAKH_GENITIVE_ENDINGS,
  'ны', 'ні', 'ды', 'ді', 'ты', 'ті',
  'ға', 'ге', 'қа', 'ке',
  'да', 'де', 'та', 'те',
  'дан', 'ден', 'тан', 'тен', 'нан', 'нен',
  'мен', 'бен', 'пен',
  'дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі',
];

/**
 * Russian noun endings of the first and second declensions, singular and plural (names decline like nouns:
 * `Бретта`, `Дастину`, `Флейком`, `Неваде`).
 */
const RUSSIAN_CASE_ENDINGS = [
  'ами', 'ями', 'ом', 'ем', 'ём', 'ой', 'ей', 'ою', 'ею', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев',
  'а', 'я', 'у', 'ю', 'е', 'ы', 'и',
];

/** A Russian nominative of the -а/-я declension ends so; its oblique forms replace that vowel (`Неваде` ← `Невада`). */
const RUSSIAN_A_OBLIQUE = new Set(['ы', 'и', 'е', 'у', 'ю', 'ой', 'ей', 'ою', 'ею']);

/** Endings of the soft declension: the nominative ends in -ь or -й (`Феттелем` ← `Феттель`, `Андрея` ← `Андрей`). */
const RUSSIAN_SOFT_OBLIQUE = new Set(['я', 'ю', 'е', 'и', 'ем', 'ём', 'ей', 'ям', 'ями', 'ях', 'ев']);

/** A base keeps at least this many letters: shorter "names" are initials or particles. */
const MIN_BASE = 2;

/** The part of a hyphenated word that inflects, and what stands before it (`аль-` in `аль-Муалемнің`). */
function splitLastPart(word: string): [prefix: string, last: string] {
  const hyphen = word.lastIndexOf('-');
  return hyphen < 0 ? ['', word] : [word.slice(0, hyphen + 1), word.slice(hyphen + 1)];
}

/**
 * The word itself and every form it is that form plus a Kazakh case ending of (`Невададағы` → `Невада`, and
 * also `Невадада`: the caller decides). An ending written after a hyphen (`ЮНЕСКО-ның`) leaves the part before it.
 */
export function kazakhCaseBases(word: string): string[] {
  const bases = [word];
  const [prefix, last] = splitLastPart(word);
  const lower = last.toLowerCase();
  if (prefix !== '' && KAZAKH_CASE_ENDINGS.includes(lower)) bases.push(prefix.slice(0, -1));
  for (const ending of KAZAKH_CASE_ENDINGS) {
    if (lower.endsWith(ending) && lower.length - ending.length >= MIN_BASE) bases.push(prefix + last.slice(0, last.length - ending.length));
  }
  return bases;
}

/**
 * The word itself and the nominatives it may be an oblique form of in Russian: the ending removed (`Бретта` →
 * `Бретт`), or replaced by the -а/-я of that declension (`Неваде` → `Невада`, `Марии` → `Мария`) or by the -ь/-й
 * of the soft one (`Феттелем` → `Феттель`).
 */
export function russianCaseBases(word: string): string[] {
  const bases = [word];
  const [prefix, last] = splitLastPart(word);
  const lower = last.toLowerCase();
  for (const ending of RUSSIAN_CASE_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < MIN_BASE) continue;
    const stem = prefix + last.slice(0, last.length - ending.length);
    bases.push(stem);
    if (RUSSIAN_A_OBLIQUE.has(ending)) bases.push(stem + 'а', stem + 'я');
    if (RUSSIAN_SOFT_OBLIQUE.has(ending)) bases.push(stem + 'ь', stem + 'й');
  }
  return bases;
}
