export { englishLemmaKey, readsAsName, readsAsNoun } from './english-lemma-key.js';
export { tagEnglishText, type TaggedText } from './tag-english-text.js';
export { wink, winkProbe } from './wink.js';
