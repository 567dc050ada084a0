// Evidence for a stem the lexicon does not list: it is an attested word plus a derivational suffix, or it has the
// shape of a Russian/international loanword. Such stems are plausible, though less so than attested ones.
import type { KazakhLexicon } from './lexicon.js';

/**
 * Derivational suffixes that build nominals from attested nominals (`мемлекеттілік` = `мемлекетті` + `лік`).
 * Kept in the key: a derived word is its own term (docs/kazakh-morphology.md §7).
 */
const FROM_NOMINAL = [
  'лық', 'лік', 'дық', 'дік', 'тық', 'тік', 'шылық', 'шілік', 'шы', 'ші', 'лы', 'лі', 'ды', 'ді', 'ты', 'ті',
  'сыз', 'сіз', 'гер', 'кер', 'хана', 'тану', 'таным', 'шыл', 'шіл', 'паз', 'қой', 'стан', 'ша', 'ше', 'дай', 'дей',
  'тай', 'тей', 'ғы', 'гі', 'қы', 'кі', 'лау', 'леу', 'дау', 'деу', 'тау', 'теу', 'лан', 'лен', 'дан', 'ден',
];

/** Suffixes that build nominals from verb roots (`басқару`, `басқарушы`, `құрылым`, `өндіріс`, `баяндама`). */
const FROM_VERB = ['у', 'ушы', 'уші', 'ым', 'ім', 'м', 'ыс', 'іс', 'с', 'ма', 'ме', 'ба', 'бе', 'па', 'пе', 'ғыш', 'гіш', 'қыш', 'кіш', 'ғы', 'гі', 'қы', 'кі', 'ыңқы', 'іңкі', 'нды', 'нді'];

/** Endings typical of loanwords from or through Russian (`демократия`, `инвестиция`, `социализм`, `экономика`). */
const LOAN_ENDINGS = /(?:ия|изм|ист|ика|тор|ент|ант|ура|ум|лог|ль|ия|ция|сия|ьер|ёр)$/;

/** Letters that occur only in Russian loans (ё, э, ф, ц, ч, щ, ъ, ь, в outside its few native uses). */
const LOAN_LETTERS = /[ёэфцчщъь]/;

/** How a stem the lexicon does not list is nevertheless supported. */
export type StemEvidence = 'derived' | 'loan' | 'none';

/** Looks for derivational or loanword evidence for `stem` (already known not to be attested). */
export function stemEvidence(stem: string, lexicon: KazakhLexicon, depth = 0): StemEvidence {
  for (const suffix of FROM_NOMINAL) {
    if (stem.length > suffix.length + 1 && stem.endsWith(suffix)) {
      const base = stem.slice(0, -suffix.length);
      if (lexicon.hasWord(base) || lexicon.hasWord(devoice(base))) return 'derived';
      // Derivations stack (`мемлекет-ті-лік`): one more level, no deeper, to keep the search small.
      if (depth === 0 && stemEvidence(base, lexicon, 1) === 'derived') return 'derived';
    }
  }
  for (const suffix of FROM_VERB) {
    if (stem.length > suffix.length + 1 && stem.endsWith(suffix)) {
      const base = stem.slice(0, -suffix.length);
      if (lexicon.hasVerbRoot(base) || lexicon.hasVerbRoot(devoice(base))) return 'derived';
    }
  }
  if (LOAN_LETTERS.test(stem) || LOAN_ENDINGS.test(stem)) return 'loan';
  return 'none';
}

/** к/қ/п voice to г/ғ/б before a vowel; the lexicon lists the voiceless form. */
export function devoice(stem: string): string {
  const last = stem[stem.length - 1];
  if (last === 'г') return stem.slice(0, -1) + 'к';
  if (last === 'ғ') return stem.slice(0, -1) + 'қ';
  if (last === 'б') return stem.slice(0, -1) + 'п';
  return stem;
}
