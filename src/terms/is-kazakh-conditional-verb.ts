// Kazakh verbs in the conditional mood (болса "if it is", болмаса "if not, or else", кетсе "if it leaves"): never
// nouns, though the hunspell-kk list holds many such inflected forms as whole words.
import { kazakhReadings, type KazakhReading } from './morphology/kk/index.js';

/** The conditional ending -са/-се, which only verbs take: the cheap test before the readings are enumerated. */
const CONDITIONAL_END = /(?:са|се)$/u;
/**
 * Verb roots shorter than this are not trusted: two-letter roots split converbs and nouns by chance (қоса as
 * қо + са, жаса as жа + са).
 */
const MIN_ROOT_LENGTH = 3;

/** Verdicts per word: all readings are enumerated again for these words (the analyser keeps only the best). */
const memo = new Map<string, boolean>();
const MEMO_LIMIT = 100_000;

/**
 * Whether a Kazakh word (folded: lower case, Cyrillic) is a verb in the conditional mood: a listed verb root of at
 * least three letters, perhaps negated, and the ending -са/-се last (болса, болмаса, келсе). The analyser's best
 * reading of such a word is often the whole word as listed (hunspell-kk lists болмаса with noun flags), and then
 * the word would pass for a noun and make a one-word term ("trust / болмаса / доверие" beside "сенім болмаса").
 * A person ending after the conditional is not taken (-сақ/-сек also end nouns: саусақ). Memoised per word.
 */
export function isKazakhConditionalVerb(folded: string): boolean {
  if (!CONDITIONAL_END.test(folded)) return false;
  let verb = memo.get(folded);
  if (verb === undefined) {
    if (memo.size > MEMO_LIMIT) memo.clear();
    verb = kazakhReadings(folded).some(isConditionalReading);
    memo.set(folded, verb);
  }
  return verb;
}

function isConditionalReading(reading: KazakhReading): boolean {
  const last = reading.segments[reading.segments.length - 1];
  return (
    reading.category === 'V' &&
    reading.evidence === 'lexicon' &&
    reading.stem.length >= MIN_ROOT_LENGTH &&
    last?.id === 'conditional' &&
    reading.segments.every((segment) => segment.id === 'conditional' || segment.id === 'negation' || segment.id.startsWith('voice-'))
  );
}
