import { createHash } from 'node:crypto';

/**
 * Stable entry id from the lexeme keys of its terms: the same terms give the same id on every rebuild, whatever
 * their ranking or evidence. Reviewer decisions are matched to entries by this id first.
 */
export function entryId(keys: { en: string | null; kk: string | null; ru: string | null }): string {
  const basis = `${keys.en ?? ''}|${keys.kk ?? ''}|${keys.ru ?? ''}`;
  return `t${createHash('sha1').update(basis).digest('hex').slice(0, 12)}`;
}
