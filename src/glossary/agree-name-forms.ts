// Names in Kazakh and Russian: both write a foreign name in Cyrillic, so the two texts check each other's
// nominative. The Russian morphology has to guess a lemma for a name it does not know (`Роналду` → `Роналд`,
// `Бретта` → `Бретта`), the Kazakh one can read the end of a name as an ending (`Флорида` → `Флори` + locative);
// the form both texts attest or reach by removing a case ending is the name.
import { editDistance, romanize } from '../align/transliterate.js';
import { kazakhCaseBases, russianCaseBases } from './case-bases.js';

/** One Cyrillic side of an entry: its canonical term and the surface forms the documents attest, with counts. */
export interface SideForms {
  canonical: string;
  forms: ReadonlyArray<readonly [form: string, count: number]>;
}

/** How a form is known on one side. */
interface Candidate {
  /** The form as written (letter case of an attested form). */
  display: string;
  current: boolean;
  /** Written so in the documents. */
  attested: boolean;
  /** Written so, or so plus a case ending. */
  reached: boolean;
}

/** Forms compare without letter case, `ё` as `е`. */
function normalise(form: string): string {
  return form.toLowerCase().replace(/ё/g, 'е');
}

const HAS_CAPITAL = /\p{Lu}/u;
const INNER_CAPITAL = /.\p{Lu}/u;
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}'-]+$/u;

/** Per word position of the canonical term: the candidate forms of that word, by normalised form; null for non-names. */
function wordCandidates(side: SideForms, bases: (word: string) => string[]): Array<Map<string, Candidate> | null> {
  const words = side.canonical.split(' ');
  const capitalised = words.map((word) => HAS_CAPITAL.test(word));
  const attestedWords: string[][] = [];
  for (const [form] of side.forms) {
    const formWords = form.split(' ');
    if (formWords.length !== words.length) continue;
    attestedWords.push(formWords);
    // A capital opening a word may only open a sentence; one inside a word is a name's (`аль-Муалем`).
    formWords.forEach((word, i) => {
      if (INNER_CAPITAL.test(word)) capitalised[i] = true;
    });
  }
  // In a longer term only a name's own words inflect with it: in `менеджер Шотландии` and `администрация Трампа`
  // the name is a genitive modifier whose case the term keeps, while `Дэвид Армстронга` is one name in a case.
  if (words.length > 1 && !capitalised.every(Boolean)) return words.map(() => null);
  return words.map((word, i) => {
    // A name is written with a capital somewhere in the texts (`аль-Муалем` may open with a lower-case particle).
    if (!capitalised[i] || !CYRILLIC_WORD.test(word)) return null;
    const candidates = new Map<string, Candidate>([[normalise(word), { display: word, current: true, attested: false, reached: false }]]);
    for (const formWords of attestedWords) {
      const written = formWords[i];
      for (const base of bases(written)) {
        const key = normalise(base);
        const known = candidates.get(key);
        const attested = base === written;
        if (known === undefined) {
          candidates.set(key, { display: base, current: false, attested, reached: true });
          continue;
        }
        known.reached = true;
        if (attested && !known.attested) {
          known.attested = true;
          if (!known.current) known.display = base;
        }
      }
    }
    return candidates;
  });
}

/** A chosen form in the letter case the side's canonical word had (a lower-case canonical stays lower case). */
function inCaseOf(current: string, chosen: Candidate): string {
  return current === current.toLowerCase() ? chosen.display.toLowerCase() : chosen.display;
}

/**
 * The canonical terms of an entry's Kazakh and Russian sides with their names agreed: for each capitalised word
 * of a one-word term or a multiword name whose form the word in the same place on the other side does not share,
 * the form both sides write or reach by removing a case ending (`Роналду | Роналд` → `Роналду | Роналду`,
 * `Бретт | Бретта` → `Бретт | Бретт`, `Нева | Невад` with `Невададағы`, `Невада` attested → `Невада | Невада`). Among several shared forms the one
 * that is a side's canonical already, then the more attested, then the shorter (the nominative has no ending)
 * wins. Words that agree already, common nouns and names the sides write differently (`Ханс | Ганс`) are kept.
 */
