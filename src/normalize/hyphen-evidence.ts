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
 * The counts of the asked spellings only, from one pass over `lower` (the paragraphs lower-cased, joined by line
 * breaks; no character beyond the BMP): every word is hashed while it is read, and only a word (or a hyphenated
 * pair) whose hash an asked spelling has is cut out and looked up. Searching the text for each asked spelling in
 * turn cost a pass per spelling, and a PDF-extracted article asks about hundreds.
 */
function countAsked(lower: string, only: HyphenQuestions): HyphenEvidence {
  const standalone = new Map<string, number>();
  const hyphenated = new Map<string, number>();
  const standaloneHashes = new Set([...only.standalone].map(hashOf));
  const pairHashes = new Set([...only.hyphenated].map(hashOf));
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const length = lower.length;
  let at = 0;
  while (at < length) {
    if (!isWordUnit(lower.charCodeAt(at))) {
      at++;
      continue;
    }
    // A word as the word pattern cuts it: a maximal run of letters and marks.
    const start = at;
    let hash = EMPTY_HASH;
    do hash = hashStep(hash, lower.charCodeAt(at++));
    while (at < length && isWordUnit(lower.charCodeAt(at)));
    const hyphenBefore = start > 0 && isHyphenCode(lower.charCodeAt(start - 1));
    const hyphenAfter = at < length && isHyphenCode(lower.charCodeAt(at));
    if (!hyphenBefore && !hyphenAfter && standaloneHashes.has(hash & SMALL)) {
      const word = lower.slice(start, at);
      if (only.standalone.has(word)) bump(standalone, word);
    }
    if (hyphenAfter && at + 1 < length && isWordUnit(lower.charCodeAt(at + 1))) {
      // Any of the hyphens is asked about as `-`.
      let pair = hashStep(hash, HYPHEN_MINUS);
      let end = at + 1;
      do pair = hashStep(pair, lower.charCodeAt(end++));
      while (end < length && isWordUnit(lower.charCodeAt(end)));
      if (pairHashes.has(pair & SMALL)) {
        const key = `${lower.slice(start, at)}-${lower.slice(at + 1, end)}`;
        if (only.hyphenated.has(key)) bump(hyphenated, key);
      }
    }
  }
  return { standalone, hyphenated };
}

const HYPHEN_MINUS = 0x2d;
const HYPHEN_CODES = [...HYPHENS].map((hyphen) => hyphen.charCodeAt(0));

function isHyphenCode(code: number): boolean {
  return HYPHEN_CODES.includes(code);
}

/** FNV-1a over UTF-16 units, kept to 30 bits (small integers in a `Set`). */
const EMPTY_HASH = 0x811c9dc5 | 0;
const SMALL = 0x3fffffff;

function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

function hashOf(text: string): number {
  let hash = EMPTY_HASH;
  for (let i = 0; i < text.length; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash & SMALL;
}
