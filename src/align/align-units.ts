import { LANGS, type Bead, type Lang } from '../model/index.js';
import { alignPair, type SpanBead } from './align-pair.js';
import { pairPosteriors } from './pair-posteriors.js';
import { alignTriple, tubeFromPairs } from './align-triple.js';
import { pairBeadTypes, tripleBeadTypes, TRIPLE_WEIGHTS, type BeadType } from './bead-types.js';
import { composeThroughPivot } from './compose-pivot.js';
import {
  beadAgreement,
  beadEvidence,
  confidence,
  CONFIDENCE_MODEL,
  PAIR_CONFIDENCE_MODEL,
  PAIR_REVIEW_THRESHOLD,
  REVIEW_THRESHOLD,
  type BeadEvidence,
} from './score-confidence.js';
import { cognateIndex, linkCognates, type CognateIndex } from './find-cognates.js';
import { isLexiconStem, learnLexiconIds } from './learn-lexicon.js';
import { lengthModel } from './length-constants.js';
import { emptyTokenTable, internTokens, lexicalMatchOf, type TokenTable } from './lexical-match.js';
import { makePairScorer, PAIR_WEIGHTS, scalePairWeights, type PairScorer } from './score-pair.js';
import type { AlignOptions } from './types.js';
import { unitFeatures, type UnitFeatures } from './unit-features.js';

/** Default half-width of the joint search tube, in units (on ntrex-dev 2, 3 and 6 give the same beads). */
export const TUBE_HALF_WIDTH = 2;

/**
 * Weight of each language pair's cost in a 3-way bead, by pair of axes. Kazakh–Russian weighs a little more: it is
 * the only direct evidence between the two translations, which share many loanwords. Measured on ntrex-dev, 3-way
 * F1 for a Kazakh–Russian weight of 0.8 / 1 / 1.2 / 1.4 / 2: 0.914 / 0.918 / 0.923 / 0.920 / 0.902.
 */
export const TRIPLE_PAIR_SCALE: Record<string, number> = { '0,1': 1, '0,2': 1, '1,2': 1.2 };

/** Everything the searches need about one document: languages in axis order and their unit features. */
export interface AlignInput {
  langs: Lang[];
  features: UnitFeatures[][];
  /** The features' tokens as integer ids, per axis (shared by every pair and both passes). */
  tokens: TokenTable[];
  seeds: Array<Partial<Record<Lang, UnitFeatures>>>;
  /** Cognate links per pair of axes (`a,b`), filled on first use. */
  cognates: Map<string, Array<[string, string]>>;
  /** Words of each axis indexed for cognate search, filled on first use. */
  cognateIndexes: Array<CognateIndex | undefined>;
}

/** Pair scorers of every pair of axes (a < b), keyed `a,b`. */
type Scorers = Map<string, PairScorer>;

/**
 * Aligns the units (sentences, keyword items…) of up to three languages and returns beads in document order: every
 * unit of every given language appears in exactly one bead, and indices increase from bead to bead.
 * Three languages are aligned jointly (see `alignTriple`), two pairwise, one passes through (a bead per unit).
 * Languages with no units are treated as absent. Evidence: unit lengths (Gale–Church, per-pair constants),
 * numbers, punctuation, cognates and names across scripts, and a lexicon learned from seeds and the confident beads
 * of a first pass. Each bead gets a confidence score in [0, 1] and flags (`low-confidence`, `unpaired`).
 */
export function alignUnits(units: Partial<Record<Lang, readonly string[]>>, options: AlignOptions = {}): Bead[] {
  return alignUnitsWithEvidence(units, options).beads;
}

/**
 * `alignUnits` that also returns the confidence evidence of every bead (for fitting the confidence model; the
 * evidence of pass-through beads is empty).
 */
