/** The parts of a journal article that tilmash aligns, per language. */
export const SECTION_KINDS = ['title', 'abstract', 'keywords', 'body', 'references'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];
