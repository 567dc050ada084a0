// The analysis of one plain Kazakh word (no hyphen): enumerate segmentations, resolve stems, keep the cheapest.
import { compareReadings, scoreReading, type KazakhReading } from './choose-analysis.js';
import { enumerateSegmentations } from './enumerate-analyses.js';
import type { KazakhLexicon } from './lexicon.js';
import { resolveStem } from './resolve-stem.js';

/** All readings of `word` (folded, Cyrillic), best first. The bare word is always among them. */
export function readingsOf(word: string, lexicon: KazakhLexicon): KazakhReading[] {
  const readings: KazakhReading[] = [];
  for (const segmentation of enumerateSegmentations(word)) {
    const resolved = resolveStem(segmentation, lexicon);
    if (resolved === null) continue;
    readings.push({
      stem: resolved.stem,
      stemSurface: segmentation.stemSurface,
      category: segmentation.category,
      segments: segmentation.segments,
      evidence: resolved.evidence,
      cost: scoreReading(segmentation, resolved),
    });
  }
  penaliseInflectedListings(readings, lexicon);
  return readings.sort(compareReadings);
}

/**
 * The stem list also holds inflected forms (`адамның`, `анасы`, `көзі`), so a listed stem that itself reads as a
 * listed stem plus reliable endings is weaker evidence than a plain stem: between `көзі + міз` and `көз + іміз`
 * the shorter stem should win, while `өнім` (not `өн` + `ім`) keeps its full weight.
 */
const INFLECTED_LISTING_COST = 0.5;
/** A reading that scores this or less (endings plus stem costs) makes the listed stem suspect. */
const RELIABLE_ENDINGS = -0.4;

function looksInflected(stem: string, lexicon: KazakhLexicon, memo: Map<string, boolean>): boolean {
  let result = memo.get(stem);
  if (result === undefined) {
    result = false;
    for (const segmentation of enumerateSegmentations(stem)) {
      if (segmentation.category !== 'N' || segmentation.segments.length === 0) continue;
      const resolved = resolveStem(segmentation, lexicon);
      if (resolved !== null && resolved.evidence === 'lexicon' && scoreReading(segmentation, resolved) <= RELIABLE_ENDINGS) {
        result = true;
        break;
      }
    }
    memo.set(stem, result);
  }
  return result;
}

const inflectedMemo = new WeakMap<KazakhLexicon, Map<string, boolean>>();

function penaliseInflectedListings(readings: KazakhReading[], lexicon: KazakhLexicon): void {
  let memo = inflectedMemo.get(lexicon);
  if (memo === undefined) inflectedMemo.set(lexicon, (memo = new Map()));
  for (const reading of readings) {
    if (reading.evidence !== 'lexicon' || reading.category !== 'N') continue;
    if (looksInflected(reading.stem, lexicon, memo)) reading.cost += INFLECTED_LISTING_COST;
  }
}

/** The best reading of `word` (folded, Cyrillic). */
export function bestReading(word: string, lexicon: KazakhLexicon): KazakhReading {
  const [best] = readingsOf(word, lexicon);
  return best;
}
