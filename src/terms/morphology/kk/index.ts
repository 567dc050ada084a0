// TEMPORARY STUB written by the terms engineer so the dispatcher compiles before the Kazakh analyser lands.
// The Kazakh morphology engineer owns this file: replace it wholesale.

/** Dictionary form used as the grouping key (stub: lower-cased word). */
export function kazakhLemma(word: string): string {
  return word.toLowerCase();
}

/** Head noun with case and later endings removed, plural and possessive kept (stub: lower-cased word). */
export function kazakhIzafetHead(word: string): string {
  return word.toLowerCase();
}
