/**
 * Deterministic two-fold split of dev document names: sorted, even positions train the shipped profiles,
 * odd positions are held out. Splitting by document, not by line, keeps one news story from sitting on both
 * sides (its names and topic words would flatter the held-out figure).
 */
export function splitDocuments(names: readonly string[]): { train: string[]; heldOut: string[] } {
  const sorted = [...names].sort();
  return {
    train: sorted.filter((_, i) => i % 2 === 0),
    heldOut: sorted.filter((_, i) => i % 2 === 1),
  };
}
