/** Folds `ё` to `е` (and `Ё` to `Е`): Russian texts write `ё` inconsistently, so keys must not depend on it. */
export function foldYo(text: string): string {
  // Most words have no ё: skip the replacement (this runs for every word of every Russian sentence).
  if (text.indexOf('ё') < 0 && text.indexOf('Ё') < 0) return text;
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}