export function alignUnitsWithEvidence(
  units: Partial<Record<Lang, readonly string[]>>,
  options: AlignOptions = {},
): { beads: Bead[]; evidence: BeadEvidence[] } {
  const langs = LANGS.filter((lang) => (units[lang]?.length ?? 0) > 0);
  if (langs.length === 0) return { beads: [], evidence: [] };
  if (langs.length === 1) {
    // One language passes through, a bead per unit: nothing to compare, so no features are extracted.
    return { beads: units[langs[0]]!.map((_, i) => toBead(langs, { starts: [i], ends: [i + 1], cost: 0 }, 1, [])), evidence: [] };
  }
  const features = langs.map((lang) => units[lang]!.map((text) => unitFeatures(text, lang)));
  const input: AlignInput = {
    langs,
    features,
    tokens: features.map(internTokens),
    seeds: (options.seedPairs ?? []).map((seed) => {
      const features: Partial<Record<Lang, UnitFeatures>> = {};
      for (const lang of langs) if (seed[lang]) features[lang] = unitFeatures(seed[lang]!, lang);
      return features;
    }),
    cognates: new Map(),
    cognateIndexes: [],
  };
  const method = options.method ?? 'joint';
  const threshold = options.reviewThreshold ?? (langs.length === 2 ? PAIR_REVIEW_THRESHOLD : REVIEW_THRESHOLD);
  let scorers = makeScorers(input, [], method === 'length');
  let result = search(input, scorers, method, options.tubeHalfWidth ?? TUBE_HALF_WIDTH);
  if (method !== 'length' && options.lexiconPass !== false) {
    // Confident beads: those every independent pairwise alignment agrees with (a rule of its own, so refitting the
    // confidence model does not move the lexicon).
    const agreed = beadAgreement(result.beads, result.pairwise, langs.length).map((agreement) => (agreement === 1 ? 1 : 0));
    scorers = makeScorers(input, lexiconEvidence(input, result.beads, agreed, 1), false, scorers);
    // The second pass searches near the first pass's beads: the lexicon moves beads locally. The joint search of
    // three languages follows the first pass's 3-way beads itself; pairwise searches follow their projections.
    const guides = new Map<string, SpanBead[]>();
    const guided = langs.length === 2 ? ['0,1'] : method === 'joint' ? [] : ['0,1', '0,2'];
    for (const key of guided) {
      const [a, b] = key.split(',').map(Number);
      guides.set(key, projectSpans(result.beads, a, b));
    }
    result = search(input, scorers, method, options.tubeHalfWidth ?? TUBE_HALF_WIDTH, guides, result);
  }
  const evidence = beadEvidence(result.beads, result.pairwise, input, scorers);
  if (langs.length === 2) {
    // Two languages have no independent alignment to agree with: the bead's posterior probability under the pair
    // model takes the place of the agreement.
    const discount = loneDiscount(input);
    const posteriors = pairPosteriors(scorers.get('0,1')!, pairTypes(input, 0, 1), result.beads, discount);
    evidence.forEach((e, b) => (e.agreement = posteriors[b]));
  }
  const beads = result.beads.map((bead, b) => {
    const score = confidence(evidence[b], langs.length === 2 ? PAIR_CONFIDENCE_MODEL : CONFIDENCE_MODEL);
    const flags: string[] = [];
    if (score < threshold) flags.push('low-confidence');
    if (bead.starts.filter((s, axis) => bead.ends[axis] > s).length === 1) flags.push('unpaired');
    return toBead(langs, bead, score, flags);
  });
  return { beads, evidence };
}

/** The beads of a search and the pairwise alignments it started from (kept as evidence for the confidence). */
export interface SearchResult {
  beads: SpanBead[];
  /** Pairwise alignments keyed `a,b` (axes). */
  pairwise: Map<string, SpanBead[]>;
}

