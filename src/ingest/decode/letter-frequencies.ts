/**
 * Letter frequencies (per cent of letters, lower-cased) of news prose, measured on the NTREX-128 dev split
 * (`/work/shared/data/ntrex-dev/raw/*`, about 80,000-90,000 letters per language). They are language facts,
 * not tuned weights: the encoding guess uses them only to prefer a decoding whose letters are distributed
 * like Kazakh, Russian or English over one whose letters are shuffled (KOI8-R read as Windows-1251).
 * Letters measured below 0.02 % get that floor (Kazakh `һ`, `ё`, `ъ`, `щ`).
 */
export const LETTER_PERCENT: Readonly<Record<'en' | 'kk' | 'ru', Readonly<Record<string, number>>>> = {
  en: {
    e: 12.15, t: 8.96, a: 8.63, o: 7.39, n: 7.35, i: 7.3, s: 6.71, r: 6.4, h: 4.91, l: 4.17, d: 3.93, c: 3.09,
    u: 2.82, m: 2.47, g: 2.19, p: 2.14, f: 2.03, y: 1.79, w: 1.68, b: 1.48, v: 1.04, k: 0.76, j: 0.24, x: 0.19,
    z: 0.09, q: 0.07,
  },
  kk: {
    а: 11.96, е: 8.04, н: 7.35, ы: 6.87, т: 5.83, р: 5.5, і: 5.24, д: 4.86, л: 4.86, с: 4.02, о: 3.06, м: 3.02,
    к: 2.93, қ: 2.6, б: 2.35, и: 1.83, у: 1.8, й: 1.73, ж: 1.72, ғ: 1.7, п: 1.59, ш: 1.45, ң: 1.34, з: 1.29,
    г: 1.14, ү: 0.79, ө: 0.79, ә: 0.74, ұ: 0.74, я: 0.49, в: 0.23, х: 0.2, ф: 0.19, э: 0.16, ь: 0.15, ц: 0.15,
    ч: 0.06, ю: 0.05, һ: 0.02, ё: 0.02, ъ: 0.02, щ: 0.02,
  },
  ru: {
    о: 10.78, е: 8.49, и: 7.65, а: 7.55, н: 6.69, т: 6.47, с: 5.34, р: 5.01, в: 4.53, л: 4.15, м: 3.09, к: 3.09,
    д: 3.01, п: 2.91, у: 2.24, я: 1.95, ы: 1.79, б: 1.62, г: 1.59, з: 1.55, ь: 1.46, ч: 1.39, й: 1.35, х: 0.92,
    ж: 0.9, ю: 0.68, ш: 0.67, ц: 0.54, щ: 0.42, э: 0.38, ф: 0.29, ъ: 0.03, ё: 0.03,
  },
};
