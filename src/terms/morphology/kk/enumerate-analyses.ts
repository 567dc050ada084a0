// Right-to-left suffix stripping: every way to read a word as stem + a well-ordered chain of inflections.
import { isVowel } from './letters.js';
import { MAX_SUFFIX_LENGTH, morphemesWithSurface, type Category, type Morpheme, type MorphemeId } from './suffixes.js';

/** One stripped suffix as written in the word. */
export interface MorphSegment {
  id: MorphemeId;
  surface: string;
  /** Slot of the morpheme (see suffixes.ts): 6 plural, 7 possessive, 8 case, 9 attributive, 10 person. */
  slot: number;
  /** The morpheme turns a verb into a nominal (a participle). */
  nominalises: boolean;
  vowelInitial: boolean;
  cost: number;
}

/** A segmentation before the stem is checked against the lexicon. */
export interface Segmentation {
  /** The stem as written in the word (`биліг` in `билігі`). */
  stemSurface: string;
  /** `N` nominal stem, `V` verb root. */
  category: 'N' | 'V';
  /** Suffixes left to right. */
  segments: MorphSegment[];
}

/** The longest chain tried; real words rarely carry more than five inflections. */
const MAX_DEPTH = 7;

function hasVowel(text: string): boolean {
  for (const letter of text) if (isVowel(letter)) return true;
  return false;
}

/**
 * Lists every segmentation of `word` (lower-case Cyrillic) allowed by the morpheme slots, including the bare word.
 * Stems keep at least two letters and one vowel, so the guard against stripping a root to nothing is structural.
 */
export function enumerateSegmentations(word: string): Segmentation[] {
  const out: Segmentation[] = [];
  const walk = (current: string, category: Category, maxSlot: number, right: Morpheme | null, chain: MorphSegment[]): void => {
    const required = right?.requiresLeft;
    if (required === undefined && (category === 'N' || category === 'V')) {
      out.push({ stemSurface: current, category, segments: chain });
    }
    if (chain.length >= MAX_DEPTH) return;
    const longest = Math.min(MAX_SUFFIX_LENGTH, current.length - 2);
    for (let length = 1; length <= longest; length++) {
      const surface = current.slice(current.length - length);
      const candidates = morphemesWithSurface(category, surface);
      if (candidates.length === 0) continue;
      const left = current.slice(0, current.length - length);
      if (!hasVowel(left)) continue;
      for (const morpheme of candidates) {
        if (morpheme.slot >= maxSlot) continue;
        if (required !== undefined && !required.includes(morpheme.id)) continue;
        if (right?.forbidsLeft?.includes(morpheme.id)) continue;
        if (!morpheme.forms(left).includes(surface)) continue;
        const segment: MorphSegment = {
          id: morpheme.id,
          surface,
          slot: morpheme.slot,
          nominalises: morpheme.attach === 'V' && morpheme.produce === 'N',
          vowelInitial: morpheme.vowelInitial,
          cost: morpheme.surfaceCost?.[surface] ?? morpheme.cost,
        };
        walk(left, morpheme.attach, morpheme.slot, morpheme, [segment, ...chain]);
      }
    }
  };
  walk(word, 'N', Number.POSITIVE_INFINITY, null, []);
  walk(word, 'F', Number.POSITIVE_INFINITY, null, []);
  return out;
}
