// Scores the readings of a word and keeps the cheapest: attested stems first, reliable endings stripped, short
// roots protected.
import { countVowels } from './letters.js';
import { hasImpossibleStemEnd } from './stem-phonotactics.js';
import type { MorphSegment, Segmentation } from './enumerate-analyses.js';
import type { ResolvedStem } from './resolve-stem.js';

/** A full reading of a word. */
export interface KazakhReading {
  /** Dictionary stem (lower case): the lexeme key. */
  stem: string;
  /** The stem as written in the word. */
  stemSurface: string;
  category: 'N' | 'V';
  segments: MorphSegment[];
  evidence: ResolvedStem['evidence'];
  cost: number;
}

/** Cost of a stem by its support. An unlisted stem must be paid for by reliable endings to win. */
export const EVIDENCE_COST: Record<ResolvedStem['evidence'], number> = { lexicon: 0, russian: 0.5, derived: 1.0, loan: 1.8, none: 2.5 };

/**
 * Short roots (`ақ`, `ел`, `ас`) are where over-stemming does most harm: a two-letter stem must be earned by
 * endings that cannot belong to the root.
 */
function shortStemCost(stem: string, evidence: ResolvedStem['evidence']): number {
  if (stem.length <= 2) return evidence === 'lexicon' ? 0.4 : 2;
  if (stem.length === 3 && evidence !== 'lexicon') return 0.8;
  if (countVowels(stem) === 0) return 3;
  return 0;
}

/** A reading that leaves a stem no Kazakh word ends so (see stem-phonotactics.ts) pays this much more. */
const IMPOSSIBLE_STEM_END_COST = 1;

/** Total cost of a reading; lower is better. */
export function scoreReading(segmentation: Segmentation, resolved: ResolvedStem): number {
  let cost = EVIDENCE_COST[resolved.evidence] + shortStemCost(resolved.stem, resolved.evidence);
  for (const segment of segmentation.segments) cost += segment.cost;
  if (resolved.restoredVowel) cost += 0.1;
  if (segmentation.segments.length > 0 && (hasImpossibleStemEnd(resolved.stem) || resolved.rareEnd === true)) cost += IMPOSSIBLE_STEM_END_COST;
  // A verb reading competes with a nominal one only when it is clearly better (nouns matter for terms), and a
  // two-letter verb root (`то-п`, `жо-р-ға`) almost never beats a listed noun.
  if (segmentation.category === 'V') cost += resolved.stem.length <= 2 ? 0.8 : 0.4;
  return cost;
}

/** Orders readings: cost, then the longer stem (the more conservative cut), then fewer suffixes. */
export function compareReadings(a: KazakhReading, b: KazakhReading): number {
  if (Math.abs(a.cost - b.cost) > 1e-9) return a.cost - b.cost;
  if (a.stem.length !== b.stem.length) return b.stem.length - a.stem.length;
  return a.segments.length - b.segments.length;
}