function search(
  input: AlignInput,
  scorers: Scorers,
  method: AlignOptions['method'],
  halfWidth: number,
  guides?: ReadonlyMap<string, SpanBead[]>,
  previous?: SearchResult,
): SearchResult {
  const n = input.features.map((f) => f.length);
  const pairwise = new Map<string, SpanBead[]>();
  const alignKey = (key: string, guide?: readonly SpanBead[]): SpanBead[] => {
    const [a, b] = key.split(',').map(Number);
    const discount = loneDiscount(input);
    const beads = alignPair(scorers.get(key)!, pairTypes(input, a, b), guide, (side, unit) => discount(side === 0 ? a : b, unit));
    pairwise.set(key, beads);
    return beads;
  };
  if (input.langs.length === 2) {
    const beads = alignKey('0,1', guides?.get('0,1'));
    return { beads, pairwise };
  }
  // The joint search in the tube around two pairwise alignments. A narrow tube can leave no path when they cross
  // in shapes the joint search lacks: then every cell of the tube is allowed, not only the settled ones.
  // The second joint pass judges a pair's units in a 3-way bead as their cheapest tiling into pair beads (see
  // `alignTriple`'s `tiled`): the tilings cost more token matching, and the first pass only has to bring the
  // search near the path (on ntrex-dev, tiling in both passes gives no better beads than in the second alone).
  const joint = (guide01: readonly SpanBead[], guide02: readonly SpanBead[], width: number, tiled: boolean): SpanBead[] => {
    const triple = (settledOnly: boolean): SpanBead[] =>
      alignTriple(
        [scorers.get('0,1')!, scorers.get('0,2')!, scorers.get('1,2')!],
        tripleTypes(),
        tubeFromPairs(guide01, guide02, [n[0], n[1], n[2]], width, settledOnly),
        loneDiscount(input),
        tiled,
      );
    try {
      return triple(true);
    } catch {
      return triple(false);
    }
  };
  let beads: SpanBead[];
  if (method === 'joint' && previous) {
    // Second joint pass: the tube follows the first pass's 3-way beads, and the first pass's pairwise alignments
    // stay as the confidence evidence for the pairs with the first language (re-running them costs a third of
    // the time and changed no bead on ntrex-dev).
    pairwise.set('0,1', previous.pairwise.get('0,1')!);
    pairwise.set('0,2', previous.pairwise.get('0,2')!);
    // The first pass's beads are already joint decisions: half the tube width is enough to move them locally.
    const width = Math.max(1, Math.floor(halfWidth / 2));
    beads = joint(projectSpans(previous.beads, 0, 1), projectSpans(previous.beads, 0, 2), width, true);
  } else {
    const p01 = alignKey('0,1', guides?.get('0,1'));
    const p02 = alignKey('0,2', guides?.get('0,2'));
    beads = method === 'joint' ? joint(p01, p02, halfWidth, false) : composeThroughPivot(p01, p02, n[0]);
  }
  // The third pair is aligned on its own only as evidence for the final confidence, near the 3-way beads.
  if (guides) alignKey('1,2', projectSpans(beads, 1, 2));
  return { beads, pairwise };
}

/** The 3-way beads as beads of axes a and b (beads empty on both dropped), to guide a pairwise search. */
function projectSpans(beads: readonly SpanBead[], a: number, b: number): SpanBead[] {
  return beads
    .filter((bead) => bead.ends[a] > bead.starts[a] || bead.ends[b] > bead.starts[b])
    .map((bead) => ({ starts: [bead.starts[a], bead.starts[b]], ends: [bead.ends[a], bead.ends[b]], cost: bead.cost }));
}

const pairTypeCache = new Map<string, BeadType[]>();
function pairTypes(input: AlignInput, a: number, b: number): BeadType[] {
  const key = `${input.langs[a]}-${input.langs[b]}`;
  let types = pairTypeCache.get(key);
  if (!types) pairTypeCache.set(key, (types = pairBeadTypes(input.langs[a], input.langs[b])));
  return types;
}

