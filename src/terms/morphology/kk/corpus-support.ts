// Stems the corpus itself attests: a stem that is the context-free key of several distinct corpus words is a stem
// of the language being read, whatever the dictionary lists (`қатын` beside `қатыны`, `қатынын`; `өзге` beside
// `өзгелері`, `өзгені`). Used to break the ties the word list cannot (a root that looks like stem + ending).

/** Corpus evidence for stems: how many distinct corpus words (other than a given one) have the stem as key. */
export interface StemSupport {
  /** Number of distinct corpus words, other than `word`, whose context-free key is `stem`. */
  count(stem: string, word: string): number;
}

/**
 * Builds stem support from the distinct folded Kazakh words of a corpus and a context-free key function.
 * Words the key function leaves unchanged add nothing; the rest vote for their key.
 */
export function buildStemSupport(words: Iterable<string>, keyOf: (word: string) => string): StemSupport {
  const voters = new Map<string, Set<string>>();
  for (const word of new Set(words)) {
    const key = keyOf(word);
    if (key === word) continue;
    let set = voters.get(key);
    if (set === undefined) voters.set(key, (set = new Set()));
    set.add(word);
  }
  return {
    count(stem, word) {
      const set = voters.get(stem);
      if (set === undefined) return 0;
      return set.size - (set.has(word) ? 1 : 0);
    },
  };
}
