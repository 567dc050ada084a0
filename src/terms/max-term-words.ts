/** Longest term candidate, in words (connecting words such as "of" count): the issue asks for 1-4. */
export const MAX_TERM_WORDS = 4;
