import type { SpanBead } from './align-pair.js';

/**
 * Independent pairwise alignment made three-way through a pivot (axis 0, English in tilmash): beads of the
 * alignments 0–1 and 0–2 are merged wherever their axis-0 spans overlap, so each 3-way bead is the smallest group of
 * pivot units that neither alignment splits. A unit without a pivot counterpart becomes its own bead, unless it sits
 * inside a merged group (it is then between two units of the group and must join it to keep beads contiguous).
 * This is what pairwise tools can offer for three languages, and the joint search is measured against it.
 */
export function composeThroughPivot(beads01: readonly SpanBead[], beads02: readonly SpanBead[], n0: number): SpanBead[] {
  const cuts01 = pivotCuts(beads01);
  const cuts02 = pivotCuts(beads02);
  const cuts = [...cuts01].filter((p) => cuts02.has(p)).sort((x, y) => x - y);
  if (cuts[cuts.length - 1] !== n0) cuts.push(n0);
  const out: SpanBead[] = [];
  let p = 0;
  let pointer01 = 0;
  let pointer02 = 0;
  for (const q of cuts) {
    // Insertions standing exactly at the cut p come first, alone.
    while (pointer01 < beads01.length && isInsertionAt(beads01[pointer01], p)) {
      const bead = beads01[pointer01++];
      out.push({ starts: [p, bead.starts[1], -1], ends: [p, bead.ends[1], -1], cost: bead.cost });
    }
    while (pointer02 < beads02.length && isInsertionAt(beads02[pointer02], p)) {
      const bead = beads02[pointer02++];
      out.push({ starts: [p, -1, bead.starts[1]], ends: [p, -1, bead.ends[1]], cost: bead.cost });
    }
    if (q === p) continue;
    const group1 = takeGroup(beads01, pointer01, q);
    const group2 = takeGroup(beads02, pointer02, q);
    pointer01 = group1.next;
    pointer02 = group2.next;
    out.push({
      starts: [p, group1.start, group2.start],
      ends: [q, group1.end, group2.end],
      cost: group1.cost + group2.cost,
    });
    p = q;
  }
  for (; pointer01 < beads01.length; pointer01++) {
    const bead = beads01[pointer01];
    out.push({ starts: [n0, bead.starts[1], -1], ends: [n0, bead.ends[1], -1], cost: bead.cost });
  }
  for (; pointer02 < beads02.length; pointer02++) {
    const bead = beads02[pointer02];
    out.push({ starts: [n0, -1, bead.starts[1]], ends: [n0, -1, bead.ends[1]], cost: bead.cost });
  }
  return fillEmptySpans(out);
}

function pivotCuts(beads: readonly SpanBead[]): Set<number> {
  const cuts = new Set<number>();
  for (const bead of beads) if (bead.ends[0] > bead.starts[0]) cuts.add(bead.ends[0]);
  return cuts;
}

function isInsertionAt(bead: SpanBead, p: number): boolean {
  return bead.starts[0] === p && bead.ends[0] === p;
}

/** Consumes the beads whose pivot span ends at or before q (interior insertions included). */
function takeGroup(beads: readonly SpanBead[], from: number, q: number): { start: number; end: number; cost: number; next: number } {
  let next = from;
  let start = -1;
  let end = -1;
  let cost = 0;
  while (next < beads.length && beads[next].ends[0] <= q && !(beads[next].starts[0] === q && beads[next].ends[0] === q)) {
    const bead = beads[next++];
    if (start < 0) start = bead.starts[1];
    end = bead.ends[1];
    cost += bead.cost;
  }
  return { start, end, cost, next };
}

/** Empty spans were marked −1 while composing; give them the position of the neighbouring beads. */
function fillEmptySpans(beads: SpanBead[]): SpanBead[] {
  for (const axis of [1, 2]) {
    let position = 0;
    for (const bead of beads) {
      if (bead.starts[axis] < 0 || bead.starts[axis] === bead.ends[axis]) {
        bead.starts[axis] = position;
        bead.ends[axis] = position;
      } else position = bead.ends[axis];
    }
  }
  return beads;
}
