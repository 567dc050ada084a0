// English noun-phrase patterns for term candidates (Universal POS tags as wink-nlp assigns them).
// A term is a run of modifiers ending in a head noun, optionally "head of run" ("philosophy of power").

/** Parts of speech that may modify a head noun inside a term ("state power", "modern society"). */
export const ENGLISH_MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);

/** Parts of speech of a term's head. */
export const ENGLISH_HEAD_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** Prepositions that join two noun phrases into one term ("philosophy of power", "separation of powers"). */
export const ENGLISH_TERM_CONNECTORS: ReadonlySet<string> = new Set(['of']);

/** Articles: a word right after one is a noun even when the tagger says adjective ("the subject of power"). */
export const ENGLISH_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
