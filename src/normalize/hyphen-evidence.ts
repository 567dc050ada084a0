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

/**
 * Counts, over all paragraphs of a document, the words written whole and the pairs written with a hyphen, so
 * that `формирова-ние` is joined when `формирование` occurs elsewhere and `multi- party` keeps its hyphen when
 * `multi-party` does.
 */
export function collectHyphenEvidence(texts: Iterable<string>): HyphenEvidence {
  const standalone = new Map<string, number>();
  const hyphenated = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const text of texts) {
    const lower = text.toLowerCase();
    for (let match = WORD.exec(lower); match; match = WORD.exec(lower)) {
      const before = lower[match.index - 1];
      const after = lower[match.index + match[0].length];
      const touchesHyphen = (before !== undefined && HYPHENS.includes(before)) || (after !== undefined && HYPHENS.includes(after));
      if (!touchesHyphen) bump(standalone, match[0]);
      if (after !== undefined && HYPHENS.includes(after)) {
        const next = /^[\p{L}\p{M}]+/u.exec(lower.slice(match.index + match[0].length + 1));
        if (next) bump(hyphenated, `${match[0]}-${next[0]}`);
      }
    }
  }
  return { standalone, hyphenated };
}
