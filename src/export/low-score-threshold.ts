/**
 * The score under which an entry counts as weak: the lower quartile of the scores (nearest rank). Relative to
 * the glossary itself, because the glossary stage's score has no fixed scale; shading a quarter of the rows
 * points the reviewer at the entries most worth a second look. Fewer than four entries: nothing is shaded.
 */
export function lowScoreThreshold(scores: readonly number[]): number {
  const finite = scores.filter((s) => Number.isFinite(s)).sort((a, b) => a - b);
  if (finite.length < 4) return -Infinity;
  return finite[Math.floor((finite.length - 1) / 4)];
}
