import type { Bead, Lang } from '../model/index.js';

/** A reference-list item number at the start of an item: `1.`, `12)`, `[3]`. */
const ITEM_NUMBER = /^\s*\[?(\d{1,4})[.)\]]/;

/** The item number of each reference, or null when an item is not numbered. */
export function referenceNumbers(items: readonly string[]): Array<number | null> {
  return items.map((item) => {
    const match = ITEM_NUMBER.exec(item);
    return match ? Number(match[1]) : null;
  });
}

/**
 * Aligns reference lists by their item numbers when every language's list is numbered with strictly increasing
 * numbers: items with the same number form a bead; a number missing in a language leaves that side empty
 * (flagged `unpaired` when only one language has it). Returns null when some list is not numbered that way, so the
 * caller falls back to sentence alignment. Reference lists are often kept in one script and order across the
 * translations, so the numbers are better evidence than lengths.
 */
export function alignReferencesByNumber(items: Partial<Record<Lang, readonly string[]>>): Bead[] | null {
  const langs = (Object.keys(items) as Lang[]).filter((lang) => (items[lang]?.length ?? 0) > 0);
  if (langs.length < 2) return null;
  const numbered = new Map<Lang, Map<number, number>>();
  for (const lang of langs) {
    const numbers = referenceNumbers(items[lang]!);
    const byNumber = new Map<number, number>();
    let last = -Infinity;
    for (let i = 0; i < numbers.length; i++) {
      const n = numbers[i];
      if (n === null || n <= last) return null;
      last = n;
      byNumber.set(n, i);
    }
    numbered.set(lang, byNumber);
  }
  const all = [...new Set(langs.flatMap((lang) => [...numbered.get(lang)!.keys()]))].sort((x, y) => x - y);
  return all.map((n) => {
    const bead: Bead = { en: [], kk: [], ru: [], score: 1, flags: [] };
    let present = 0;
    for (const lang of langs) {
      const index = numbered.get(lang)!.get(n);
      if (index !== undefined) {
        bead[lang].push(index);
        present++;
      }
    }
    if (present < langs.length) bead.score = present > 1 ? 0.9 : 0.5;
    if (present === 1) bead.flags.push('unpaired');
    return bead;
  });
}
