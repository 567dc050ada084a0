export { englishLemmaKey, readsAsNoun } from './english-lemma-key.js';
export { tagEnglishText, type EnglishToken } from './tag-english-text.js';
export { wink, winkProbe } from './wink.js';
