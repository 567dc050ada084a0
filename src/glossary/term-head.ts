import type { Lang } from '../model/index.js';
import { analyseRussianWord } from '../terms/morphology/ru/index.js';
import { isFunctionWord } from './function-words.js';

/**
 * The head word of a term key: the word the term names a kind of. Translations of a term keep its head
 * ("subject of power" ↔ "билік субъектісі" ↔ "субъект власти"), while two terms with the same words but other
 * heads are different terms ("власть субъекта" is the power of a subject). The term patterns fix where it is:
 * - English: the last word before "of" ("philosophy of power"), else the last word ("state power");
 * - Kazakh: the last word (noun phrases are head-final: "билік философиясы");
 * - Russian: the first word that is not an agreeing modifier ("государственная власть", "ветви власти").
 * The head is worked out per document and cached with its glossary evidence: a change here needs
 * `EVIDENCE_VERSION` (document-evidence.ts) bumped.
 */
export function termHead(key: string, lang: Lang): string {
  const words = key.split(' ').filter((word) => word.length > 0);
  if (words.length <= 1) return words[0] ?? '';
  if (lang === 'kk') return words[words.length - 1];
  if (lang === 'en') {
    const preposition = words.findIndex((word, at) => at > 0 && isFunctionWord(word, 'en'));
    const before = preposition === -1 ? words : words.slice(0, preposition);
    return before.filter((word) => !isFunctionWord(word, 'en')).pop() ?? words[words.length - 1];
  }
  for (const word of words) {
    if (isFunctionWord(word, 'ru')) continue;
    const reading = analyseRussianWord(word).readings[0];
    if (reading === undefined || reading.pos !== 'adj') return word;
  }
  return words[0];
}
