/** The three languages tilmash works with. Language codes are always `en`, `kk`, `ru`. */
export const LANGS = ['en', 'kk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'kk' || value === 'ru';
}
