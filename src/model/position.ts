/**
 * Half-open range `[start, end)` of UTF-16 code-unit offsets into the decoded source text of a document.
 * Stages speak in ranges; the runner resolves them to line and column once (see `pipeline/locate.ts`).
 */
export interface Range {
  start: number;
  end: number;
}

/** A resolved place in a file: 0-based offset, 1-based line and column. */
export interface Point {
  offset: number;
  line: number;
  column: number;
}

export interface Position {
  start: Point;
  end: Point;
}
