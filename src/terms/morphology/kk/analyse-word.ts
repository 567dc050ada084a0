// The analysis of one plain Kazakh word (no hyphen): enumerate segmentations, resolve stems, keep the cheapest.
import { compareReadings, scoreReading, type KazakhReading } from './choose-analysis.js';
import type { StemSupport } from './corpus-support.js';
import { enumerateSegmentations } from './enumerate-analyses.js';
import type { KazakhLexicon } from './lexicon.js';
import { favourNameAccusative } from './name-readings.js';
import { favourRussianLoans } from './russian-loan.js';
import { formsDenyStem, hasOtherListedForms, ownListedForms } from './paradigm-support.js';
import { resolveStem, type ResolvedStem } from './resolve-stem.js';
import { byHarmony, isVowel } from './letters.js';
import type { MorphemeId } from './suffixes.js';

/**
 * All readings of `word` (folded, Cyrillic), best first. The bare word is always among them. With corpus `support`,
 * stems that are the keys of other corpus words are preferred; `asName` reads the word as a name (see
 * name-readings.ts).
 */
export function readingsOf(word: string, lexicon: KazakhLexicon, support?: StemSupport, asName = false): KazakhReading[] {
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
  readings.push(...fusedVerbReadings(word, lexicon));
  penaliseInflectedListings(readings, lexicon, support);
  if (lexicon.hasWord(word)) {
    penaliseLoneInflections(word, readings, lexicon);
    penaliseCutsOfInflectingWords(word, readings, lexicon);
    demoteVerbFormListing(word, readings, lexicon);
  }
  if (support !== undefined) favourCorpusStems(word, readings, support);
  if (asName) favourNameAccusative(readings);
  readings.sort(compareReadings);
  favourRussianLoans(readings);
  return readings.sort(compareReadings);
}

/**
 * Verb readings of a word where a root in -ы/-і meets a suffix in й-: the two are written и (`оқы` + йды →
 * `оқиды`, `есті` + йді → `естиді`, `оқы` + йтын → `оқитын`), which the suffix table does not see. The list gives
 * such roots through their verbal noun, where the vowel fuses with -у too (`оқу`, `есту`), so the root is known
 * without it, and that is the key, as for `оқып` (`оқ` + ып). Each и after the first two letters is tried.
 */
function fusedVerbReadings(word: string, lexicon: KazakhLexicon): KazakhReading[] {
  const readings: KazakhReading[] = [];
  for (let i = word.indexOf('и', 2); i >= 0; i = word.indexOf('и', i + 1)) {
    const root = word.slice(0, i);
    if (!lexicon.hasVerbRoot(root)) continue;
    for (const vowel of byHarmony(root, 'ы', 'і')) {
      for (const segmentation of enumerateSegmentations(root + vowel + 'й' + word.slice(i + 1))) {
        if (segmentation.category !== 'V' || segmentation.stemSurface !== root + vowel || segmentation.segments.length === 0) continue;
        const resolved: ResolvedStem = { stem: root, evidence: 'lexicon', restoredVowel: false };
        readings.push({
          stem: root + vowel,
          stemSurface: root,
          category: 'V',
          segments: segmentation.segments,
          evidence: 'lexicon',
          cost: scoreReading(segmentation, resolved),
        });
      }
    }
  }
  return readings;
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
    const own = ownListedForms(stem, lexicon);
    for (const segmentation of enumerateSegmentations(stem)) {
      if (segmentation.category !== 'N' || segmentation.segments.length === 0) continue;
      // A listed stem whose own listed inflections deny this cut is no inflected form (`пайда`, `пайдаға`).
      if (own.length > 0 && formsDenyStem(own, stem, segmentation.stemSurface, 'N', lexicon)) continue;
      const resolved = resolveStem(segmentation, lexicon);
      if (resolved === null || resolved.evidence !== 'lexicon') continue;
      if (scoreReading(segmentation, resolved) <= RELIABLE_ENDINGS && !isLoneInflection(resolved.stem, stem, lexicon)) {
        result = true;
        break;
      }
    }
    memo.set(stem, result);
  }
  return result;
}

const inflectedMemo = new WeakMap<KazakhLexicon, Map<string, boolean>>();