let tripleTypeCache: BeadType[] | null = null;
let tripleTypeKey = '';
function tripleTypes(): BeadType[] {
  // Rebuilt when the tunable weights change (the tuning scripts set them between runs).
  const key = JSON.stringify(TRIPLE_WEIGHTS);
  if (!tripleTypeCache || key !== tripleTypeKey) {
    tripleTypeCache = tripleBeadTypes();
    tripleTypeKey = key;
  }
  return tripleTypeCache;
}

/**
 * Pair scorers for every pair of axes; `lengthOnly` drops all lexical evidence (the Gale–Church baseline). A pair
 * whose learned lexicon is empty keeps its scorer from `previous` (built from the same tokens and cognates, so the
 * same costs), with the unit pairs it has matched already: short sections (titles, keyword lines) rarely learn any.
 */
function makeScorers(
  input: AlignInput,
  learned: Map<string, Array<[number, number]>> | [],
  lengthOnly: boolean,
  previous?: Scorers,
): Scorers {
  const scorers: Scorers = new Map();
  const axes = input.langs.length;
  for (let a = 0; a < axes; a++) {
    for (let b = a + 1; b < axes; b++) {
      const key = `${a},${b}`;
      const links = learned instanceof Map ? learned.get(key) : undefined;
      const kept = previous?.get(key);
      if (kept && !lengthOnly && (links === undefined || links.length === 0)) {
        scorers.set(key, kept);
        continue;
      }
      const fa = input.features[a];
      const fb = input.features[b];
      const match = lengthOnly
        ? lexicalMatchOf(emptyTokenTable(fa.length), emptyTokenTable(fb.length), [])
        : lexicalMatchOf(input.tokens[a], input.tokens[b], cognatesOf(input, a, b), links);
      const scale = axes === 3 ? (TRIPLE_PAIR_SCALE[key] ?? 1) : 1;
      const base = lengthOnly ? { ...PAIR_WEIGHTS, lexical: 0, unmatched: 0, breaks: 0 } : PAIR_WEIGHTS;
      const weights = scalePairWeights(base, scale);
      scorers.set(
        key,
        makePairScorer(
          fa.map((f) => f.length),
          fb.map((f) => f.length),
          lengthModel(input.langs[a], input.langs[b]),
          match,
          weights,
          fa.map((f) => f.breaks),
          fb.map((f) => f.breaks),
        ),
      );
    }
  }
  return scorers;
}

/** Cognates of a pair of axes, found once per document (both passes use them). */
function cognatesOf(input: AlignInput, a: number, b: number): Array<[string, string]> {
  const key = `${a},${b}`;
  let links = input.cognates.get(key);
  if (!links) {
    const indexes = input.cognateIndexes;
    const indexA = (indexes[a] ??= cognateIndex(input.features[a], input.tokens[a]));
    const indexB = (indexes[b] ??= cognateIndex(input.features[b], input.tokens[b]));
    input.cognates.set(key, (links = linkCognates(indexA, indexB)));
  }
  return links;
}

/**
 * Cost discount for leaving a unit alone when it looks like a fragment (see `UnitFeatures.fragment`): debris of a
 * broken sentence has no counterpart, and gluing it to a neighbour only seems to fit because it adds length.
 */
export const FRAGMENT_ALONE_DISCOUNT = 4;

function loneDiscount(input: AlignInput): (axis: number, unit: number) => number {
  return (axis, unit) => (input.features[axis][unit].fragment ? FRAGMENT_ALONE_DISCOUNT : 0);
}

/**
 * The lexicon learned per pair of axes from confident beads with both sides, plus the seeds, as pairs of token ids
 * of the axes' token tables (see `learnLexiconIds`).
 */
