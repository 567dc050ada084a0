import { LANGS } from '../model/index.js';
import type { GlossaryEntry } from '../glossary/types.js';
import type { TermSet } from './types.js';

/**
 * A term as a workbook cell shows it: NFC, Unicode spaces folded to one space, trimmed. Two terms with the same
 * display form are the same text to a reviewer; a change of case is a correction.
 */
export function displayForm(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const form = text
    .normalize('NFC')
    .replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g, ' ')
    .trim();
  return form.length > 0 ? form : null;
}

/**
 * The key decisions are matched to recomputed entries by: the display form lower-cased, `ё` folded to `е`,
 * hyphens to spaces (the glossary's own comparison rules), so a rebuild that capitalises or hyphenates a term
 * differently still finds its decision.
 */
export function matchKey(text: string | null | undefined): string | null {
  const form = displayForm(text);
  if (form === null) return null;
  return form
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u2010-\u2015-]+/g, ' ')
    .trim();
}

/** The terms of a glossary entry, per language. */
export function entryTerms(entry: GlossaryEntry): TermSet {
  return { en: displayForm(entry.en?.term), kk: displayForm(entry.kk?.term), ru: displayForm(entry.ru?.term) };
}

/**
 * How well two term sets agree: the number of languages whose terms match, or `-1` when some language has a term
 * on both sides and they differ (a different concept, or a different translation of it).
 */
export function termAgreement(a: Partial<TermSet>, b: Partial<TermSet>): number {
  let agree = 0;
  for (const lang of LANGS) {
    const left = matchKey(a[lang]);
    const right = matchKey(b[lang]);
    if (left === null || right === null) continue;
    if (left !== right) return -1;
    agree++;
  }
  return agree;
}
