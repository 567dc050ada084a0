import type { Point, Position, Range } from '../src/model/index.js';

/**
 * Resolves source offsets to 1-based line and column, once per document (textlint's source-location idea):
 * the line starts are found once, each lookup is a binary search.
 */
export class SourceLocator {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { offset: clamped, line: lo + 1, column: clamped - this.lineStarts[lo] + 1 };
  }

  position(range: Range): Position {
    return { start: this.point(range.start), end: this.point(range.end) };
  }
}
