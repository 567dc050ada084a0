import { acronymOf } from './acronyms.js';
import { MAX_TERM_WORDS } from './max-term-words.js';
import { englishLemmaKey } from './morphology/en/index.js';
import type { WordToken } from './tokenize-words.js';

/**
 * Names that Kazakh and Russian text keeps in another spelling than its own: acronyms (АҚШ, США, NTS) and names
 * written in Latin letters (Brexit, Toyota UK, Global Citizen, The Power of Nutrition). The Cyrillic finders
 * have no morphology for them: they are names as written, keyed as the English finder keys the same words, so
 * that a Latin name in Kazakh or Russian text has the key of the identical English name.
 */
export interface ForeignName {
  /** Token indices, inclusive. */
  from: number;
  to: number;
  /** The words as written (endings after a hyphen dropped: Toyota-ның is Toyota). */
  words: string[];
  /** Key per word: an acronym's letters, else the English lemma key of a Latin word. */
  wordKeys: string[];
  /** The ending written after the last word (Kazakh case endings: "ның" of Toyota-ның), "" when bare. */
  ending: string;
}

/** Latin letters only (with inner hyphens or apostrophes: O'Neill, Jae-in). */
const LATIN_WORD = /^\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*$/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
/** A hyphen (or apostrophe) before a Cyrillic ending: Toyota-ның, Brexit-ке. */
const CYRILLIC_ENDING = /[-‐‑'’](\p{Script=Cyrillic}+)$/u;

/**
 * Short lower-case words inside Latin names ("The Power of Nutrition", "Bank of America", "Charles de Gaulle"):
 * they join the capitalised words of a name but never begin or end one.
 */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'den', 'da', 'del', 'di', 'y']);

/** What one token is to a foreign name: it may start one (a name), or only continue one. */
interface Piece {
  kind: 'name' | 'word' | 'connector';
  written: string;
  key: string;
  ending: string;
}

function pieceOf(text: string, acronymsAllowed: boolean): Piece | null {
  const acronym = acronymsAllowed ? acronymOf(text) : null;
  // A Cyrillic acronym is a foreign name too (АҚШ, США): the finders' morphology would lower-case and stem it.
  if (acronym !== null) return { kind: 'name', written: acronym.letters, key: acronym.letters, ending: acronym.ending };
  const cyrillicEnding = CYRILLIC_ENDING.exec(text);
  const written = cyrillicEnding ? text.slice(0, cyrillicEnding.index) : text;
  if (!LATIN_WORD.test(written)) return null;
  const ending = cyrillicEnding ? cyrillicEnding[1] : '';
  if (CAPITAL_FIRST.test(written)) return { kind: 'name', written, key: englishLemmaKey(written), ending };
  const lower = written.toLowerCase();
  if (NAME_CONNECTORS.has(lower)) return ending === '' ? { kind: 'connector', written, key: lower, ending } : null;
  return { kind: 'word', written, key: englishLemmaKey(lower), ending };
}

/**
 * The foreign names of a Kazakh or Russian sentence, in order and not overlapping: runs of Latin words that
 * start with a capitalised word or an acronym (Toyota UK, Global citizen, The Power of Nutrition), joined by
 * white space, and Cyrillic acronyms alone (АҚШ, США). Only the last word of a name may carry a Cyrillic ending;
 * a name never ends in a connector ("of"). Lower-case Latin words alone ("soprano") and runs of more than
 * `MAX_TERM_WORDS` words (a quotation) are not names. In a sentence written in capitals no word is an acronym
 * (pass `acronymsAllowed` false).
 */
export function foreignNames(tokens: readonly WordToken[], acronymsAllowed: boolean): ForeignName[] {
  const pieces = tokens.map((token) => pieceOf(token.text, acronymsAllowed));
  const names: ForeignName[] = [];
  let k = 0;
  while (k < tokens.length) {
    const first = pieces[k];
    if (first === null || first.kind !== 'name') {
      k++;
      continue;
    }
    // Latin words run on; a Cyrillic acronym stands alone (БҰҰ Бас Ассамблеясы is Kazakh after БҰҰ).
    const latin = LATIN_WORD.test(first.written);
    let end = k;
    let probe = k;
    while (latin && pieces[probe]!.ending === '' && probe + 1 < tokens.length && tokens[probe + 1].joined) {
      const next = pieces[probe + 1];
      if (next === null || !LATIN_WORD.test(next.written)) break;
      probe++;
      if (next.kind !== 'connector') end = probe;
    }
    const from = k;
    const picked = pieces.slice(from, end + 1) as Piece[];
    k = end + 1;
    // A longer run of Latin words is a quotation or a title, not a name (terms have at most MAX_TERM_WORDS words).
    if (picked.length > MAX_TERM_WORDS) continue;
    names.push({ from, to: end, words: picked.map((p) => p.written), wordKeys: picked.map((p) => p.key), ending: picked[picked.length - 1].ending });
  }
  return names;
}
