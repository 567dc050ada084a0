import type { Lang } from '../model/index.js';
import { LANGS } from '../model/index.js';

/** What the rule needs of a term: its key and its head word (empty for a name, which has none). */
export interface ElaborationTerm {
  key: string;
  head: string;
}

/** An entry as the rule sees it: its term per language, null for a gap. */
export type ElaborationEntry = Record<Lang, ElaborationTerm | null>;

/**
 * Whether `longer` is `shorter` with modifiers added, in every language of `longer`: the shorter key is a
 * contiguous part of the longer one and both have the same head ("leading political system" of "political
 * system", "билік субъектісі" of "субъект"). A head that differs is a new term built on the shorter one ("branch
 * of state power" is headed by branch), and names have no head to keep ("Greg Clark" is not a kind of Clark).
 */
export function elaborates(longer: ElaborationEntry, shorter: ElaborationEntry): boolean {
  let languages = 0;
  for (const lang of LANGS) {
    const long = longer[lang];
    if (long === null) continue;
    const short = shorter[lang];
    if (short === null || short.head === '' || long.head !== short.head || long.key === short.key) return false;
    if (!` ${long.key} `.includes(` ${short.key} `)) return false;
    languages++;
  }
  return languages > 0;
}

/**
 * Within each run of entries that the ranking cannot tell apart (`sameTier`), an entry that only adds modifiers
 * to an entry ranked above it (see `elaborates`) moves after the others, in order: its translation is mostly
 * that entry's, already in front of the reviewer, so it tells less than a term not seen yet. Returns a new
 * array; the order between tiers is unchanged.
 */
export function deferElaborations<T>(
  ranked: readonly T[],
  sameTier: (p: T, q: T) => boolean,
  sides: (item: T) => ElaborationEntry,
): T[] {
  const result: T[] = [];
  // Entries ranked so far, by the keys of their terms, so that each candidate's shorter parts are looked up.
  const earlier = new Map<string, ElaborationEntry[]>();
  const remember = (item: T) => {
    const entry = sides(item);
    for (const lang of LANGS) {
      const term = entry[lang];
      if (term === null) continue;
      const key = `${lang}:${term.key}`;
      const list = earlier.get(key);
      if (list) list.push(entry);
      else earlier.set(key, [entry]);
    }
  };
  const isElaboration = (item: T) => {
    const entry = sides(item);
    const lang = LANGS.find((l) => entry[l] !== null);
    if (lang === undefined) return false;
    const words = entry[lang]!.key.split(' ');
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 1; to <= words.length; to++) {
        if (to - from === words.length) continue;
        for (const shorter of earlier.get(`${lang}:${words.slice(from, to).join(' ')}`) ?? []) {
          if (elaborates(entry, shorter)) return true;
        }
      }
    }
    return false;
  };
  for (let start = 0; start < ranked.length; ) {
    let end = start + 1;
    while (end < ranked.length && sameTier(ranked[start], ranked[end])) end++;
    const tier = ranked.slice(start, end);
    const deferred = tier.map(isElaboration);
    result.push(...tier.filter((_, i) => !deferred[i]), ...tier.filter((_, i) => deferred[i]));
    for (const item of tier) remember(item);
    start = end;
  }
  return result;
}
