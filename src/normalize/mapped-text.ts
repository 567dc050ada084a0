import type { OffsetMap } from './types.js';

/**
 * Text under normalization with, for every UTF-16 code unit, the source offset it came from, and the source
 * offset just past the stretch (what the end of the text maps to).
 */
export interface MappedText {
  text: string;
  /** One source offset per code unit, in a typed array so each step copies unchanged stretches in bulk. */
  source: Int32Array;
  end: number;
}

/** A replacement of `text[start, end)` by `insert`, in the coordinates of the text it applies to. */
export interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** Source text `text` that starts at source offset `start`: every unit maps to itself. */
export function fromSource(text: string, start: number): MappedText {
  const source = new Int32Array(text.length);
  for (let i = 0; i < source.length; i++) source[i] = start + i;
  return { text, source, end: start + text.length };
}

/**
 * Applies non-overlapping edits (sorted by start). A replacement's units map to the units they replace, one to
 * one while both last, then to the last replaced unit; an insertion at an empty range maps to the next unit.
 */
export function applyEdits(mapped: MappedText, edits: readonly Edit[]): MappedText {
  if (edits.length === 0) return mapped;
  let length = mapped.text.length;
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) throw new Error(`applyEdits: edits overlap or are unsorted at ${edit.start}; sort them and merge overlaps.`);
    length += edit.insert.length - (edit.end - edit.start);
    at = edit.end;
  }
  const parts: string[] = [];
  const source = new Int32Array(length);
  let written = 0;
  at = 0;
  for (const edit of edits) {
    parts.push(mapped.text.slice(at, edit.start), edit.insert);
    source.set(mapped.source.subarray(at, edit.start), written);
    written += edit.start - at;
    for (let j = 0; j < edit.insert.length; j++) {
      const from = Math.min(edit.start + j, edit.end - 1);
      source[written++] = from >= edit.start ? mapped.source[from] : (mapped.source[edit.start] ?? mapped.end);
    }
    at = edit.end;
  }
  parts.push(mapped.text.slice(at));
  source.set(mapped.source.subarray(at), written);
  return { text: parts.join(''), source, end: mapped.end };
}

/** Source range `[start, end)` covered by `text[start, end)` of a mapped text. */
export function sourceRangeOf(mapped: MappedText, start: number, end: number): { start: number; end: number } {
  const from = mapped.source[start] ?? mapped.end;
  const last = end > start ? mapped.source[end - 1] : undefined;
  return { start: from, end: last === undefined ? from : last + 1 };
}

/**
 * Compresses the per-unit source offsets into runs (see `OffsetMap`): a new run wherever the source jumps.
 * A final run at the text's end maps it to the end of the last unit's source, when that differs from the
 * straight continuation.
 */
export function toOffsetMap(mapped: MappedText): OffsetMap {
  const runs: Array<[number, number]> = [];
  const { source } = mapped;
  for (let i = 0; i < source.length; i++) {
    if (i === 0 || source[i] !== source[i - 1] + 1) runs.push([i, source[i]]);
  }
  if (runs.length === 0) return { runs: [[0, mapped.end]] };
  const n = source.length;
  const last = runs[runs.length - 1];
  const straightEnd = last[1] + (n - last[0]);
  const end = source[n - 1] + 1;
  if (straightEnd !== end) runs.push([n, end]);
  return { runs };
}
