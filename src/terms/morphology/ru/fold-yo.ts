/** Folds `ё` to `е` (and `Ё` to `Е`): Russian texts write `ё` inconsistently, so keys must not depend on it. */
export function foldYo(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}
