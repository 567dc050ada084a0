// Scoring of beads against gold for the align evaluation: strict bead precision/recall/F1 and link F1.
import type { Lang } from '../../src/model/index.js';

/** A bead as gold files and systems write it: unit indices per language (absent = empty). */
export type IndexBead = Partial<Record<Lang, number[]>>;

/** Counts behind precision, recall and F1. */
export interface Counts {
  right: number;
  system: number;
  gold: number;
}

export const emptyCounts = (): Counts => ({ right: 0, system: 0, gold: 0 });

export function addCounts(into: Counts, more: Counts): void {
  into.right += more.right;
  into.system += more.system;
  into.gold += more.gold;
}

export function f1(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.system > 0 ? counts.right / counts.system : 0;
  const recall = counts.gold > 0 ? counts.right / counts.gold : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

function key(bead: IndexBead, langs: readonly Lang[]): string {
  return langs.map((lang) => (bead[lang] ?? []).join(',')).join('|');
}

/** Beads with no unit in any of `langs` are dropped before scoring. */
function nonEmpty(beads: readonly IndexBead[], langs: readonly Lang[]): IndexBead[] {
  return beads.filter((bead) => langs.some((lang) => (bead[lang] ?? []).length > 0));
}

/** Strict bead match: a system bead is right when a gold bead has exactly the same units in every language. */
export function strictCounts(system: readonly IndexBead[], gold: readonly IndexBead[], langs: readonly Lang[]): Counts {
  const sys = nonEmpty(system, langs);
  const ref = nonEmpty(gold, langs);
  const goldKeys = new Set(ref.map((bead) => key(bead, langs)));
  return { right: sys.filter((bead) => goldKeys.has(key(bead, langs))).length, system: sys.length, gold: ref.length };
}

/** Link match: the unit pairs (across each pair of languages) that share a bead. */
export function linkCounts(system: readonly IndexBead[], gold: readonly IndexBead[], langs: readonly Lang[]): Counts {
  const links = (beads: readonly IndexBead[]): Set<string> => {
    const out = new Set<string>();
    for (const bead of beads) {
      for (let x = 0; x < langs.length; x++) {
        for (let y = x + 1; y < langs.length; y++) {
          for (const i of bead[langs[x]] ?? []) for (const j of bead[langs[y]] ?? []) out.add(`${langs[x]}${i}-${langs[y]}${j}`);
        }
      }
    }
    return out;
  };
  const sys = links(system);
  const ref = links(gold);
  let right = 0;
  for (const link of sys) if (ref.has(link)) right++;
  return { right, system: sys.size, gold: ref.size };
}
