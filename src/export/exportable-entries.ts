import type { Glossary, GlossaryEntry } from '../glossary/types.js';

/**
 * The entries the CAT exports carry: rejected entries stay in `glossary.json` (so the decision is remembered and
 * visible) but a translator must never be offered them.
 */
export function exportableEntries(glossary: Glossary): GlossaryEntry[] {
  return glossary.entries.filter((entry) => entry.status !== 'rejected');
}
