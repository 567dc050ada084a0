import type { Lang } from '../model/index.js';
import type { GlossaryEntry } from '../glossary/types.js';
import type { CatGlossaryOptions } from './types.js';
import { singleLine } from './single-line.js';

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
  const term = singleLine(side.term);
  if (term.length === 0) return [];
  const terms: CatTerm[] = [{ text: term, variant: false }];
  const variantLangs = options.variantLangs ?? DEFAULT_VARIANT_LANGS;
  if (!variantLangs.includes(lang)) return terms;
  const seen = new Set([fold(term)]);
  const max = options.maxVariants ?? DEFAULT_MAX_VARIANTS;
  for (const raw of side.variants) {
    if (terms.length > max) break;
    const form = caseLike(singleLine(raw), term);
    const key = fold(form);
    if (form.length === 0 || seen.has(key)) continue;
    seen.add(key);
    terms.push({ text: form, variant: true });
  }
  return terms;
}

/**
 * An inflected form in the case of its term: forms seen in an all-capitals title ("ҚАЗАҚСТАННЫҢ") are listed
 * as the term is written ("Қазақстанның"), since a glossary shows words, not typography.
 */
function caseLike(form: string, term: string): string {
  const shouting = form === form.toUpperCase() && form !== form.toLowerCase();
  if (!shouting || term === term.toUpperCase()) return form;
  const lower = form.toLowerCase();
  const capitalised = term[0] !== term[0].toLowerCase();
  return capitalised ? lower[0].toUpperCase() + lower.slice(1) : lower;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}
