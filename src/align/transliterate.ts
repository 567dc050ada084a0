/**
 * Cross-script comparison keys for cognates and proper names: Kazakhstan ≈ Казахстан ≈ Қазақстан,
 * democracy ≈ демократия, Daley ≈ Дейли. Cyrillic (Russian and Kazakh letters) is romanised, then every word is
 * reduced to a consonant skeleton, because vowels are what transliteration conventions disagree on most
 * (ei/ей/ай, y/ы/и) and what Russian and Kazakh endings mostly consist of.
 */

/** Romanisation of Russian and Kazakh Cyrillic, chosen to meet English spelling of names half-way. */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ұ: 'u', ү: 'u', ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'yu', я: 'ya', і: 'i',
};

/** Lower-cases and romanises a word; Latin letters pass through (diacritics stripped). */
export function romanize(word: string): string {
  let out = romanMemo.get(word);
  if (out === undefined) {
    out = '';
    for (const ch of word.toLowerCase()) out += romanOfCharacter(ch);
    remember(romanMemo, word, out);
  }
  return out;
}

/**
 * Romanisation of one lower-case character: its canonical decomposition (NFD) mapped letter by letter, so й → i
 * and ё → e with the combining marks dropped. Decomposing character by character gives what decomposing the whole
 * word gives: canonical reordering only moves combining marks, and those map to nothing.
 */
function romanOfCharacter(ch: string): string {
  let out = characterMemo.get(ch);
  if (out === undefined) {
    out = '';
    for (const part of ch.normalize('NFD')) {
      const mapped = CYRILLIC_TO_LATIN[part];
      if (mapped !== undefined) out += mapped;
      else if (part >= 'a' && part <= 'z') out += part;
      // combining marks, digits and punctuation carry no cognate evidence
    }
    characterMemo.set(ch, out);
  }
  return out;
}

/** Romanisations of the characters seen (a few hundred at most). */
const characterMemo = new Map<string, string>();

/**
 * Memos of `romanize` and `consonantSkeleton` by input: the aligner and the glossary's word linking ask for the same
 * words again and again. Each forgets everything past `MEMO_LIMIT` entries, to bound memory on a large corpus.
 */
const romanMemo = new Map<string, string>();
const skeletonMemo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

function remember(memo: Map<string, string>, key: string, value: string): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

/**
 * Consonant skeleton of a romanised word. Spelling pairs that English and the Cyrillic languages render
 * differently are folded first (c → k/s, ph → f, x → ks, kh → h, w → v, j → zh, ck → k, doubled letters → one);
 * then vowels, `y` and `h` are dropped (Russian writes English h as г or х, and Kazakh drops it often).
 * Examples: "Kazakhstan" → "kzkstn", "Қазақстан" → "kzkstn", "Казахстан" → "kzstn", "democracy" → "dmkrs",
 * "демократия" → "dmkrt".
 */
export function consonantSkeleton(romanized: string): string {
  let skeleton = skeletonMemo.get(romanized);
  if (skeleton === undefined) remember(skeletonMemo, romanized, (skeleton = skeletonOf(romanized)));
  return skeleton;
}

function skeletonOf(romanized: string): string {
  const folded = romanized
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/kh/g, 'h')
    .replace(/sch/g, 'sh')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/j/g, 'zh')
    .replace(/th/g, 't')
    .replace(/zh/g, 'z')
    .replace(/ts/g, 's')
    .replace(/ch/g, 'c')
    .replace(/sh/g, 's');
  let out = '';
  for (const ch of folded) {
    if ('aeiouyh'.includes(ch)) continue;
    if (out.endsWith(ch)) continue;
    out += ch;
  }
  return out;
}

/**
 * Whether two consonant skeletons look like the same word across scripts, allowing for inflection: one is a prefix
 * of the other (Қазақстанның "kzkstnn" ~ "kzkstn"), or, for skeletons of five letters or more, one edit apart
 * after the longer is cut to the shorter's length + 1 (Казахстан "kzstn" ~ "kzkstn", демократия "dmkrt" ~
 * democracy "dmkrs"). Three letters must match exactly; shorter skeletons never count here, because short
 * skeletons collide by chance (state ~ сату).
 *
 * @returns 1 for a prefix match, 0.8 for a one-edit match, 0 otherwise.
 */
export function skeletonSimilarity(a: string, b: string): number {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length < 3) return 0;
  if (short.length === 3) return long.length <= 4 && long.startsWith(short) ? 1 : 0;
  if (long.startsWith(short)) return long.length - short.length <= 3 ? 1 : 0;
  if (short.length < 5) return 0;
  return withinOneEdit(short, long, short.length + 1) ? 0.8 : 0;
}

/**
 * Whether `a` and the first `limit` characters of `b` are at most one edit apart (Levenshtein), without building the
 * prefix or a distance row: this runs for every pair of similar-looking words.
 */
function withinOneEdit(a: string, b: string, limit: number): boolean {
  const m = a.length;
  const n = Math.min(b.length, limit);
  if (Math.abs(m - n) > 1) return false;
  let i = 0;
  while (i < m && i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === m && i === n) return true;
  // First difference at i: one substitution, one insertion or one deletion must make the rests equal.
  return restsEqual(a, m, i + 1, b, n, i + 1) || restsEqual(a, m, i + 1, b, n, i) || restsEqual(a, m, i, b, n, i + 1);
}

/** Whether a[from..m) equals b[to..n). */
function restsEqual(a: string, m: number, from: number, b: string, n: number, to: number): boolean {
  if (m - from !== n - to) return false;
  for (let k = 0; from + k < m; k++) if (a.charCodeAt(from + k) !== b.charCodeAt(to + k)) return false;
  return true;
}

/** Levenshtein distance with one reusable row (strings here are short skeletons). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const row = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
