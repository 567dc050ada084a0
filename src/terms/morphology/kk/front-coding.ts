// Front coding of a sorted word list: each word stores how many leading letters it shares with the previous one.
// It halves the generated stem module and decodes in one pass.

/** Shared-prefix lengths are written as one character from this alphabet (0-35), never a Cyrillic letter. */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Encodes sorted `words` as `<prefix-length-char><rest>` entries separated by a space. */
export function encodeFrontCoded(words: readonly string[]): string {
  const parts: string[] = [];
  let previous = '';
  for (const word of words) {
    let shared = 0;
    const limit = Math.min(previous.length, word.length, DIGITS.length - 1);
    while (shared < limit && previous[shared] === word[shared]) shared++;
    parts.push(DIGITS[shared] + word.slice(shared));
    previous = word;
  }
  return parts.join(' ');
}

/** Decodes a string made by {@link encodeFrontCoded} back into the word list, in order. */
export function decodeFrontCoded(encoded: string): string[] {
  if (encoded === '') return [];
  const words: string[] = [];
  let previous = '';
  for (const part of encoded.split(' ')) {
    const shared = DIGITS.indexOf(part[0]);
    const word = previous.slice(0, shared) + part.slice(1);
    words.push(word);
    previous = word;
  }
  return words;
}
