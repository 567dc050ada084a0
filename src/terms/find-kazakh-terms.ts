import { KAZAKH_STOPWORDS } from '../lang/kk/stopwords.js';
import {
  KAZAKH_ADJECTIVE_ENDINGS,
  KAZAKH_AUXILIARY_ROOTS,
  KAZAKH_GENITIVE_ENDINGS,
  KAZAKH_LYQ_ENDINGS,
  KAZAKH_PLAIN_ADJECTIVES,
  KAZAKH_VERB_ENDINGS,
} from '../lang/kk/term-patterns.js';
import { analyseKazakhWord, kazakhLemma } from './morphology/kk/index.js';
import type { SentenceTerms } from './sentence-terms.js';
import { MAX_TERM_WORDS } from './max-term-words.js';
import { tokenizeWords, type WordToken } from './tokenize-words.js';

const KAZAKH_WORD = /^[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)*$/u;
/** The possessive of the 3rd person that marks the head of an izafet ("философиясы", "тармақтары"). */
const POSSESSIVE_3 = /(?:сы|сі|ы|і)$/u;

interface Word {
  token: WordToken;
  lower: string;
  key: string;
  /** Head form for an izafet (possessive kept, case removed). */
  izafetHead: string;
  /** Uninflected: the word is its own dictionary form, so it can modify the next word. */
  bare: boolean;
  /** Surely an adjective: a modifier, never a head. */
  adjective: boolean;
  /** An uninflected -лық word the document never inflects: an adjective before a noun, a noun at the end. */
  lyq: boolean;
  /** In the genitive case: can own a possessive later in the sentence. */
  genitive: boolean;
}

function looksLikeVerb(lower: string, bare: boolean): boolean {
  // Uninflected words need to be longer: short nouns end like participles (мекен, заман).
  return lower.length >= (bare ? 6 : 5) && KAZAKH_VERB_ENDINGS.some((ending) => lower.endsWith(ending) && lower.length - ending.length >= 2);
}

function isAuxiliary(lower: string): boolean {
  const analysis = analyseKazakhWord(lower);
  return analysis.reading?.category === 'V' || looksLikeVerb(lower, analysis.lemma === lower)
    ? KAZAKH_AUXILIARY_ROOTS.some((root) => analysis.lemma === root || (lower.startsWith(root) && lower.length > root.length + 1))
    : false;
}

function endsWithAny(lower: string, endings: readonly string[]): boolean {
  return lower.length >= 5 && endings.some((ending) => lower.endsWith(ending));
}

/**
 * Keys the document uses in an inflected form (a case, plural or possessive ending): such a word is a noun even
 * when it ends like an adjective (билік: биліктің, билігі; -лық words are abstract nouns and adjectives alike).
 */
export function kazakhInflectedKeys(sentences: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const sentence of sentences) {
    for (const token of tokenizeWords(sentence)) {
      const lower = token.text.toLowerCase();
      if (!KAZAKH_WORD.test(lower)) continue;
      const key = kazakhLemma(lower);
      if (key !== lower) keys.add(key);
    }
  }
  return keys;
}

function toWord(token: WordToken, nounKeys: ReadonlySet<string>): Word | null {
  const lower = token.text.toLowerCase();
  if (lower.length < 2 || !KAZAKH_WORD.test(lower) || KAZAKH_STOPWORDS.has(lower)) return null;
  const analysis = analyseKazakhWord(lower);
  const key = analysis.lemma;
  if (KAZAKH_STOPWORDS.has(key)) return null;
  // Verb forms (finite, participles, converbs, even with case endings: бұзғандарға) are not term words.
  if (analysis.reading?.category === 'V' && analysis.reading.segments.length > 0) return null;
  const bare = key === lower;
  if (looksLikeVerb(lower, bare)) return null;
  const adjective = bare && (KAZAKH_PLAIN_ADJECTIVES.has(lower) || endsWithAny(lower, KAZAKH_ADJECTIVE_ENDINGS));
  const lyq = bare && !nounKeys.has(key) && endsWithAny(lower, KAZAKH_LYQ_ENDINGS);
  return { token, lower, key, izafetHead: analysis.izafetHead, bare, adjective, lyq, genitive: !bare && endsWithAny(lower, KAZAKH_GENITIVE_ENDINGS) };
}

