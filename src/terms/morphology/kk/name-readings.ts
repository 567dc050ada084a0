// Readings of a capitalised word read as a name: the accusative -ды/-ті is as reliable on a name as -ны is
// after a vowel, since a name forms no "having" adjective in -ды/-ті (docs/kazakh-morphology.md §9).
import type { KazakhReading } from './choose-analysis.js';

/** What the accusative -ды/-ді/-ты/-ті saves on a name: the cost of -ны (-0.8) rather than -ды's (-0.2). */
const NAME_ACCUSATIVE_BONUS = 0.6;

const CONSONANT_ACCUSATIVE = new Set(['ды', 'ді', 'ты', 'ті']);

/**
 * Makes the accusative after a consonant as cheap on a name as after a vowel, so an unlisted name in the
 * accusative keeps its letters: `Ресейді` is `Ресей` + ді, `Пекинді` `Пекин` + ді, `Трампты` `Трамп` + ты, not a
 * stem in д/т with the possessive -і/-ы, which a name seldom takes. Changes the readings' costs in place.
 */
export function favourNameAccusative(readings: KazakhReading[]): void {
  for (const reading of readings) {
    const last = reading.segments[reading.segments.length - 1];
    if (reading.category === 'N' && last?.id === 'accusative' && CONSONANT_ACCUSATIVE.has(last.surface)) {
      reading.cost -= NAME_ACCUSATIVE_BONUS;
    }
  }
}
