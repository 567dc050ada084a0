// Russian loans and foreign names are written in Kazakh as in Russian, and their Kazakh stem is the Russian
// dictionary form (`Канада`, `Флорида`, `метод`): the OpenCorpora dictionary attests stems hunspell-kk lacks.
import type { AzParse } from 'az';
import { remember } from '../remember.js';
import { azMorph } from '../ru/load-az-dictionary.js';
import { EVIDENCE_COST, type KazakhReading } from './choose-analysis.js';
import { KAZAKH_SPECIFIC } from './letters.js';

/** Shorter stems are too often Russian words by chance (`сон`, `кит`, `тон`). */
const MIN_LOAN_STEM = 4;

/**
 * Whether `stem` (folded, without Kazakh-specific letters) is a noun the Russian dictionary lists in the
 * nominative singular, its dictionary form: a loan or name a Kazakh text writes as the Russian does. First names,
 * patronymics and abbreviations are left out: the dictionary lists many rare first names that are Kazakh word
 * forms by chance (`алам`, `ютан`), while place names, surnames and common nouns are the loans. Remembered per stem.
 */
export function isRussianDictionaryNoun(stem: string): boolean {
  return testDictionaryEntries(stem, loanMemo, (entries) => entries.some(isLoanNominative));
}

const loanMemo = new Map<string, boolean>();

/**
 * `test` of the Russian dictionary's own entries for `stem` (no guesses, no typo corrections), remembered per
 * stem in `memo`; false for stems too short or with Kazakh-specific letters, which are no Russian words.
 */
function testDictionaryEntries(stem: string, memo: Map<string, boolean>, test: (entries: AzParse[]) => boolean): boolean {
  if (stem.length < MIN_LOAN_STEM || KAZAKH_SPECIFIC.test(stem)) return false;
  let known = memo.get(stem);
  if (known === undefined) {
    const entries = azMorph()(stem, { ignoreCase: true }).filter((parse) => parse.parser === 'Dictionary' && parse.typosCnt === 0 && parse.stutterCnt === 0);
    known = test(entries);
    remember(memo, stem, known);
  }
  return known;
}

const NOT_LOANS = ['Name', 'Patr', 'Abbr'];

function isLoanNominative(parse: AzParse): boolean {
  const tag = parse.tag;
  return tag.POS === 'NOUN' && tag.CAse === 'nomn' && tag.NMbr === 'sing' && !NOT_LOANS.some((grammeme) => tag[grammeme] === true);
}

/**
 * Whether `stem` (folded, without Kazakh-specific letters) is a name the Russian dictionary lists, a place, an
 * organisation or a surname in the nominative singular (`Микронезия`, `Португалия`), and no common noun: Kazakh
 * writes such names as Russian does, and has no name list of its own to tell that a word first in a sentence is
 * one. First names are left out, as for loans. Remembered per stem.
 */
export function isRussianDictionaryName(stem: string): boolean {
  return testDictionaryEntries(stem, nameMemo, (entries) => entries.some(isNameNominative) && !entries.some(isCommonNoun));
}

const nameMemo = new Map<string, boolean>();

const NAME_KINDS = ['Geox', 'Orgn', 'Surn'];

function isNameNominative(parse: AzParse): boolean {
  const tag = parse.tag;
  return tag.POS === 'NOUN' && tag.CAse === 'nomn' && tag.NMbr === 'sing' && NAME_KINDS.some((kind) => tag[kind] === true);
}

function isCommonNoun(parse: AzParse): boolean {
  const tag = parse.tag;
  return tag.POS === 'NOUN' && ![...NAME_KINDS, 'Name', 'Patr'].some((kind) => tag[kind] === true);
}

/**
 * Gives a reading whose unlisted stem is a Russian dictionary noun the cost of a `russian` stem, when that makes
 * it beat the best reading (`Флорида`, not `флори` + locative; `рейсті` → `рейс`, `материалдарын` → `материал`).
 * Only readings that could overtake the best are looked up, which keeps the Russian dictionary out of most words.
 * `readings` must be sorted best first; costs change in place (sort again after).
 */
export function favourRussianLoans(readings: KazakhReading[]): void {
  const best = readings[0];
  if (best === undefined) return;
  for (const reading of readings.slice(1)) {
    if (reading.category !== 'N' || reading.evidence === 'lexicon' || reading.evidence === 'russian') continue;
    const saving = EVIDENCE_COST[reading.evidence] - EVIDENCE_COST.russian;
    if (reading.cost - saving >= best.cost || !isRussianDictionaryNoun(reading.stem)) continue;
    reading.cost -= saving;
    reading.evidence = 'russian';
  }
}
