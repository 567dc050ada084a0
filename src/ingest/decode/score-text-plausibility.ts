import { LETTER_PERCENT } from './letter-frequencies.js';

/** How plausible a decoded text is as Kazakh, Russian or English prose. */
export interface Plausibility {
  /**
   * Implausibility in nats (lower is better): the surprisal of every letter under a Kazakh/Russian/English
   * letter model plus penalties for words and symbols that a wrong decoding produces. Costs add up over the
   * text, so two decodings of the same bytes compare directly: what both decode alike cancels out.
   */
  cost: number;
  /** Letter runs. */
  words: number;
  /** Letter runs that look wrong: mixed Latin and Cyrillic, letters of other alphabets, capitals after a small letter. */
  badWords: number;
  /** Up to five implausible words, for messages. */
  badWordSamples: string[];
  /** Characters that prose in these languages does not use: box drawing, unassigned, private use, U+FFFD. */
  oddSymbols: number;
}

// A letter outside the three alphabets costs as much as one with probability 1e-5: Serbian ђ, Macedonian ќ,
// Tajik ҷ are letters, but in a Kazakh or Russian text they are what the wrong code page turns ә or қ into.
const FOREIGN_LETTER_COST = -Math.log(1e-5);
// Accented Latin letters are rare but real in English text (names, `café`); less than foreign Cyrillic.
const LATIN_EXTENDED_COST = -Math.log(1e-4);
const LETTER_FLOOR = 2e-4;
const ODD_SYMBOL_COST = 12;
const TYPOGRAPHIC_COST = 2;
// Penalties per word, on top of its letters: what wrong decodings produce and real words almost never do.
const MIXED_SCRIPT_PENALTY = 8;
const CASE_ANOMALY_PENALTY = 6;
const MISPLACED_SYMBOL_PENALTY = 6;
const SMALL_SENTENCE_START_PENALTY = 3;
const LONE_CAPITAL_PENALTY = 4;

// Punctuation and signs that Kazakh, Russian and English typography uses: quotes, dashes, ellipsis, number
// sign, degree, section, currency, no-break and soft hyphen.
const TYPOGRAPHIC = new Set([...'«»“”„‘’‚–—‑…№•·°§©®™‰€£±×÷\u00a0\u00ad\u2009\u202f\u200b\u2011′″']);

// Opening quotes may touch the word after them; closing ones the word before. `“` and `‘` are both: they
// open in English and close in Russian („…“).
const OPENERS = new Set([...'«“„‘‚']);
const CLOSERS = new Set([...'»”“’‘']);
// Signs that sit next to letters in ordinary text: spaces, the soft and no-break hyphens, the number sign
// and the degree sign (№5, 5°C).
const GLUE_FREE = new Set([...'\u00a0\u00ad\u2009\u202f\u200b\u2011№°′″']);
// Apostrophes sit between letters (don’t, Жан’а); before a word with nothing before them they are quotes.
const APOSTROPHES = new Set([...'’ʼ']);
// One-letter words of Russian, Kazakh and English; other lone capitals are suspect.
const SINGLE_LETTER_WORDS = new Set([...'авикосуяәеai']);

type Script = 'latin' | 'latin-extended' | 'cyrillic' | 'cyrillic-foreign' | 'other';

const letterCost = buildLetterCosts();

/**
 * Scores how plausible `text` is as prose in tilmash's languages. The score works on letters and words, so
 * it separates code pages that put the same letters in different places: KZ-1048 against Windows-1251 (ә ғ
 * қ ң ө ұ ү һ against Serbian and Macedonian letters), KOI8-R against Windows-1251 (shuffled letters and
 * inverted case), UTF-16 in the wrong byte order (CJK ideographs), Mac Cyrillic against Windows-1251
 * (capitals turned into symbols).
 */
export function scoreTextPlausibility(text: string): Plausibility {
  let cost = 0;
  let words = 0;
  let badWords = 0;
  let oddSymbols = 0;
  const badWordSamples: string[] = [];
  let wordStart = -1;

  const closeWord = (end: number): void => {
    const word = text.slice(wordStart, end);
    wordStart = -1;
    words += 1;
    const verdict = scoreWord(word, /[.)]/.test(text[end] ?? ''));
    cost += verdict.cost;
    if (verdict.bad) {
      badWords += 1;
      if (badWordSamples.length < 5 && !badWordSamples.includes(word)) badWordSamples.push(word);
    }
  };

  // Sentence starts expect a capital: a wrong code page that turns capitals into symbols (Mac Cyrillic read
  // as Windows-1251 and back) leaves sentences starting with a small letter.
  let expectCapital = true;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isLetterCode(code, text, index)) {
      if (wordStart < 0) {
        wordStart = index;
        if (expectCapital && isSmallLetter(text, index)) cost += SMALL_SENTENCE_START_PENALTY;
        expectCapital = false;
      }
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of a pair, judged with the first
    if (wordStart >= 0) closeWord(index);
    if (code === 0x0a || ((code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026) && /\s/.test(text[index + 1] ?? ' '))) {
      expectCapital = true;
    } else if (code >= 0x30 && code <= 0x39) {
      expectCapital = false;
    }
    if (code < 0x80) continue; // ASCII digits, punctuation, spaces and layout controls cost nothing
    cost += symbolCost(text, index);
    if (!TYPOGRAPHIC.has(text[index]) && !/[\p{N}\p{Zs}]/u.test(text[index])) oddSymbols += 1;
  }
  if (wordStart >= 0) closeWord(text.length);
  return { cost, words, badWords, badWordSamples, oddSymbols };
}

