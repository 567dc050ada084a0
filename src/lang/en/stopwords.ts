// English stop words for term extraction: function words and the general vocabulary of academic prose that
// never makes a term on its own or at the edge of one ("the", "such", "various", "paper", "article").
// Lower-case, one per line.

// Function words: never part of a term.
const FUNCTION_WORDS = `
a about above according across after again against all almost along already also although always among
an and another any anyone anything are around as at be because been before being below between both but by
can cannot could did do does doing done down during each either else enough etc even ever every
few for from further had has have having he her here hers herself him himself his how however i if in into
is it its itself just least less many may me might more most much must my myself neither no nor not now of
off often on once one only or other others otherwise our ours ourselves out over own per perhaps rather
same several shall she should since so some such than that the their theirs them themselves then there
therefore these they this those though through thus to too toward towards under until up upon us very via
was we were what whatever when where whereas whether which while who whom whose why will with within
without would yet you your yours yourself yourselves
`;

// General vocabulary of academic prose: nouns and adjectives that make no term of their own, though a name
// may hold them ("General Assembly", "New York", "Second World War").
const GENERAL_WORDS = `
article articles paper papers study studies author authors work works way ways case cases example examples
number numbers part parts kind kinds type types lot lots thing things time times year years fact facts
result results conclusion conclusions purpose aim use basis order addition respect regard terms
various certain different same new main general particular specific important necessary possible
current present given following above-mentioned various whole entire first second third last next
`;

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);
const FUNCTION_SET: ReadonlySet<string> = new Set(words(FUNCTION_WORDS));

/** English general-vocabulary stop words (lower-case): no term on their own, but a word of a name. */
export const ENGLISH_GENERAL_STOPWORDS: ReadonlySet<string> = new Set(words(GENERAL_WORDS).filter((word) => !FUNCTION_SET.has(word)));

/** English stop words (lower-case): function words and general vocabulary. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set([...FUNCTION_SET, ...ENGLISH_GENERAL_STOPWORDS]);
