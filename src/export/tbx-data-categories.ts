import type { EntryStatus } from '../glossary/types.js';

import type { CatTerm } from './cat-terms.js';

/** TBX-Basic `termType` picklist value of an inflected form. */
export const VARIANT_TERM_TYPE = 'variant';

/**
 * The `termNote`s of a term, as `[type, value]` pairs. TBX-Basic has no "reviewed" flag for an entry, so the
 * review status is carried by its terms: an approved entry's terms are `preferredTerm-admn-sts`; a candidate's
 * carry no administrative status, since nobody has admitted them yet (`admittedTerm` would say so, and OmegaT
 * prints every termNote in its glossary pane, so each one must earn its place). An inflected form is a
 * `termType` `variant`. Rejected entries are never exported.
 */
export function termNotes(term: CatTerm, status: Exclude<EntryStatus, 'rejected'>): Array<[type: string, value: string]> {
  if (term.variant) return [['termType', VARIANT_TERM_TYPE]];
  return status === 'approved' ? [['administrativeStatus', 'preferredTerm-admn-sts']] : [];
}

/** The note a TBX entry carries: review status, reviewer's note and the documents that attest it. */
export function entryNote(entry: { status: EntryStatus; note?: string; documents: string[] }): string {
  const parts = [`tilmash status: ${entry.status}`];
  if (entry.note && entry.note.trim().length > 0) parts.push(`reviewer: ${entry.note.trim()}`);
  if (entry.documents.length > 0) parts.push(`documents: ${entry.documents.join(', ')}`);
  return parts.join('; ');
}
