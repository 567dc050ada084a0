import type { EntryStatus } from '../glossary/types.js';

const STATUS_WORDS: Record<string, EntryStatus> = {
  candidate: 'candidate',
  approved: 'approved',
  rejected: 'rejected',
};

/**
 * Reads a Status cell: the drop-down values in any case. Anything else (a typo, a value pasted past the
 * drop-down) is `undefined`, for the caller to report; an empty cell is `null`.
 */
export function parseStatus(text: string | null): EntryStatus | null | undefined {
  if (text === null) return null;
  return STATUS_WORDS[text.toLowerCase()];
}
