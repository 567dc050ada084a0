// A Kazakh head word the documents never write is a guess of the lemmatiser; when the documents write a form that
// their other forms inflect, that form is the dictionary form. The lemmatiser reads each word alone, and a word
// that ends like a suffix loses it (`шілде` → `шіл` + locative, `көшбасшы` → `көшбасш` + possessive) even when
// the same text inflects the whole word (`шілдеде`, `көшбасшысы`, `көшбасшылар`).
import { foldKazakhWord, kazakhReadings, type KazakhReading } from '../terms/morphology/kk/index.js';
import type { SideForms } from './agree-name-forms.js';

/**
 * Whether `form` is a base that another form, given by its `readings`, inflects and the lemma `lemma` cannot
 * explain: the other form reads as `form` + nominal endings, and none of its readings has the lemma as stem
 * (`шілдеде` is `шілде` + де and cannot be `шіл` + деде; `мемлекеттерінің` is `мемлекеттері` + нің but also
 * `мемлекет` + тер + і + нің, so it does not make `мемлекеттері` a base).
 */
function inflectsAsBase(readings: readonly KazakhReading[], form: string, lemma: string): boolean {
  if (readings.some((reading) => reading.stem === lemma)) return false;
  return readings.some((reading) => reading.category === 'N' && reading.stemSurface === form && reading.segments.length > 0);
}

/**
 * The canonical term with its last word (the head) replaced by the attested base of its paradigm when the head as
 * the lemmatiser gave it is written nowhere: the shortest attested form that the lemmatiser also reads as the
 * lemma plus an ending and that another attested form inflects in a way the lemma cannot explain. Otherwise the
 * canonical is kept (a lemma reached only through inflected forms, `билігі`, `биліктің` → `билік`, is right).
 */
export function attestedKazakhHead(side: SideForms): string {
  const words = side.canonical.split(' ');
  const last = words.length - 1;
  const lemma = foldKazakhWord(words[last]);
  const attested = new Set<string>();
  for (const [form] of side.forms) {
    const formWords = form.split(' ');
    if (formWords.length === words.length) attested.add(foldKazakhWord(formWords[last]));
  }
  if (attested.has(lemma)) return side.canonical;
  const read = new Map<string, KazakhReading[]>();
  const readingsOf = (form: string): KazakhReading[] => {
    let readings = read.get(form);
    if (readings === undefined) read.set(form, (readings = kazakhReadings(form)));
    return readings;
  };
  const bases = [...attested]
    .filter((form) => readingsOf(form).some((reading) => reading.stem === lemma && reading.segments.length > 0))
    .filter((form) => [...attested].some((other) => other !== form && inflectsAsBase(readingsOf(other), form, lemma)))
    .sort((p, q) => p.length - q.length || (p < q ? -1 : 1));
  if (bases.length === 0) return side.canonical;
  const head = words[last];
  words[last] = head === head.toLowerCase() ? bases[0] : bases[0].charAt(0).toUpperCase() + bases[0].slice(1);
  return words.join(' ');
}
