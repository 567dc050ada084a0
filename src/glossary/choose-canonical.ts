// The canonical term of each side of an entry, checked against what the documents attest: the terms stage gives
// each language's lemma alone, and the entry holds the evidence to correct it (the other Cyrillic side, the
// forms written).
import type { Lang } from '../model/index.js';
import { agreeNameForms, type SideForms } from './agree-name-forms.js';
import { agreeNumber, kazakhWritesSingular, type NumberForms } from './agree-number.js';
import { kazakhParadigmHead } from './kazakh-paradigm-head.js';

/** What the entry knows of one side: its canonical, the forms written, and its number (see `agreeNumber`). */
export type EntrySide = SideForms & NumberForms;

/**
 * The canonical term per side of an entry: English and Russian common nouns take the singular when the other of
 * the two attests it (`concentrations | концентрация` → `concentration`) or when both keep the plural and the
 * Kazakh side writes only the singular (`markets | нарық | рынки` → `market | рынок`), a Kazakh head the documents never write
 * gives way to the base its forms inflect (`шіл` → `шілде`), then the Kazakh and Russian sides agree on the names
 * they share (`Роналду | Роналд` → `Роналду | Роналду`).
 */
export function chooseCanonicals(sides: Record<Lang, EntrySide | null>): Record<Lang, string | null> {
  const kazakhSingular = sides.kk !== null && kazakhWritesSingular(sides.kk.forms);
  const chosen: Record<Lang, string | null> = {
    en: sides.en === null ? null : agreeNumber('en', sides.en, sides.ru, kazakhSingular),
    kk: sides.kk === null ? null : kazakhParadigmHead(sides.kk),
    ru: sides.ru === null ? null : agreeNumber('ru', sides.ru, sides.en, kazakhSingular),
  };
  if (sides.kk !== null && sides.ru !== null) {
    const agreed = agreeNameForms({ canonical: chosen.kk!, forms: sides.kk.forms }, { canonical: chosen.ru!, forms: sides.ru.forms }, chosen.en);
    chosen.kk = agreed.kk;
    chosen.ru = agreed.ru;
  }
  return chosen;
}
