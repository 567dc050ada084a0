// Grammatical number across an entry. The terms stage keeps a noun's plural when its documents never use the
// singular ("power relations"), which is right for a term that is plural by nature, and the glossary counts the
// singular once some document of the corpus attests it. An entry holds a second witness: English and Russian both
// mark number on count nouns, so when one of them uses the concept in the singular the other's plural is only
// how its documents happened to speak (`concentrations | концентрация` → `concentration`, `exam | экзамены` →
// `экзамен`). Kazakh is no witness: it often leaves the plural unmarked (after numerals, in generic statements).

/** One side's number: its canonical, the same with the head noun in the singular, and whether that is attested. */
export interface NumberForms {
  canonical: string;
  /** The canonical with the head noun in the singular (equal to `canonical` when it is singular already). */
  singular: string;
  /** Some document of the corpus uses the head noun in the singular. */
  singularAttested: boolean;
}

/**
 * The side's canonical in the singular when it is a single common noun that its own documents use only in the
 * plural while the other side (English for Russian, Russian for English) attests the singular; else as given.
 * Multiword terms keep their number (`элементы власти`: the plural belongs to the phrase as written), and so do
 * names (`Chambers`, `Olympic Games`).
 */
export function agreeNumber(lang: 'en' | 'ru', side: NumberForms, witness: NumberForms | null): string {
  if (witness === null || side.singularAttested || !witness.singularAttested) return side.canonical;
  if (side.singular === side.canonical || side.canonical.includes(' ') || side.canonical !== side.canonical.toLowerCase()) return side.canonical;
  // The English terms stage also files a spelling variant under its key (`programme` under `program`): only a
  // regular plural in -s is taken for a plural here.
  if (lang === 'en' && !side.canonical.endsWith('s')) return side.canonical;
  return side.singular;
}
