// Intensive reduplication of adjectives: the first syllable of the word, closed by п (or м), is written before it
// with a hyphen: `тап-таза` "spotless", `қап-қара`, `ап-анық`, `жап-жасыл`, `қып-қызыл`. The pair is the adjective
// intensified; its lexeme is the adjective.
import { isVowel } from './letters.js';

/**
 * Whether `head` (the part before the hyphen) intensifies `word`: `head` is `word` up to and including its first
 * vowel, followed by п or м (`тап` + `таза`, `ап` + `анық`).
 */
export function isIntensivePrefix(head: string, word: string): boolean {
  if (head.length < 2 || word.length <= head.length - 1) return false;
  const closing = head[head.length - 1];
  if (closing !== 'п' && closing !== 'м') return false;
  const opening = head.slice(0, -1);
  if (!isVowel(opening[opening.length - 1]) || [...opening.slice(0, -1)].some(isVowel)) return false;
  return word.startsWith(opening) && word[opening.length] !== closing;
}