function penaliseInflectedListings(readings: KazakhReading[], lexicon: KazakhLexicon, support?: StemSupport): void {
  let memo = inflectedMemo.get(lexicon);
  if (memo === undefined) inflectedMemo.set(lexicon, (memo = new Map()));
  for (const reading of readings) {
    if (reading.evidence !== 'lexicon' || reading.category !== 'N') continue;
    // A stem the corpus inflects (several other words have it as key) is a stem, not an inflected listing.
    if (support !== undefined && support.count(reading.stem, '') >= CORPUS_STEM_VOTES) continue;
    if (looksInflected(reading.stem, lexicon, memo)) reading.cost += INFLECTED_LISTING_COST;
  }
}

/**
 * A listed word read as stem + endings, when the list has no other inflected form of that stem, is more likely a
 * root of its own (`аудан`, `молда`, `пайда`); the reading pays this much more.
 */
const LONE_INFLECTION_COST = 0.8;

/** Longer stems are rarely roots hiding in an inflection-like ending (`министрі` is `министр` + і). */
const LONE_INFLECTION_MAX_STEM = 4;

function isLoneInflection(stem: string, word: string, lexicon: KazakhLexicon): boolean {
  // A verbal noun (`шығу`, `болу`) inflects like any noun, but the list files it in the verb class without its
  // forms, so the absence of listed forms says nothing about it.
  if (lexicon.hasVerbalNoun(stem)) return false;
  return stem.length <= LONE_INFLECTION_MAX_STEM && !hasOtherListedForms(stem, word, lexicon);
}

function penaliseLoneInflections(word: string, readings: KazakhReading[], lexicon: KazakhLexicon): void {
  for (const reading of readings) {
    if (reading.category !== 'N' || reading.evidence !== 'lexicon' || reading.segments.length === 0) continue;
    if (isLoneInflection(reading.stem, word, lexicon)) reading.cost += LONE_INFLECTION_COST;
  }
}

/**
 * A listed word whose own inflections are listed too (`пайда` beside `пайдаға`, `басқа` beside `басқасы`,
 * `өзге` beside `өзгелер`) is a stem: a reading that cuts it into a shorter stem and endings pays this much more,
 * when one of those inflections cannot be read with the shorter stem (`пайдаға` is no form of `пай`).
 */
const INFLECTING_WORD_CUT_COST = 2;

function penaliseCutsOfInflectingWords(word: string, readings: KazakhReading[], lexicon: KazakhLexicon): void {
  const own = ownListedForms(word, lexicon);
  if (own.length === 0) return;
  for (const reading of readings) {
    if (reading.segments.length === 0) continue;
    if (formsDenyStem(own, word, reading.stemSurface, reading.category, lexicon)) reading.cost += INFLECTING_WORD_CUT_COST;
  }
}

/**
 * Endings that close a finite verb form or an adverbial converb, never a noun: converb -ып/-іп/-п and the present
 * tense -ады/-еді/-йды/-йді (with a personal ending, see below). The list files such frequent forms (`болып`, `сақтап`, `етеді`) as nominal entries.
 * The past -ды/-ді counts too when a vowel precedes it (`бастады`, `сөйледі`), where a noun would take -ны/-ні
 * (accusative) or -лы/-лі (having); after у and и, which end like consonants, -ды is also the accusative (`суды`).
 */
const FINITE_VERB_ENDINGS: ReadonlySet<MorphemeId> = new Set(['converb-p', 'present-3']);

/**
 * Personal endings that close the present tense (`білеміз`, `деймін`, `бересің`): -сыз/-сіз (also "without") and
 * the short -м/-к/-қ (also POSS.1sg, `қасам`, `кесек`) are left out; -мыз/-міз only counts where no listed noun
 * with listed forms of its own takes it as POSS.1pl (`атамыз` is also "our grandfather").
 */
const PRESENT_PERSON_ENDINGS: ReadonlySet<string> = new Set(['мын', 'мін', 'быз', 'біз', 'пыз', 'піз', 'мыз', 'міз', 'сың', 'сің']);

/**
 * The verb reading of a listed word that is a verb form: a listed verb root of three letters or more (or of two
 * closed by a consonant, `ал`, `ет`; `тип` is no `ти` + п) plus a finite ending, with no negation right before -п
 * (`аспап` is no `ас` + па + п). The cheapest such reading, one in the present or -п before one in the past
 * (`алады` is `ал` + а + ды, not the past of `ала`).
 */
