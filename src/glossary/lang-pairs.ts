import type { Lang } from '../model/index.js';

/** The three language pairs, each ordered as (x, y). */
export const LANG_PAIRS: ReadonlyArray<readonly [Lang, Lang]> = [
  ['en', 'kk'],
  ['en', 'ru'],
  ['kk', 'ru'],
];