/**
 * Kazakh term candidates of one sentence: chains of uninflected modifiers (adjectives or nouns) ending in a
 * noun, the head in any form ("мемлекеттік билік", "билік философиясы", "қазіргі қоғамындағы"). Canonical
 * form: modifiers as they are (they are in the dictionary form already) and the head via `kazakhLemma`, or via
 * `kazakhIzafetHead` when the phrase is an izafet (noun + noun with the 3rd-person possessive), which keeps
 * the possessive: "Қазақстан Республикасының" → "қазақстан республикасы".
 *
 * @param nounKeys keys the document inflects (see `kazakhInflectedKeys`)
 */
export function findKazakhTerms(sentence: string, nounKeys: ReadonlySet<string>): SentenceTerms {
  const tokens = tokenizeWords(sentence);
  const words = tokens.map((token) => toWord(token, nounKeys));
  // A word in -а/-е/-й right before an auxiliary verb form is a converb (қалыптаса бастады).
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (words[k] && /[аей]$/u.test(words[k]?.lower ?? '') && tokens[k + 1].joined && isAuxiliary(tokens[k + 1].text.toLowerCase())) {
      words[k] = null;
    }
  }
  const result: SentenceTerms = { matches: [], caseSamples: [], singularKeys: [] };
  tokens.forEach((token, index) => {
    const lower = token.text.toLowerCase();
    if (KAZAKH_WORD.test(lower)) result.caseSamples.push({ key: kazakhLemma(lower), text: token.text, initial: index === 0 });
  });

  for (let j = 0; j < words.length; j++) {
    const head = words[j];
    // An adjective is a modifier, not a term head ("саяси" alone is not a term; "саясат" is); a -лық word
    // right before another word modifies it (мемлекеттік билік), at the end of a chain it is a noun.
    if (!head || head.adjective || (head.lyq && words[j + 1]?.token.joined)) continue;
    const genitiveBefore = (from: number) => words.slice(0, from).some((w) => w?.genitive);
    const possessiveHead = head.izafetHead !== head.key && POSSESSIVE_3.test(head.izafetHead);
    for (let i = j; i >= 0 && j - i < MAX_TERM_WORDS; i--) {
      if (i < j) {
        const modifier = words[i];
        // A genitive right before a possessive head is the full izafet (биліктің элементтері, Қазақстанның
        // Конституциясы); it is written bare in the dictionary form (билік элементтері).
        const genitiveIzafet = i === j - 1 && possessiveHead && modifier?.genitive === true;
        if (!modifier || (!modifier.bare && !genitiveIzafet) || !words[i + 1]?.token.joined) break;
        // Adjectives come before noun modifiers in a Kazakh noun phrase: a noun right before an adjective is
        // not part of its phrase (институт | жетекші саяси жүйеге: the subject, then the predicate).
        if (!modifier.adjective && !modifier.lyq && words[i + 1]?.adjective) break;
      }
      const picked = words.slice(i, j + 1) as Word[];
      const canonical = picked.map((w) => (w.bare ? w.lower : w.key));
      const before = picked.length >= 2 ? picked[picked.length - 2] : null;
      // N + N-POSS is an izafet; an -лық word before a possessive head is one too (билік философиясы), unless
      // a genitive earlier in the sentence owns the possessive (елдің экономикалық дамуы: экономикалық даму).
      const izafet =
        before !== null &&
        !before.adjective &&
        !(before.lyq && genitiveBefore(i)) &&
        possessiveHead;
      canonical[canonical.length - 1] = izafet ? head.izafetHead : head.key;
      result.matches.push({
        key: picked.map((w) => w.key).join(' '),
        canonical,
        headKey: head.key,
        surfaceWords: picked.map((w) => w.token.text),
        surface: sentence.slice(tokens[i].start, tokens[j].end),
        wordKeys: picked.map((w) => w.key),
      });
    }
  }
  return result;
}
