import type { EntryStatus } from '../glossary/types.js';

/**
 * TBX-Basic `administrativeStatus` for an entry's main terms. TBX-Basic has no "reviewed" flag at entry level,
 * so the review status is carried by the terms: an approved entry's terms are the preferred ones, a candidate's
 * are only admitted. Rejected entries are never exported.
 */
export function administrativeStatus(status: Exclude<EntryStatus, 'rejected'>): string {
  return status === 'approved' ? 'preferredTerm-admn-sts' : 'admittedTerm-admn-sts';
}

/** `administrativeStatus` of an inflected form listed for exact-match CAT tools. */
export const VARIANT_ADMINISTRATIVE_STATUS = 'admittedTerm-admn-sts';
/** TBX-Basic `termType` picklist value of an inflected form. */
export const VARIANT_TERM_TYPE = 'variant';

/** The note a TBX entry carries: review status, reviewer's note and the documents that attest it. */
export function entryNote(entry: { status: EntryStatus; note?: string; documents: string[] }): string {
  const parts = [`tilmash status: ${entry.status}`];
  if (entry.note && entry.note.trim().length > 0) parts.push(`reviewer: ${entry.note.trim()}`);
  if (entry.documents.length > 0) parts.push(`documents: ${entry.documents.join(', ')}`);
  return parts.join('; ');
}
