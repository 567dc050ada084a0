import { createHash } from 'node:crypto';
import type { AlignedDocument } from '../align/types.js';

/** Keys of documents whose content a caller vouches for (see {@link rememberContentKey}). */
const KNOWN = new WeakMap<AlignedDocument, string>();

/**
 * Says that `document`'s content is identified by `key` (a cache key it was made from), so that
 * {@link contentKeyOf} need not read it: a document read lazily from a cache stays unread when the exports that
 * show it are reused whole (see the Alignment sheet's cache).
 */
export function rememberContentKey(document: AlignedDocument, key: string): void {
  KNOWN.set(document, `key ${key}`);
}

/** A key that changes whenever the document's content does: the one remembered for it, else a hash of the content. */
export function contentKeyOf(document: AlignedDocument): string {
  return KNOWN.get(document) ?? `sha256 ${createHash('sha256').update(JSON.stringify(document)).digest('hex')}`;
}