function verbFormReading(readings: readonly KazakhReading[], lexicon: KazakhLexicon): KazakhReading | undefined {
  let best: KazakhReading | undefined;
  let bestIsPast = true;
  let possessed: boolean | undefined;
  for (const reading of readings) {
    if (reading.evidence !== 'lexicon' || !endsFinite(reading)) continue;
    const segments = reading.segments;
    if (segments[segments.length - 1].id === 'converb-p' && segments[segments.length - 2]?.id === 'negation') continue;
    if (segments[segments.length - 1].surface.endsWith('ыз') || segments[segments.length - 1].surface.endsWith('із')) {
      possessed ??= readings.some((other) => isListedNounPossessed(other, lexicon));
      if (possessed) continue;
    }
    if (reading.stem.length < 2 || (reading.stem.length === 2 && isVowel(reading.stem[1]))) continue;
    const isPast = segments[segments.length - 1].id === 'past';
    if (best === undefined || (bestIsPast && !isPast) || (bestIsPast === isPast && compareReadings(reading, best) < 0)) {
      best = reading;
      bestIsPast = isPast;
    }
  }
  return best;
}

/** A reading as a listed noun with its own listed forms + POSS.1pl (`ата` + мыз). */
function isListedNounPossessed(reading: KazakhReading, lexicon: KazakhLexicon): boolean {
  if (reading.category !== 'N' || reading.evidence !== 'lexicon' || reading.segments[reading.segments.length - 1]?.id !== 'poss-1pl') return false;
  return ownListedForms(reading.stem, lexicon, NOUN_ONLY_CELLS).length > 0;
}

function endsFinite(reading: KazakhReading): boolean {
  const last = reading.segments[reading.segments.length - 1];
  if (reading.category !== 'V' || last === undefined) return false;
  if (FINITE_VERB_ENDINGS.has(last.id)) return true;
  if (last.id === 'verb-person') {
    return PRESENT_PERSON_ENDINGS.has(last.surface) && reading.segments[reading.segments.length - 2]?.id === 'converb-a';
  }
  if (last.id !== 'past') return false;
  const before = reading.segments.length > 1 ? reading.segments[reading.segments.length - 2].surface : reading.stemSurface;
  const letter = before[before.length - 1];
  return isVowel(letter) && !'уию'.includes(letter);
}

/** Cells that only a noun has; the accusative is left out, since -ты/-ті also closes the evidential (`болыпты`). */
const NOUN_ONLY_CELLS: readonly MorphemeId[] = ['plural', 'poss-3', 'dative', 'locative', 'ablative'];

/**
 * A listed word that reads as a listed verb root plus a finite ending (see `verbFormReading`) and whose noun forms
 * the list lacks is a verb form filed among the nominal entries (`болып`, `сақтап`, `етеді`): that verb reading
 * goes first, while `талап` (`талаптар`, `талабы`), `сынып`, `қалып` keep their listed noun forms and stay nouns.
 */
function demoteVerbFormListing(word: string, readings: KazakhReading[], lexicon: KazakhLexicon): void {
  const verb = verbFormReading(readings, lexicon);
  if (verb === undefined || ownListedForms(word, lexicon, NOUN_ONLY_CELLS).length > 0) return;
  for (const reading of readings) {
    if (reading !== verb && reading.cost <= verb.cost) reading.cost = verb.cost + VERB_FORM_LISTING_MARGIN;
  }
}

/** How far the other readings of a verb-form listing are put behind its verb reading. */
const VERB_FORM_LISTING_MARGIN = 0.5;

/** Bonus per corpus word that has a reading's stem as its key (capped at three words). */
const CORPUS_STEM_BONUS = 0.4;
/** Words needed before a stem counts as inflected by the corpus. */
const CORPUS_STEM_VOTES = 2;

function favourCorpusStems(word: string, readings: KazakhReading[], support: StemSupport): void {
  for (const reading of readings) {
    if (reading.category !== 'N') continue;
    // The corpus picks between plausible cuts; it does not license endings that are usually part of a root
    // (similative -дай in `қандай`, 2sg -ң in `қалың`, predicative -сыз in `жансыз`).
    if (reading.segments.reduce((sum, segment) => sum + segment.cost, 0) > 0) continue;
    reading.cost -= CORPUS_STEM_BONUS * Math.min(3, support.count(reading.stem, word));
  }
}

/** The best of a word's readings (`readingsOf`, best first); read as a name, the best nominal one, when `asName`. */
export function bestOfReadings(readings: readonly KazakhReading[], asName: boolean): KazakhReading {
  return (asName ? readings.find((reading) => reading.category === 'N') : undefined) ?? readings[0];
}
