// A Kazakh head word the documents never write is a guess of the lemmatiser, which reads each word alone: a word
// that ends like a suffix loses it (`шілде` → `шіл` + locative, `көшбасшы` → `көшбасш` + possessive, `желі` → `жел`
// + possessive) even when the same documents inflect the whole word (`шілдеде`, `көшбасшылар`, `желілерде`), in
// ways the shorter stem cannot explain (no plural after a possessive, no locative after a locative).
import { foldKazakhWord, kazakhReadings, type KazakhReading } from '../terms/morphology/kk/index.js';
import { remember } from '../terms/morphology/remember.js';
import type { SideForms } from './agree-name-forms.js';

/**
 * Readings per written form, kept across entries: a corpus writes the same forms in many terms, and the readings
 * (every segmentation, scored) are the cost of this step.
 */
const readingsMemo = new Map<string, KazakhReading[]>();

function readingsOf(form: string): KazakhReading[] {
  return readingsMemo.get(form) ?? remember(readingsMemo, form, kazakhReadings(form));
}

/** A nominal reading that removes at least one ending. */
function isInflection(reading: KazakhReading): boolean {
  return reading.category === 'N' && reading.segments.length > 0;
}

interface Base {
  base: string;
  /** Occurrences of written forms that inflect the base and not the lemma. */
  support: number;
  attested: boolean;
}

function better(p: Base, q: Base): boolean {
  if (p.support !== q.support) return p.support > q.support;
  if (p.attested !== q.attested) return p.attested;
  if (p.base.length !== q.base.length) return p.base.length < q.base.length;
  return p.base < q.base;
}

/**
 * The canonical term with its last word (the head) replaced by the base of the paradigm the documents attest,
 * when the head as the lemmatiser gave it (the lemma) is written nowhere. A base is a written form, or the stem of
 * a reading of one, that (1) the lemmatiser reads as the lemma plus an ending, so that the lemma is its
 * over-stemming, and (2) is the stem of other written forms none of whose readings has the lemma as stem (their
 * endings cannot follow the lemma's), more often than written forms that read as the lemma but not as the base
 * occur. The base the most occurrences support wins, then the attested one, then the shorter. Otherwise the canonical is kept: a lemma reached only through forms it explains (`билігі`,
 * `биліктің` → `билік`; `мемлекеттерінің` is also `мемлекет` + тер + і + нің) is right.
 */
export function kazakhParadigmHead(side: SideForms): string {
  const words = side.canonical.split(' ');
  const last = words.length - 1;
  const lemma = foldKazakhWord(words[last]);
  const attested = new Map<string, number>();
  for (const [form, count] of side.forms) {
    const formWords = form.split(' ');
    if (formWords.length !== words.length) continue;
    const word = foldKazakhWord(formWords[last]);
    attested.set(word, (attested.get(word) ?? 0) + count);
  }
  if (attested.has(lemma)) return side.canonical;
  // Written forms whose every reading avoids the lemma: evidence against it, for the stems they do read as.
  const against = [...attested].filter(([form]) => !readingsOf(form).some((reading) => reading.stem === lemma));
  const candidates = new Set<string>(attested.keys());
  for (const [form] of against) for (const reading of readingsOf(form)) if (isInflection(reading)) candidates.add(reading.stem);
  let best: Base | null = null;
  for (const base of candidates) {
    if (base === lemma || !readingsOf(base).some((reading) => isInflection(reading) && reading.stem === lemma)) continue;
    let support = 0;
    for (const [form, count] of against) {
      if (form !== base && readingsOf(form).some((reading) => isInflection(reading) && reading.stem === base)) support += count;
    }
    if (support === 0) continue;
    // The lemma keeps the forms it explains and the base does not (`жасқа`, `жастардың` beside one `жастағылар`).
    let forLemma = 0;
    for (const [form, count] of attested) {
      const readings = readingsOf(form);
      if (readings.some((reading) => reading.stem === lemma) && !readings.some((reading) => reading.stem === base)) forLemma += count;
    }
    if (support <= forLemma) continue;
    const candidate = { base, support, attested: attested.has(base) };
    if (best === null || better(candidate, best)) best = candidate;
  }
  if (best === null) return side.canonical;
  const head = words[last];
  words[last] = head === head.toLowerCase() ? best.base : best.base.charAt(0).toUpperCase() + best.base.slice(1);
  return words.join(' ');
}