function lexiconEvidence(
  input: AlignInput,
  beads: readonly SpanBead[],
  scores: readonly number[],
  threshold: number,
): Map<string, Array<[number, number]>> {
  const out = new Map<string, Array<[number, number]>>();
  const axes = input.langs.length;
  const ids = input.langs.map((_, axis) => lexiconIds(input, axis));
  for (let a = 0; a < axes; a++) {
    for (let b = a + 1; b < axes; b++) {
      const groups: Array<[Int32Array, Int32Array]> = [];
      beads.forEach((bead, index) => {
        if (scores[index] < threshold) return;
        if (bead.ends[a] === bead.starts[a] || bead.ends[b] === bead.starts[b]) return;
        groups.push([groupIds(ids[a], bead.starts[a], bead.ends[a]), groupIds(ids[b], bead.starts[b], bead.ends[b])]);
      });
      input.seeds.forEach((_, seed) => {
        const sa = ids[a].seeds[seed];
        const sb = ids[b].seeds[seed];
        if (sa && sb) groups.push([sa, sb]);
      });
      // Stems found only in the seeds can link no token of the document.
      const sizeA = input.tokens[a].weights.length;
      const sizeB = input.tokens[b].weights.length;
      const learned = learnLexiconIds(groups, ids[a].size, ids[b].size).filter(([x, y]) => x < sizeA && y < sizeB);
      out.set(`${a},${b}`, learned);
    }
  }
  return out;
}

/**
 * The lexicon's view of one axis: per unit, the token ids of its words long enough to learn from (distinct, as the
 * words of a unit are); per seed, the same for the seed's text, stems found in no unit getting ids past the token
 * table; `size` bounds all ids; `seen` stamps ids when groups of several units are merged.
 */
interface LexiconIds {
  units: Int32Array[];
  seeds: Array<Int32Array | undefined>;
  size: number;
  seen: Int32Array;
  stamp: number;
}

function lexiconIds(input: AlignInput, axis: number): LexiconIds {
  const table = input.tokens[axis];
  // Per token id: 1 for a word long enough to learn from (decided once per stem, not per occurrence).
  const learnable = new Uint8Array(table.weights.length);
  for (const [stem, id] of table.words) if (isLexiconStem(stem)) learnable[id] = 1;
  const units = input.features[axis].map((unit, u) => {
    // A unit's tokens start with its words, in order.
    const tokens = table.units[u];
    const words = unit.words.length;
    let count = 0;
    for (let w = 0; w < words; w++) count += learnable[tokens[w]];
    const out = new Int32Array(count);
    for (let w = 0, n = 0; w < words; w++) if (learnable[tokens[w]] === 1) out[n++] = tokens[w];
    return out;
  });
  const extra = new Map<string, number>();
  let size = table.weights.length;
  const seeds = input.seeds.map((seed) => {
    const features = seed[input.langs[axis]];
    if (!features) return undefined;
    const out: number[] = [];
    for (const word of features.words) {
      if (!isLexiconStem(word.stem)) continue;
      let id = table.words.get(word.stem) ?? extra.get(word.stem);
      if (id === undefined) extra.set(word.stem, (id = size++));
      out.push(id);
    }
    return Int32Array.from(out);
  });
  return { units, seeds, size, seen: new Int32Array(size), stamp: 0 };
}

/** The distinct lexicon ids of units [start, end) of an axis. */
function groupIds(ids: LexiconIds, start: number, end: number): Int32Array {
  if (end - start === 1) return ids.units[start];
  const stamp = ++ids.stamp;
  const out: number[] = [];
  for (let u = start; u < end; u++) {
    for (const id of ids.units[u]) {
      if (ids.seen[id] === stamp) continue;
      ids.seen[id] = stamp;
      out.push(id);
    }
  }
  return Int32Array.from(out);
}

function toBead(langs: readonly Lang[], bead: SpanBead, score: number, flags: string[]): Bead {
  const out: Bead = { en: [], kk: [], ru: [], score, flags };
  langs.forEach((lang, axis) => {
    for (let i = bead.starts[axis]; i < bead.ends[axis]; i++) out[lang].push(i);
  });
  return out;
}
