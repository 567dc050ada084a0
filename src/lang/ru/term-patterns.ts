// Russian noun-phrase patterns for term candidates (OpenCorpora tags as az assigns them).
// A term is agreeing modifiers + a head noun, optionally followed by a genitive noun phrase
// ("философия власти", "ветви государственной власти") or a name in the nominative ("Республика Казахстан").

/** Tags of words that modify a noun and agree with it: full adjectives and full participles. */
export const RUSSIAN_MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJF', 'PRTF']);

/** Most agreeing modifiers before a head noun ("новая политическая элита"). */
export const RUSSIAN_MAX_MODIFIERS = 3;

/** Case of the noun phrase that may follow a head and belong to the term. */
export const RUSSIAN_TAIL_CASE = 'gent';

/** OpenCorpora grammemes of names: place, first name, surname, patronymic, organisation, trade mark. */
export const RUSSIAN_PROPER_GRAMMEMES: readonly string[] = ['Geox', 'Name', 'Surn', 'Patr', 'Orgn', 'Trad'];
