/**
 * Kazakh Cyrillic → Latin, the 2021 alphabet (Decree of the President, 2021 revision: ä ğ ı ñ ö q ş ū ü).
 * Used to teach the language identifier what Latin-script Kazakh looks like (kazakh-morphology.md §10), since
 * no Latin-script Kazakh text ships with tilmash.
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ё: 'io', ж: 'j', з: 'z', и: 'i', й: 'i', к: 'k',
  қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ñ', о: 'o', ө: 'ö', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'ū', ү: 'ü',
  ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ch', ш: 'ş', щ: 'şş', ъ: '', ы: 'y', і: 'ı', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

/** Transliterates Kazakh Cyrillic text into the 2021 Latin alphabet (case kept on the first letter). */
export function toKazakhLatin(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = CYRILLIC_TO_LATIN[lower];
    if (latin === undefined) out += ch;
    else if (ch !== lower && latin !== '') out += latin[0].toUpperCase() + latin.slice(1);
    else out += latin;
  }
  return out;
}
