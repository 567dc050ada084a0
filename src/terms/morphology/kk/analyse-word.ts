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
  return readings.sort(compareReadings);
}

/** The best reading of `word` (folded, Cyrillic). */
export function bestReading(word: string, lexicon: KazakhLexicon): KazakhReading {
  const [best] = readingsOf(word, lexicon);
  return best;
}
