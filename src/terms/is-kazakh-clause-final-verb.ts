// Clause-final Kazakh verbs: a word before punctuation that reads nearly as well as a finite verb is the predicate.
import { kazakhReadings, type KazakhReading } from './morphology/kk/index.js';

/** Last segments of finite verb forms and clause-closing converbs (айналды, қарастырылады, реттеп). */
const FINITE_SEGMENTS: ReadonlySet<string> = new Set(['past', 'present-3', 'verb-person', 'converb-p', 'imperative-3']);
/**
 * A verb reading this much dearer than the best reading still wins at the end of a clause (Kazakh is verb-final).
 * Checked on the UD Kazakh dev forms: a wider margin takes -ды accusatives (міндетті, жерді) for verbs.
 */
const CLAUSE_FINAL_VERB_MARGIN = 0.3;

/** All readings are enumerated again for these words (the analyser keeps only the best): remember the verdict. */
const clauseFinalVerbMemo = new Map<string, boolean>();
const MEMO_LIMIT = 100_000;

/**
 * Whether a word (folded: lower case, Cyrillic) that closes a clause is the predicate: it reads nearly as well as a
 * finite verb. Kazakh puts the verb last, and the analyser prefers nouns (`айналды` reads as the accusative of
 * `айнал`, `бастады` is a listed form), so its best reading alone misses them. Memoised per word.
 */
export function isKazakhClauseFinalVerb(folded: string): boolean {
  let verb = clauseFinalVerbMemo.get(folded);
  if (verb === undefined) {
    if (clauseFinalVerbMemo.size > MEMO_LIMIT) clauseFinalVerbMemo.clear();
    verb = readsAsFiniteVerb(kazakhReadings(folded));
    clauseFinalVerbMemo.set(folded, verb);
  }
  return verb;
}

/**
 * A 2nd-person ending (-ң, -сың, -сыз) is rare in written prose, and its -ң reading would take genitives for
 * verbs (жылдың: past + 2nd person).
 */
function isSecondPerson(reading: KazakhReading): boolean {
  const last = reading.segments[reading.segments.length - 1];
  return last?.id === 'verb-person' && /^[ңс]/u.test(last.surface);
}

function readsAsFiniteVerb(readings: readonly KazakhReading[]): boolean {
  const best = readings[0];
  if (best === undefined) return false;
  return readings.some(
    (reading) =>
      reading.category === 'V' &&
      reading.stem.length >= 3 &&
      !isSecondPerson(reading) &&
      reading.cost <= best.cost + CLAUSE_FINAL_VERB_MARGIN &&
      FINITE_SEGMENTS.has(reading.segments[reading.segments.length - 1]?.id ?? ''),
  );
}

