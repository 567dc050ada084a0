import type { Lang } from '../model/index.js';

// Words that join the parts of a multiword term without carrying its meaning ("philosophy OF power",
// "ветви государственной власти ПО ..."): compositional evidence compares content words only.
const FUNCTION_WORDS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'by', 'with', 'at', 'from', 'or', 'as']),
  ru: new Set(['и', 'в', 'во', 'на', 'по', 'с', 'со', 'к', 'ко', 'о', 'об', 'от', 'до', 'для', 'за', 'из', 'при', 'без', 'или']),
  kk: new Set(['және', 'мен', 'бен', 'пен', 'үшін', 'туралы', 'арқылы', 'немесе']),
};

export function isFunctionWord(word: string, lang: Lang): boolean {
  return FUNCTION_WORDS[lang].has(word);
}
