// Grammatical number across an entry. The terms stage keeps a noun's plural when its documents never use the
// singular ("power relations"), which is right for a term that is plural by nature, and the glossary counts the
// singular once some document of the corpus attests it. An entry holds more witnesses:
// - English and Russian both mark number on count nouns, so when one of them uses the concept in the singular the
//   other's plural is only how its documents happened to speak (`concentrations | концентрация` →
//   `concentration`, `exam | экзамены` → `экзамен`);
// - Kazakh marks the plural only where it matters (not after numerals, not in generic statements), so a Kazakh
//   side that never writes it does not prove a singular; but a Kazakh side that writes only the singular while
//   English and Russian both write only the plural says the plural is the text's, not the term's (`markets | нарық
//   | рынки` → `market | рынок`). A Kazakh side that writes the plural (`билік элементтері`) vouches for it.
// English plurals that are words of their own (means, goods, arms) have their own key in the terms stage
// (ENGLISH_LEMMA_EXCEPTIONS) and so no singular to take.
import { kazakhReadings } from '../terms/morphology/kk/index.js';
import { remember } from '../terms/morphology/remember.js';

/** One side's number: its canonical, the same with the head noun in the singular, and whether that is attested. */
export interface NumberForms {
  canonical: string;
  /** The canonical with the head noun in the singular (equal to `canonical` when it is singular already). */
  singular: string;
  /** Some document of the corpus uses the head noun in the singular. */
  singularAttested: boolean;
}

const pluralMemo = new Map<string, boolean>();

/** Whether a Kazakh word as written carries the plural ending (its best reading). */
function kazakhPlural(word: string): boolean {
  const cached = pluralMemo.get(word);
  if (cached !== undefined) return cached;
  const best = kazakhReadings(word)[0];
  return remember(pluralMemo, word, best !== undefined && best.category === 'N' && best.segments.some((segment) => segment.id === 'plural'));
}

/**
 * Whether every Kazakh form written for an entry has its head (last word) in the singular: the Kazakh side's
 * witness for {@link agreeNumber}. False without forms.
 */
export function kazakhWritesSingular(forms: ReadonlyArray<readonly [form: string, count: number]>): boolean {
  if (forms.length === 0) return false;
  return forms.every(([form]) => !kazakhPlural(form.slice(form.lastIndexOf(' ') + 1).toLowerCase()));
}

/**
 * The side's canonical in the singular when its own documents use it only in the plural and either
 * - the other side (English for Russian, Russian for English) attests the singular, for a single common noun
 *   (multiword terms keep the number of the phrase as written: `элементы власти`), or
 * - the other side is in the plural too or absent, and the Kazakh side writes only the singular
 *   (`kazakhSingular`), for a common noun or a multiword term (`wind turbines | жел турбинасы`).
 * Names keep their number (`Chambers`, `Olympic Games`).
 */
export function agreeNumber(lang: 'en' | 'ru', side: NumberForms, witness: NumberForms | null, kazakhSingular = false): string {
  if (side.singularAttested || side.singular === side.canonical || side.canonical !== side.canonical.toLowerCase()) return side.canonical;
  // The English terms stage also files a spelling variant under its key (`programme` under `program`): only a
  // regular plural in -s is taken for a plural here.
  if (lang === 'en' && !side.canonical.endsWith('s')) return side.canonical;
  if (witness !== null && witness.singularAttested) return side.canonical.includes(' ') ? side.canonical : side.singular;
  return kazakhSingular ? side.singular : side.canonical;
}
