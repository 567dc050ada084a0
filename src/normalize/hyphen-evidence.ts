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
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const text of texts) {
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
