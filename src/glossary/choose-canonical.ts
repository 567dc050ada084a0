// The canonical term of each side of an entry, checked against what the documents attest: the terms stage gives
// each language's lemma alone, and the entry holds the evidence to correct it (the other Cyrillic side, the
// forms written).
import type { Lang } from '../model/index.js';
import { agreeNameForms, type SideForms } from './agree-name-forms.js';
import { kazakhParadigmHead } from './kazakh-paradigm-head.js';

export type { SideForms } from './agree-name-forms.js';

/**
 * The canonical term per side of an entry: a Kazakh head the documents never write gives way to the base
 * its forms inflect (`шіл` → `шілде`), then the Kazakh and Russian sides agree on the names they share
 * (`Роналду | Роналд` → `Роналду | Роналду`). English and absent sides are returned as given.
 */
export function chooseCanonicals(sides: Record<Lang, SideForms | null>): Record<Lang, string | null> {
  const chosen: Record<Lang, string | null> = {
    en: sides.en?.canonical ?? null,
    kk: sides.kk === null ? null : kazakhParadigmHead(sides.kk),
    ru: sides.ru?.canonical ?? null,
  };
  if (sides.kk !== null && sides.ru !== null) {
    const agreed = agreeNameForms({ canonical: chosen.kk!, forms: sides.kk.forms }, sides.ru);
    chosen.kk = agreed.kk;
    chosen.ru = agreed.ru;
  }
  return chosen;
}
