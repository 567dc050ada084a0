import { CodePointClass, CYRILLIC } from '../ingest/code-point-class.js';
import type { Lang, Report } from '../model/index.js';
import { isKnownWord } from './known-words.js';
import type { Edit, MappedText } from './mapped-text.js';
import { applyEdits, sourceRangeOf } from './mapped-text.js';
import type { Repair } from './types.js';

/** Latin (and IPA/Greek) letters that stand in for Cyrillic ones inside Cyrillic words (kazakh-morphology.md §10). */
const TO_CYRILLIC: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', k: 'к',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  ə: 'ә', Ə: 'Ә', ɵ: 'ө', Ɵ: 'Ө', θ: 'ө', Θ: 'Ө',
};
/** Only Kazakh has і and һ: in Russian text a Latin i inside a Cyrillic word has no safe twin. */
const TO_KAZAKH_CYRILLIC: Record<string, string> = { ...TO_CYRILLIC, i: 'і', I: 'І', h: 'һ' };
/** Cyrillic letters that stand in for Latin ones inside Latin words. */
const TO_LATIN: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', к: 'k', і: 'i', ј: 'j', ѕ: 's',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I',
};

/** The scripts a mixed word mixes, the characters of a word (letters and marks), and Ukrainian `ґ`. */
const LATIN_LIKE = new CodePointClass(/^[\p{Script=Latin}\p{Script=Greek}]$/u);
const WORD_CHARS = new CodePointClass(/^[\p{L}\p{M}]$/u);
const GHE = new CodePointClass(/^[ґҐ]$/u);
/** Latin-script letters outside the Latin alphabet, and Greek ones: no Latin word is written with them. */
const IPA_OR_GREEK = new CodePointClass(/^[əƏɵƟ\p{Script=Greek}]$/u);

/** The word with its look-alike letters folded to the word's main script, or null when it should stay as it is. */
export function foldWord(word: string, lang: Lang): string | null {
  // Ukrainian ґ stands in for ғ when the font had no Kazakh letters (kazakh-morphology.md §10); Kazakh has no ґ.
  if (lang === 'kk' && GHE.hasAny(word)) {
    const kazakh = word.replace(/ґ/g, 'ғ').replace(/Ґ/g, 'Ғ');
    return foldWord(kazakh, lang) ?? kazakh;
  }
  // Most words are in one script: two tests of the word spare testing it letter by letter.
  if (!CYRILLIC.hasAny(word) || !LATIN_LIKE.hasAny(word)) return null;
  const toCyrillic = foldInto(word, LATIN_LIKE, lang === 'kk' ? TO_KAZAKH_CYRILLIC : TO_CYRILLIC);
  // Schwa, barred o and theta are look-alikes of Kazakh letters only: a word holding one is not a Latin word.
  const toLatin = IPA_OR_GREEK.hasAny(word) ? null : foldInto(word, CYRILLIC, TO_LATIN);
  if (toCyrillic === null || toLatin === null) return toCyrillic ?? toLatin;
  // Both folds are possible, the word being all twin letters (`iсi`: ісі or ici; `Cоke`): the one that is a known
  // word of the section's language, else the section's script. Counting letters misled here: a Kazakh font
  // without і leaves more Latin than Cyrillic letters in short words (`iсi`).
  const sectionScriptFirst = lang === 'en' ? [toLatin, toCyrillic] : [toCyrillic, toLatin];
  return sectionScriptFirst.find((folded) => isKnownWord(folded.toLowerCase(), lang)) ?? sectionScriptFirst[0];
}

/**
 * The word with every letter of the `foreign` class replaced by its twin in `table`; null when one has none (a
 * real mix, `Kazakhstanда`, is left alone).
 */
function foldInto(word: string, foreign: CodePointClass, table: Record<string, string>): string | null {
  let out = '';
  for (const ch of word) {
    if (foreign.has(ch.codePointAt(0)!)) {
      const twin = table[ch];
      if (!twin) return null;
      out += twin;
    } else out += ch;
  }
  return out;
}

/**
 * Folds look-alike letters inside mixed-script words: Latin `i`, `a`, `o`, `c`, `p`… inside Cyrillic words
 * (`бiлiм` → `білім`, schwa `ə` → `ә`), Cyrillic `а`, `о`, `с`… inside Latin words (`Kazаkhstan`). Purely Latin
 * or purely Cyrillic words are never touched. Each fold is a `Repair` and an info message `fold-homoglyph`.
 */
export function foldHomoglyphs(mapped: MappedText, lang: Lang, repairs: Repair[], report: Report): MappedText {
  // A paragraph without both scripts has no mixed word (Ukrainian ґ in Kazakh aside).
  const { text } = mapped;
  if (!(CYRILLIC.hasAny(text) && LATIN_LIKE.hasAny(text)) && !(lang === 'kk' && GHE.hasAny(text))) return mapped;
  const edits: Edit[] = [];
  // The words (`[\p{L}\p{M}]+`), read by table; only a word with both scripts (or a Ukrainian ґ in Kazakh) can
  // fold, so only such a word is cut out and handed to `foldWord`.
  for (let start = 0; start < text.length; ) {
    const end = WORD_CHARS.runEnd(text, start);
    if (end === start) {
      start++;
      continue;
    }
    const mixed = CYRILLIC.hasAny(text, start, end) && LATIN_LIKE.hasAny(text, start, end);
    const ghe = lang === 'kk' && GHE.hasAny(text, start, end);
    const actual = mixed || ghe ? text.slice(start, end) : '';
    const folded = actual === '' ? null : foldWord(actual, lang);
    if (folded !== null) {
      edits.push({ start, end, insert: folded });
      const range = sourceRangeOf(mapped, start, end);
      repairs.push({ ruleId: 'fold-homoglyph', range, actual, expected: folded });
      report({
        reason: `Expected \`${folded}\` in one script, found look-alike letters of another script in \`${actual}\`.`,
        ruleId: 'fold-homoglyph',
        severity: 'info',
        range,
        actual,
        expected: folded,
      });
    }
    start = end;
  }
  return applyEdits(mapped, edits);
}
