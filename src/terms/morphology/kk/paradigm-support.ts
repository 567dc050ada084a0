// How many inflected forms of a stem the word list itself lists. The hunspell-kk list holds frequent inflected
// forms of common words (`елдер`, `елі`, `елдің`, `елге`…); a listed word that would be the only listed
// inflection of its would-be stem (`аудан` as `ау` + `дан`, `молда` as `мол` + `да`) is far more likely a root.
import { enumerateSegmentations, type Segmentation } from './enumerate-analyses.js';
import { devoice } from './derived-stem.js';
import type { KazakhLexicon } from './lexicon.js';
import { MORPHEMES, type Morpheme, type MorphemeId } from './suffixes.js';

/** The plain paradigm cells checked: plural, POSS.3 and the six cases. */
const PARADIGM: readonly MorphemeId[] = ['plural', 'poss-3', 'genitive', 'accusative', 'dative', 'locative', 'ablative', 'instrumental'];
const PARADIGM_MORPHEMES = MORPHEMES.filter((morpheme) => PARADIGM.includes(morpheme.id));

/** к/қ/п are written г/ғ/б before a vowel-initial suffix. */
function voiced(stem: string): string {
  const last = stem[stem.length - 1];
  if (last === 'к') return stem.slice(0, -1) + 'г';
  if (last === 'қ') return stem.slice(0, -1) + 'ғ';
  if (last === 'п') return stem.slice(0, -1) + 'б';
  return stem;
}

/** The listed forms among the plain paradigm cells of `stem`. */
export function listedParadigmForms(stem: string, lexicon: KazakhLexicon): string[] {
  const listed: string[] = [];
  for (const morpheme of PARADIGM_MORPHEMES) {
    const base = morpheme.vowelInitial ? voiced(stem) : stem;
    for (const form of morpheme.forms(base)) if (lexicon.hasWord(base + form)) listed.push(base + form);
  }
  return listed;
}

/**
 * True when `stem` has a listed paradigm form other than `word`: evidence that the list treats `stem` as an
 * inflecting word and that `word` may be one of its forms.
 */
export function hasOtherListedForms(stem: string, word: string, lexicon: KazakhLexicon): boolean {
  return listedParadigmForms(stem, lexicon).some((form) => form !== word);
}

/**
 * Cells whose ending tells an inflecting word apart: the genitive and instrumental are left out, since their
 * endings also follow a POSS.3 form unchanged (`баласының`, `сөзімен`), so listing them says nothing about
 * whether the word is a stem.
 */
const TELLING_CELLS: readonly MorphemeId[] = ['plural', 'poss-3', 'accusative', 'dative', 'locative', 'ablative'];

/** The morphemes of each list of cells asked for, found once per list (the lists are module constants). */
const morphemesByCells = new Map<readonly MorphemeId[], readonly Morpheme[]>();

function morphemesOf(cells: readonly MorphemeId[]): readonly Morpheme[] {
  let morphemes = morphemesByCells.get(cells);
  if (morphemes === undefined) morphemesByCells.set(cells, (morphemes = MORPHEMES.filter((morpheme) => cells.includes(morpheme.id))));
  return morphemes;
}

/**
 * The listed forms that inflect `word` itself as a stem (`пайдаға`, `басқасы`, `өзгелер`, `жалынды`), among the
 * telling cells (or the given `cells`). The list names them because the word is a lexeme.
 */
export function ownListedForms(word: string, lexicon: KazakhLexicon, cells: readonly MorphemeId[] = TELLING_CELLS): string[] {
  const listed: string[] = [];
  for (const morpheme of morphemesOf(cells)) {
    const base = morpheme.vowelInitial ? voiced(word) : word;
    for (const form of morpheme.forms(base)) if (lexicon.hasWord(base + form)) listed.push(base + form);
  }
  return listed;
}

/**
 * Whether one of `forms` (listed inflections of the listed word `word`) shows that `word` is no inflected form of
 * the stem `stemSurface` (category `category`): no well-ordered chain of endings leads from that stem to the form,
 * and no other listed stem explains it. `пайдаға` cannot be `пай` + да + ға (two cases), so it shows that `пайда`
 * is no case form of `пай`; `ақырында` is `ақыр` + ы + нда, so it shows nothing against reading `ақырын` as `ақыр` +
 * ы + н; `ойыны` is `ойын` + ы, so it says nothing about `ойы`.
 */
export function formsDenyStem(
  forms: readonly string[],
  word: string,
  stemSurface: string,
  category: 'N' | 'V',
  lexicon: KazakhLexicon,
): boolean {
  return forms.some((form) => {
    let otherListedStem = false;
    for (const segmentation of segmentationsOf(form)) {
      if (segmentation.category !== category) continue;
      const stem = segmentation.stemSurface;
      if (stem === stemSurface) return false;
      if (stem !== word && stem !== form && (lexicon.hasWord(stem) || lexicon.hasWord(devoice(stem)))) otherListedStem = true;
    }
    return !otherListedStem;
  });
}

const segmentationMemo = new Map<string, Segmentation[]>();

function segmentationsOf(word: string): Segmentation[] {
  let found = segmentationMemo.get(word);
  if (found === undefined) {
    if (segmentationMemo.size > 50_000) segmentationMemo.clear();
    found = enumerateSegmentations(word);
    segmentationMemo.set(word, found);
  }
  return found;
}
