import { createHash } from 'node:crypto';
import { LANGS, type Lang } from '../model/index.js';
import { matchKey } from './term-keys.js';

/**
 * The id of an entry a reviewer added by hand in the workbook: `r` and a hash of its terms' match keys. The
 * same terms give the same id, so importing the workbook twice adds the entry once; the prefix keeps it apart
 * from the glossary's computed ids (`t…`).
 */
export function reviewerEntryId(terms: Partial<Record<Lang, string | null>>): string {
  const basis = LANGS.map((lang) => matchKey(terms[lang]) ?? '').join('|');
  return `r${createHash('sha1').update(basis).digest('hex').slice(0, 12)}`;
}
