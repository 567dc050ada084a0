import type { Lang } from '../model/index.js';
import { romanize, consonantSkeleton, skeletonSimilarity, editDistance } from '../align/transliterate.js';
import type { CorpusEvidence } from './collect-evidence.js';
import { linkCompetitively, type BeadItems, type Links } from './competitive-linking.js';

/**
 * Word-level translation links of one language pair: content-word key of x → keys of y, the one-to-one
 * competitive link first, then any second rendering (another document's translation of the same word).
 */
export type WordLinks = Links;

/** Cognate evidence counts only from this skeleton similarity up (subject ≈ субъект scores 0.75). */
const COGNATE_THRESHOLD = 0.75;

/** A word romanised and reduced to its consonants, the forms cognates are compared in. */
interface Spelling {
  roman: string;
  skeleton: string;
}

function spellingOf(word: string): Spelling {
  const roman = romanize(word);
  return { roman, skeleton: consonantSkeleton(roman) };
}

/** Cognate similarity across scripts (Kazakhstan ≈ Қазақстан ≈ Казахстан), 0 below the threshold. */
export function cognateSimilarity(a: string, b: string): number {
  return similarityOf(spellingOf(a), spellingOf(b));
}

function similarityOf(a: Spelling, b: Spelling): number {
  const sa = a.skeleton;
  const sb = b.skeleton;
  // A skeleton of one or two consonants says little (Rosa "rs", серия "sr"): such words are cognates only when
  // spelled alike as a whole, romanised (Rosa ≈ Роза, серия = серия, not duo ≈ дуэт).
  if (sa.length < 3 || sb.length < 3) return shortCognate(a.roman, b.roman);
  // Short skeletons meet by chance (opposition "pstn" ≈ восстание "vstn"): cognates must also start alike.
  if (sa[0] !== sb[0]) return 0;
  const similarity = skeletonSimilarity(sa, sb);
  if (similarity < COGNATE_THRESHOLD) return 0;
  // Three consonants meet by chance too (origin "rgn" ≈ орган "rgn"): such short words must also agree in their
  // vowels, within one edit over the shorter word's length (норма ≈ norm, модель ≈ model).
  if (Math.min(sa.length, sb.length) <= 3 && !spelledAlike(a.roman, b.roman)) return 0;
  return similarity;
}

/** Within one edit of each other, or of the longer word's start (an inflected form: норма ≈ norm). */
function spelledAlike(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return editDistance(short, long.slice(0, short.length)) <= 1 || editDistance(short, long) <= 1;
}

/** Romanised words this long or longer may be cognates with a short skeleton. */
const SHORT_COGNATE_LENGTH = 4;
/** Similarity of such a pair: as a one-edit skeleton match (see `skeletonSimilarity`). */
const SHORT_COGNATE_SIMILARITY = 0.8;

function shortCognate(a: string, b: string): number {
  if (a.length < SHORT_COGNATE_LENGTH || b.length < SHORT_COGNATE_LENGTH || a[0] !== b[0]) return 0;
  return editDistance(a, b) <= 1 ? SHORT_COGNATE_SIMILARITY : 0;
}

/** Beads that have both languages, with the content words of each (the items of word-level linking). */
export function wordBeads(evidence: CorpusEvidence, x: Lang, y: Lang): BeadItems[] {
  const beads: BeadItems[] = [];
  evidence.beads.forEach((bead, index) => {
    if (bead.langs.has(x) && bead.langs.has(y)) beads.push({ bead: index, x: evidence.beadWords[index][x], y: evidence.beadWords[index][y] });
  });
  return beads;
}

/** Links the content words of x and y by competitive linking with cognate evidence and second renderings. */
export function linkWords(evidence: CorpusEvidence, x: Lang, y: Lang): WordLinks {
  // Every co-occurring pair is compared as cognates: each word is romanised once, not once per pair.
  const spellings = new Map<string, Spelling>();
  const spelling = (word: string) => {
    let found = spellings.get(word);
    if (!found) spellings.set(word, (found = spellingOf(word)));
    return found;
  };
  return linkCompetitively(wordBeads(evidence, x, y), { cognate: (a, b) => similarityOf(spelling(a), spelling(b)), secondRenderings: true });
}
