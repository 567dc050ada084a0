import { MAX_NGRAM } from './char-ngrams.js';
import { foldLookalikesForLid } from './fold-lookalikes.js';
import { ALPHA } from './train-profiles.js';
import type { LidProfiles, ProfileId } from './types.js';
import { EMPTY_HASH, hashStep, WordScoreTable } from './word-score-table.js';

/** Letters scored at most: a few hundred characters decide the language; whole body paragraphs need not be read. */
const MAX_LETTERS = 600;

/** Words whose scores are kept per profile set (about fifty bytes each with the profiles of the shipped set);
 * past this the table starts afresh, so a worker holds a few megabytes of it at most however large the corpus. */
const MAX_MEMO_WORDS = 50_000;

/** One letter, the class `letterWords` cuts words of (`\p{L}+` with the `u` flag: a letter beyond the BMP is a
 * surrogate pair and counts as one). */
const LETTER = /^\p{L}$/u;

/**
 * Per UTF-16 code unit outside the surrogates: 1 for a letter, 2 for any other character, 0 before it is first
 * seen. Cutting words with the `\p{L}+` pattern was most of the time of scoring a text (a match array per word);
 * a table read per character finds the same runs, and a text meets a few dozen distinct characters only.
 */
const letterUnits = new Uint8Array(0x10000);
/** The same for code points beyond the BMP (rare: mathematical letters, emoji). */
const astralLetters = new Map<number, boolean>();

function isLetterUnit(code: number): boolean {
  let known = letterUnits[code];
  if (known === 0) letterUnits[code] = known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

function isAstralLetter(codePoint: number): boolean {
  let known = astralLetters.get(codePoint);
  if (known === undefined) astralLetters.set(codePoint, (known = LETTER.test(String.fromCodePoint(codePoint))));
  return known;
}

/** Code units of the letter (one, or a surrogate pair) at `at` of `text`, or 0 when none starts there. A lone
 * surrogate is no letter, as for the pattern. */
function letterLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdfff) return isLetterUnit(code) ? 1 : 0;
  if (code > 0xdbff || at + 1 >= text.length) return 0;
  const low = text.charCodeAt(at + 1);
  if (low < 0xdc00 || low > 0xdfff) return 0;
  return isAstralLetter(0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)) ? 2 : 0;
}

/**
 * Per profile set, the scores of every (lower-cased) word met: running text repeats its words, and cutting,
 * folding and looking up each n-gram again was most of the scoring time; a text's score is then one addition per
 * word and profile. The scores depend on the word and the profiles only, so the table can never serve another
 * document a stale answer.
 */
const wordScores = new WeakMap<LidProfiles, WordScoreTable>();

/**
 * Per profile set, a number for every character its n-grams use (0 for the others), and the smoothed
 * log-probability rows of every n-gram any profile has, laid end to end in `rows` and found by n-gram number:
 * an n-gram's number is its characters' numbers as digits, so a new word's n-grams are looked up without cutting
 * a string for each. A character no profile has makes every n-gram holding it unknown, as are n-grams not in
 * `rowOf`: no profile has them.
 */
interface GramIndex {
  ids: Uint16Array;
  base: number;
  rowOf: Map<number, number>;
  rows: Float64Array;
}

const gramIndexes = new WeakMap<LidProfiles, GramIndex>();

function gramIndexOf(profiles: LidProfiles): GramIndex {
  const known = gramIndexes.get(profiles);
  if (known) return known;
  const { langs } = profiles;
  const width = langs.length;
  const ids = new Uint16Array(0x10000);
  let base = 1;
  for (const id of langs) {
    for (const gram of profiles.profiles[id]!.counts.keys()) {
      for (let i = 0; i < gram.length; i++) {
        const code = gram.charCodeAt(i);
        if (ids[code] === 0) ids[code] = base++;
      }
    }
  }
  const numberOf = (gram: string) => {
    let key = 0;
    for (let i = 0; i < gram.length; i++) key = key * base + ids[gram.charCodeAt(i)];
    return key;
  };
  // Every n-gram of any profile gets a row of smoothed log-probabilities (a profile that lacks the n-gram scores
  // it with a count of 0), written straight into one array rather than a small array per n-gram.
  const rowOf = new Map<number, number>();
  const orders: number[] = [];
  for (const id of langs) {
    for (const gram of profiles.profiles[id]!.counts.keys()) {
      const key = numberOf(gram);
      if (!rowOf.has(key)) {
        rowOf.set(key, orders.length);
        orders.push(gram.length);
      }
    }
  }
  const rows = new Float64Array(orders.length * width);
  langs.forEach((id, k) => {
    const { counts, totals } = profiles.profiles[id]!;
    const logOf = (count: number, order: number) => Math.log((count + ALPHA) / (totals[order] + ALPHA * profiles.vocabulary[order]));
    const unseen = Array.from({ length: MAX_NGRAM + 1 }, (_, order) => logOf(0, order));
    for (let row = 0; row < orders.length; row++) rows[row * width + k] = unseen[orders[row]];
    for (const [gram, count] of counts) rows[rowOf.get(numberOf(gram))! * width + k] = logOf(count, gram.length);
  });
  const index = { ids, base, rowOf, rows };
  gramIndexes.set(profiles, index);
  return index;
}

