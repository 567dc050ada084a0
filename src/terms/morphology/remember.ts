/**
 * Most distinct word forms a per-form cache keeps. A corpus repeats its vocabulary, so caching analyses pays;
 * but a Russian analysis holds az parse objects, and 10,000 articles can bring a few hundred thousand forms:
 * past this size a cache starts over rather than grow without bound.
 */
export const MAX_CACHED_FORMS = 150_000;

/** Stores `value` under `key`, emptying the map first when it is full. */
export function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= MAX_CACHED_FORMS) cache.clear();
  cache.set(key, value);
  return value;
}
