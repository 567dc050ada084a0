import { codePointAt, LETTER } from './code-point-class.js';
import { labelsOf, type LabelCategory } from './heading-words.js';

/** Case of a code point beyond the BMP: 0 uncased, 1 cased but not upper-case, 2 upper-case. */
const caseOfCodePoint = new Map<number, number>();
/** The same per BMP code unit, plus one (0: not yet worked out): a table read per character, no string each. */
const caseOfUnit = new Uint8Array(0x10000);

function caseOf(code: number): number {
  // ASCII by arithmetic; other letters once each, by the same rule.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? 2 : code >= 0x61 && code <= 0x7a ? 1 : 0;
  if (code <= 0xffff) {
    const known = caseOfUnit[code];
    if (known !== 0) return known - 1;
    const found = caseByMapping(String.fromCharCode(code));
    caseOfUnit[code] = found + 1;
    return found;
  }
  let found = caseOfCodePoint.get(code);
  if (found === undefined) caseOfCodePoint.set(code, (found = caseByMapping(String.fromCodePoint(code))));
  return found;
}

/** Uncased when upper- and lower-casing agree, else upper-case when upper-casing keeps it. */
function caseByMapping(ch: string): number {
  const up = ch.toUpperCase();
  return ch.toLowerCase() === up ? 0 : ch === up ? 2 : 1;
}

/** Share of upper-case among cased letters, and how many cased letters there are. */
function caseProfile(plain: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < plain.length; i++) {
    const code = codePointAt(plain, i);
    if (code > 0xffff) i++;
    const found = caseOf(code);
    if (found === 0) continue;
    letters++;
    if (found === 2) upper++;
  }
  return { letters, upper };
}

/** `THE PHILOSOPHY OF POWER`: journals set titles in capitals. Short all-caps tokens (`USA`, `ҚазҰУ`) are not enough. */
export function isAllCaps(plain: string): boolean {
  const { letters, upper } = caseProfile(plain);
  return letters >= 8 && upper / letters >= 0.9 && /\p{L}{2,}[\s\p{P}]+\p{L}{2,}/u.test(plain);
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;

const wordRegexes = new Map<string, RegExp>();

/**
 * Any word of `category` at a word start (so `университет` also finds `университетінің`), or as a whole word
 * when `whole` (a place name inflected, `Қазақстандағы`, belongs to a title rather than an address).
 */
function hasWord(plain: string, category: LabelCategory, whole = false): boolean {
  const key = `${category}:${whole}`;
  let regex = wordRegexes.get(key);
  if (!regex) {
    const words = [...labelsOf(category).keys()].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    regex = new RegExp(`(?<![\\p{L}])(?:${words.join('|')})${whole ? '(?![\\p{L}])' : ''}`, 'iu');
    wordRegexes.set(key, regex);
  }
  return regex.test(plain);
}

/**
 * An affiliation line: an e-mail address or ORCID, an institution, degree or position word
 * (`src/lang/<lang>/heading-words.ts`), or a short address naming a place (`Almaty, Kazakhstan`). Long lines
 * without an address are titles or sentences that happen to mention a university.
 */
export function looksLikeAffiliation(plain: string): boolean {
  if (EMAIL.test(plain) || /\be-?\s?mail\b/i.test(plain) || /\borcid\b/i.test(plain)) return true;
  const words = wordCount(plain, 20);
  if (words <= 5 && (plain.includes(',') || words <= 2) && hasWord(plain, 'places', true)) return true;
  return words <= 20 && hasWord(plain, 'affiliation');
}

/** Connectives that may join author names (`A. Smith and B. Jones`). */
const NAME_JOINERS = new Set(['and', 'және', 'и', '&']);
/** Function words of Title Case titles (`That Was Really Bad`, `The Role Of`): never part of a name. */
const TITLE_WORDS = new Set(
  'a an the of in on at to for from with by as is was are were be been it its this that these those what why how when who not no but or so up out over into about after before under between new'.split(' '),
);
/** Most words a person's name has (given names, patronymic, surname) between commas. */
const MAX_NAME_WORDS = 4;

/**
 * An author line: a few capitalised names and initials (`Suleimen Dinmammed*1`, `А.Б. Сейітов, Ж.К. Омарова`),
 * footnote marks and commas allowed, nothing that reads like a sentence.
 */
export function looksLikeAuthorLine(plain: string): boolean {
  const tokens = plain
    .replace(/[\d¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜ*†‡§#,;()]+/g, ' ')
    .split(/\s+/)
    .filter((t) => t !== '' && !NAME_JOINERS.has(t.toLowerCase()));
  if (tokens.length === 0 || tokens.length > 12) return false;
  if (tokens.some((token) => TITLE_WORDS.has(token.toLowerCase()))) return false;
  // Names come a few words at a time, between commas or joiners; a long comma-free run is a Title Case title.
  const chunks = plain.split(/,|;|\s(?:and|және|и|&)\s/);
  if (chunks.some((chunk) => chunk.replace(/[\d¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§#()]+/g, ' ').trim().split(/\s+/).length > MAX_NAME_WORDS)) return false;
  // Initials (`A.`, `А.Б.`, `Ж.-Қ.`, transliterated `Zh.K.`), capitalised names, hyphenated names (`Al-Farabi`,
  // `Мұхамед-Әли`): a single
  // lower-case word makes it a sentence or a title instead.
  return tokens.every(
    (token) =>
      /^(?:\p{Lu}\p{Ll}?\.-?){1,3}(?:\p{Lu}[\p{Ll}'’]+)?$/u.test(token) || /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u.test(token),
  );
}

/** A journal's running matter rather than article content: UDC/IRSTI codes, DOI, ISSN, bare URLs. */
export function looksLikeMetadata(plain: string): boolean {
  return /^(?:УДК|UDC|ӘОЖ|ӘӨЖ|МРНТИ|IRSTI|ХҒТАР|ГРНТИ|МҒТАР|DOI|ISSN|https?:\/\/|www\.)/iu.test(plain.trim());
}

/** Ends like a sentence (full stop, not an initial or abbreviation of one letter). */
export function endsLikeSentence(plain: string): boolean {
  const t = plain.trim();
  return /[.!;]$/.test(t) && !/(?:^|\s)\p{L}\.$/u.test(t);
}

/**
 * Number of words (letter runs) in a text. With `atMost`, counting stops past it: callers that compare the count
 * with a bound get the same answer without reading a long paragraph to its end.
 */
export function wordCount(plain: string, atMost = Infinity): number {
  return LETTER.runs(plain, atMost);
}