/**
 * The cost of a non-ASCII character that is not a letter. Typographic signs are cheap where typography puts
 * them and dear where a wrong code page puts them: glued inside a word (`ж±мыс`), a closing sign glued before
 * a word (`»ндонезии`, `‰шін`), an opening quote glued after one.
 */
function symbolCost(text: string, index: number): number {
  const char = text[index];
  if (!TYPOGRAPHIC.has(char)) return /[\p{N}\p{Zs}]/u.test(char) ? TYPOGRAPHIC_COST : ODD_SYMBOL_COST;
  if (GLUE_FREE.has(char)) return TYPOGRAPHIC_COST;
  const before = isLetterAt(text, index - 1);
  const after = isLetterAt(text, index + 1);
  if (before && after) return APOSTROPHES.has(char) ? TYPOGRAPHIC_COST : TYPOGRAPHIC_COST + MISPLACED_SYMBOL_PENALTY;
  if (after && !OPENERS.has(char)) return TYPOGRAPHIC_COST + MISPLACED_SYMBOL_PENALTY;
  if (before && OPENERS.has(char) && !CLOSERS.has(char)) return TYPOGRAPHIC_COST + MISPLACED_SYMBOL_PENALTY;
  return TYPOGRAPHIC_COST;
}

function isCombiningMark(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe20 && code <= 0xfe2f);
}

function isSmallLetter(text: string, index: number): boolean {
  const char = text[index];
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

function scoreWord(word: string, followedByStop: boolean): { cost: number; bad: boolean } {
  let cost = 0;
  let latin = false;
  let cyrillic = false;
  let foreign = false;
  const lower = word.toLowerCase();
  for (const char of lower) {
    const code = char.codePointAt(0) ?? 0;
    const known = letterCost.get(char);
    if (known !== undefined) {
      // The common case, kept cheap: a letter of the three alphabets.
      cost += known;
      if (code < 0x80) latin = true;
      else cyrillic = true;
      continue;
    }
    if (isCombiningMark(code)) {
      cost += TYPOGRAPHIC_COST; // a combining mark (decomposed й, stress accents) belongs to its letter
      continue;
    }
    const script = scriptOf(char);
    if (script === 'latin' || script === 'latin-extended') latin = true;
    if (script === 'cyrillic' || script === 'cyrillic-foreign') cyrillic = true;
    if (script === 'cyrillic-foreign' || script === 'other') foreign = true;
    cost += script === 'latin-extended' ? LATIN_EXTENDED_COST : FOREIGN_LETTER_COST;
  }
  const mixed = latin && cyrillic;
  // Only a word with a capital in it can have one in the wrong place.
  const caseAnomaly = word !== lower && hasCaseAnomaly(word);
  if (mixed) cost += MIXED_SCRIPT_PENALTY;
  if (caseAnomaly) cost += CASE_ANOMALY_PENALTY;
  // A lone capital that is not a word (`Ц`, `Ф`) is a dash or quote turned into a letter; initials (`А.`)
  // are followed by a full stop, and so are not judged here.
  if (word.length === 1 && word !== lower && !SINGLE_LETTER_WORDS.has(lower) && !followedByStop) cost += LONE_CAPITAL_PENALTY;
  return { cost, bad: mixed || caseAnomaly || foreign };
}

/**
 * A word that starts with a small letter and has a capital later (`пРИВЕТ`, `моЯ`): what KOI8-R read as
 * Windows-1251 or Mac Cyrillic read as Windows-1251 make of ordinary words. Real words with inner capitals
 * start with a capital (`ҚазҰУ`, `McDonald`), so they pass.
 */
function hasCaseAnomaly(word: string): boolean {
  const first = word[0];
  const startsSmall = first === first.toLowerCase() && first !== first.toUpperCase();
  if (!startsSmall) return false;
  for (let index = 1; index < word.length; index += 1) {
    const char = word[index];
    if (char !== char.toLowerCase() && char === char.toUpperCase()) return true;
  }
  return false;
}

function scriptOf(lowerChar: string): Script {
  const code = lowerChar.codePointAt(0) ?? 0;
  if (code >= 0x61 && code <= 0x7a) return 'latin';
  if ((code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) return 'latin-extended';
  if (code >= 0x400 && code <= 0x52f) return letterCost.has(lowerChar) ? 'cyrillic' : 'cyrillic-foreign';
  return 'other';
}

function isLetterCode(code: number, text: string, index: number): boolean {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return true;
  if (code < 0x80) return false;
  if (code >= 0x410 && code <= 0x44f) return true; // the Russian core of Cyrillic, the common case
  const char = String.fromCodePoint(text.codePointAt(index) ?? code);
  return /[\p{L}\p{M}]/u.test(char);
}

function isLetterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return isLetterCode(text.charCodeAt(index), text, index);
}

function buildLetterCosts(): Map<string, number> {
  // One model for all three languages: a mixture, since one file holds all three. Each language's letters
  // keep their own frequencies; shared Cyrillic letters average Kazakh and Russian.
  const probability = new Map<string, number>();
  const add = (table: Readonly<Record<string, number>>, weight: number): void => {
    for (const [letter, percent] of Object.entries(table)) {
      probability.set(letter, (probability.get(letter) ?? 0) + (weight * percent) / 100);
    }
  };
  add(LETTER_PERCENT.en, 1);
  add(LETTER_PERCENT.kk, 0.5);
  add(LETTER_PERCENT.ru, 0.5);
  const costs = new Map<string, number>();
  for (const [letter, value] of probability) costs.set(letter, -Math.log(Math.max(value, LETTER_FLOOR)));
  return costs;
}
