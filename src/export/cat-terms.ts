import type { Lang } from '../model/index.js';
import type { GlossaryEntry } from '../glossary/types.js';
import type { CatGlossaryOptions } from './types.js';
import { xmlSafeText } from './xml-safe-text.js';

/** One term as a CAT glossary lists it: the entry's term, or one of its inflected forms. */
export interface CatTerm {
  text: string;
  /** True for an inflected form listed only so that exact-match CAT tools find the term in running text. */
  variant: boolean;
}

export const DEFAULT_VARIANT_LANGS: readonly Lang[] = ['kk'];
export const DEFAULT_MAX_VARIANTS = 12;

/**
 * The terms of one language of an entry for a CAT glossary: the term first, then (for the languages in
 * `variantLangs`) its inflected forms, without duplicates. Forms are compared case-insensitively because CAT
 * tools match glossary terms case-insensitively, so "Биліктің" beside "биліктің" would only add noise.
 */
export function catTerms(entry: GlossaryEntry, lang: Lang, options: CatGlossaryOptions = {}): CatTerm[] {
  const side = entry[lang];
  if (!side) return [];
  const term = xmlSafeText(side.term).trim();
  if (term.length === 0) return [];
  const terms: CatTerm[] = [{ text: term, variant: false }];
  const variantLangs = options.variantLangs ?? DEFAULT_VARIANT_LANGS;
  if (!variantLangs.includes(lang)) return terms;
  const seen = new Set([fold(term)]);
  const max = options.maxVariants ?? DEFAULT_MAX_VARIANTS;
  for (const raw of side.variants) {
    if (terms.length > max) break;
    const form = xmlSafeText(raw).trim();
    const key = fold(form);
    if (form.length === 0 || seen.has(key)) continue;
    seen.add(key);
    terms.push({ text: form, variant: true });
  }
  return terms;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}
