import { hasSurrogate, isWordUnit } from './word-units.js';

/** What the document itself says about words split by hyphens. */
export interface HyphenEvidence {
  /** Lower-case letter runs that stand alone (no hyphen on either side), with counts. */
  standalone: Map<string, number>;
  /** Lower-case `left-right` pairs written with a hyphen and no space, with counts. */
  hyphenated: Map<string, number>;
}

/** Hyphen characters a line break can leave: ASCII hyphen-minus, U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN. */
export const HYPHENS = '-\u2010\u2011';
const WORD = /[\p{L}\p{M}]+/gu;

/** The spellings a document's hyphen decisions will ask about: whole words (`left`, `right`, `leftright`) and
 * hyphenated pairs (`left-right`), lower-cased. */
export interface HyphenQuestions {
  standalone: Set<string>;
  hyphenated: Set<string>;
}

/** True when `text` holds a hyphen a line break can leave: without one, a paragraph has no hyphen to decide. */
export function hasHyphen(text: string): boolean {
  return text.includes('-') || text.includes('\u2010') || text.includes('\u2011');
}

/**
 * Counts, over all paragraphs of a document, the words written whole and the pairs written with a hyphen, so
 * that `формирова-ние` is joined when `формирование` occurs elsewhere and `multi- party` keeps its hyphen when
 * `multi-party` does. With `only`, just the spellings asked about are counted (the others would never be read),
 * and nothing at all when no question is asked.
 */
export function collectHyphenEvidence(texts: Iterable<string>, only?: HyphenQuestions): HyphenEvidence {
  const standalone = new Map<string, number>();
  const hyphenated = new Map<string, number>();
  if (only && only.standalone.size === 0 && only.hyphenated.size === 0) return { standalone, hyphenated };
  const list = [...texts];
  if (only) {
    const lowers = list.map((text) => text.toLowerCase());
    if (!lowers.some(hasSurrogate)) return countAsked(lowers.join('\n'), only);
  }
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const text of list) {
    const lower = text.toLowerCase();
    const hyphens = hasHyphen(lower);
    for (let match = WORD.exec(lower); match; match = WORD.exec(lower)) {
      const word = match[0];
      if (!hyphens) {
        if (!only || only.standalone.has(word)) bump(standalone, word);
        continue;
      }
      const before = lower[match.index - 1];
      const after = lower[match.index + word.length];
      const hyphenAfter = after !== undefined && HYPHENS.includes(after);
      const touchesHyphen = (before !== undefined && HYPHENS.includes(before)) || hyphenAfter;
      if (!touchesHyphen && (!only || only.standalone.has(word))) bump(standalone, word);
      if (hyphenAfter) {
        const next = NEXT_WORD.exec(lower.slice(match.index + word.length + 1));
        if (next) {
          const pair = `${word}-${next[0]}`;
          if (!only || only.hyphenated.has(pair)) bump(hyphenated, pair);
        }
      }
    }
  }
  return { standalone, hyphenated };
}

const NEXT_WORD = /^[\p{L}\p{M}]+/u;

/**
 * The counts of the asked spellings only, found by searching for each in `lower` (the paragraphs lower-cased,
 * joined by line breaks; no character beyond the BMP) rather than by cutting every word: an occurrence counts
 * when it is a whole word, as the word pattern would cut it.
 */
function countAsked(lower: string, only: HyphenQuestions): HyphenEvidence {
  const standalone = new Map<string, number>();
  const hyphenated = new Map<string, number>();
  const isHyphen = (at: number) => at >= 0 && at < lower.length && HYPHENS.includes(lower[at]);
  const startsWord = (at: number) => at === 0 || !isWordUnit(lower.charCodeAt(at - 1));
  const endsWord = (at: number) => at >= lower.length || !isWordUnit(lower.charCodeAt(at));
  for (const word of only.standalone) {
    let count = 0;
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (startsWord(at) && endsWord(end) && !isHyphen(at - 1) && !isHyphen(end)) count++;
    }
    if (count > 0) standalone.set(word, count);
  }
  for (const pair of only.hyphenated) {
    const cut = pair.indexOf('-');
    const left = pair.slice(0, cut);
    const right = pair.slice(cut + 1);
    let count = 0;
    for (let at = lower.indexOf(left); at >= 0; at = lower.indexOf(left, at + 1)) {
      const hyphen = at + left.length;
      const next = hyphen + 1;
      if (startsWord(at) && isHyphen(hyphen) && lower.startsWith(right, next) && endsWord(next + right.length)) count++;
    }
    if (count > 0) hyphenated.set(pair, count);
  }
  return { standalone, hyphenated };
}
