/** Longest character n-gram the profiles use. Orders 1–4 with word-boundary marks are the classic trade-off
 * (Cavnar & Trenkle): 5-grams add little on sentences and make the shipped profile much larger. */
export const MAX_NGRAM = 4;

/**
 * Letters-only words of `text`, lower-cased. Digits, punctuation and symbols carry no language signal and are
 * dropped, so a line like `2019 — 5%` yields no words at all.
 */
export function letterWords(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * Calls `visit` for every character n-gram (orders 1…`MAX_NGRAM`) of `word` padded with a space on each side,
 * so word starts and ends (Kazakh suffixes, Russian endings) become features of their own.
 */
export function forEachNgram(word: string, visit: (gram: string, order: number) => void): void {
  const padded = ` ${word} `;
  for (let order = 1; order <= MAX_NGRAM; order++) {
    for (let i = 0; i + order <= padded.length; i++) {
      const gram = padded.slice(i, i + order);
      // A lone boundary mark says nothing about the language.
      if (gram === ' ') continue;
      visit(gram, order);
    }
  }
}