export function agreeNameForms(kk: SideForms, ru: SideForms, english: string | null = null): { kk: string; ru: string } {
  const kkWords = kk.canonical.split(' ');
  const ruWords = ru.canonical.split(' ');
  // A name keeps its words and their order in both languages, so words pair by place; in a construction they
  // do not (Kazakh `Шотландия Үкіметі`, Russian `Правительство Шотландии`), and its modifier keeps its case.
  if (kkWords.length !== ruWords.length) return { kk: kk.canonical, ru: ru.canonical };
  const kkCandidates = wordCandidates(kk, kazakhCaseBases);
  const ruCandidates = wordCandidates(ru, russianCaseBases);
  for (let i = 0; i < kkWords.length; i++) {
    const kkForms = kkCandidates[i];
    const ruForms = ruCandidates[i];
    if (kkForms === null || ruForms === null || normalise(kkWords[i]) === normalise(ruWords[i])) continue;
    let best: { key: string; score: number } | null = null;
    for (const [key, kkCandidate] of kkForms) {
      const ruCandidate = ruForms.get(key);
      // Each side writes the agreed form or inflects it: a lemma the morphology guessed is no evidence (`Құрама
      // Штат` from `Құрама Штаттар` does not make `Штаты` singular).
      if (ruCandidate === undefined || !kkCandidate.reached || !ruCandidate.reached) continue;
      const score =
        2 * (Number(kkCandidate.current) + Number(ruCandidate.current)) + Number(kkCandidate.attested) + Number(ruCandidate.attested) - key.length / 1000;
      if (best === null || score > best.score || (score === best.score && key < best.key)) best = { key, score };
    }
    if (best !== null) {
      kkWords[i] = inCaseOf(kkWords[i], kkForms.get(best.key)!);
      ruWords[i] = inCaseOf(ruWords[i], ruForms.get(best.key)!);
    } else if (kkWords.length === 1 && HAS_CAPITAL.test(kkWords[i]) && HAS_CAPITAL.test(ruWords[i])) {
      ruWords[i] = closestWrittenForm(ruWords[i], ruForms, kkWords[i], english);
    }
  }
  return { kk: kkWords.join(' '), ru: ruWords.join(' ') };
}

/** Edits (romanised) within which a Russian and a Kazakh spelling can be one name. */
const MAX_SPELLING_EDITS = 2;

/**
 * A one-word Russian name (capitalised on both sides) the Kazakh side writes differently (`Фурык | Ферика`, with `Ферик` also written): of the
 * forms the Russian documents write, the one closest to the Kazakh name and to the English one, romanised (the
 * nominative has no ending to add distance: `Ферик`, not the genitive `Ферика` the morphology took for a feminine
 * nominative). The Kazakh side is the reference because its endings come off by rule, while a Russian ending on an
 * unknown name leaves its gender and declension to a guess. Only a strictly closer form replaces the canonical.
 */
function closestWrittenForm(current: string, forms: Map<string, Candidate>, kazakh: string, english: string | null): string {
  const distance = (form: string) =>
    editDistance(romanize(form), romanize(kazakh)) + (english === null ? 0 : editDistance(romanize(form), romanize(english)));
  let best = current;
  let bestDistance = distance(current);
  for (const candidate of forms.values()) {
    // One name in two spellings differs by a letter or two (`ferik` ~ `furyk`); farther apart, they are not one name.
    if (!candidate.attested || editDistance(romanize(candidate.display), romanize(kazakh)) > MAX_SPELLING_EDITS) continue;
    const d = distance(candidate.display);
    if (d < bestDistance) {
      best = inCaseOf(current, candidate);
      bestDistance = d;
    }
  }
  return best;
}