/** Sums the log-probabilities of the n-grams of `raw` per profile, and counts them, into a new entry of `table`. */
function scoreNewWord(profiles: LidProfiles, table: WordScoreTable, raw: string, hash: number): number {
  const entry = table.add(raw, hash);
  const { width, scores } = table;
  const sums = entry * table.stride;
  let grams = 0;
  const { ids, base, rowOf, rows } = gramIndexOf(profiles);
  // The n-grams of `forEachNgram`, in its order (orders 1…MAX_NGRAM, left to right), so the sums are the same.
  const padded = ` ${foldLookalikesForLid(raw)} `;
  for (let order = 1; order <= MAX_NGRAM; order++) {
    for (let i = 0; i + order <= padded.length; i++) {
      if (order === 1 && padded.charCodeAt(i) === 0x20) continue;
      let key = 0;
      for (let k = 0; k < order && key >= 0; k++) {
        const id = ids[padded.charCodeAt(i + k)];
        key = id === 0 ? -1 : key * base + id;
      }
      if (key < 0) continue;
      const row = rowOf.get(key);
      if (row === undefined) continue;
      grams++;
      const at = row * width;
      for (let k = 0; k < width; k++) scores[sums + k] += rows[at + k];
    }
  }
  scores[sums + width] = grams;
  return entry;
}

/** Per-language log-likelihood of a text and the number of n-grams that counted. */
export interface LanguageScores {
  scores: Partial<Record<ProfileId, number>>;
  grams: number;
}

/** Characters of a text read at first (cut after the next space): running text holds `MAX_LETTERS` letters in
 * well under this many, so a long paragraph is lower-cased and composed only as far as it is read. */
const FIRST_CHARS = 1200;

/**
 * Multinomial naive-Bayes log-likelihood of `text` under each profile. N-grams that no profile has seen are
 * skipped: they say nothing about the language but would favour the profile with the smallest total.
 */
export function scoreLanguages(profiles: LidProfiles, text: string): LanguageScores {
  let memo = wordScores.get(profiles);
  if (!memo) wordScores.set(profiles, (memo = new WordScoreTable(profiles.langs.length, MAX_MEMO_WORDS)));
  // A prefix cut right after a space composes and lower-cases to a prefix of the whole text's form (no
  // composition, reordering or final-sigma context crosses a space), so its words are the whole text's first
  // words; only when the prefix runs out before the letter limit is a longer one read.
  for (let want = FIRST_CHARS; ; want *= 4) {
    const cut = want >= text.length ? text.length : cutAfterSpace(text, want);
    const scored = scorePrefix(profiles, memo, text.slice(0, cut), cut === text.length);
    if (scored) return scored;
  }
}

/** The offset just after the first space, tab or line break at or after `from` (the text's length if none). */
function cutAfterSpace(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a || code === 0x09) return i + 1;
  }
  return text.length;
}

/** The scores from `prefix`, or null when it ends before the letter limit and is not the whole text. */
function scorePrefix(profiles: LidProfiles, memo: WordScoreTable, prefix: string, whole: boolean): LanguageScores | null {
  const width = profiles.langs.length;
  const sums = new Float64Array(width);
  let grams = 0;
  let letters = 0;
  let stopped = false;
  // The words of `letterWords(text)`, cut lazily: only the first few hundred letters are read.
  const lower = prefix.normalize('NFC').toLowerCase();
  const length = lower.length;
  let at = 0;
  for (;;) {
    let step = 0;
    while (at < length && (step = letterLength(lower, at)) === 0) at++;
    if (at >= length) break;
    if (letters > MAX_LETTERS) {
      stopped = true;
      break;
    }
    const start = at;
    let hash = EMPTY_HASH;
    do {
      hash = hashStep(hash, lower.charCodeAt(at));
      if (step === 2) hash = hashStep(hash, lower.charCodeAt(at + 1));
      at += step;
    } while (at < length && (step = letterLength(lower, at)) !== 0);
    letters += at - start;
    let entry = memo.find(lower, start, at, hash);
    if (entry < 0) entry = scoreNewWord(profiles, memo, lower.slice(start, at), hash);
    const { scores } = memo;
    const from = entry * memo.stride;
    grams += scores[from + width];
    for (let k = 0; k < width; k++) sums[k] += scores[from + k];
  }
  if (!stopped && !whole && letters <= MAX_LETTERS) return null;
  const scores: Partial<Record<ProfileId, number>> = Object.fromEntries(profiles.langs.map((lang, k) => [lang, sums[k]]));
  return { scores, grams };
}
