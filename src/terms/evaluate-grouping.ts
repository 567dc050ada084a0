/**
 * Scoring of a lemmatiser's "same lexeme" decisions against a gold lemma table (UD-derived
 * `form<TAB>lemma<TAB>upos<TAB>count` rows). Pure: the caller reads the table and passes the rows.
 *
 * Everything is counted over distinct forms, not tokens, so frequent words do not hide errors on the long tail
 * of inflected forms that term grouping depends on.
 */

/** One row of a gold lemma table. */
export interface GoldLemmaRow {
  form: string;
  lemma: string;
  upos: string;
  count: number;
}

/** Precision, recall and their harmonic mean. */
export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

/** Figures of one key function on one subset of the table. */
export interface GroupingScore {
  /** Distinct forms scored. */
  forms: number;
  /** Pairs of distinct forms that share a gold lemma. */
  goldPairs: number;
  /** Pairs of distinct forms that share a system key. */
  systemPairs: number;
  /** Pairwise "same lexeme" decisions. */
  pairwise: PrecisionRecall;
  /** B-cubed over distinct forms (each form weighs the same). */
  bcubed: PrecisionRecall;
  /** Share of distinct forms whose key equals one of their gold lemmas. */
  lemmaAccuracy: number;
}

export interface GroupingOptions {
  /**
   * Applied to gold lemmas and system keys before comparing them for lemma accuracy (e.g. `ё` → `е` for
   * Russian, where UD keeps `ё` as written and the system folds it).
   */
  foldLemma?: (lemma: string) => string;
}

function harmonic(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function ratio(part: number, whole: number): number {
  // An empty denominator means nothing could go wrong on that side: count it as perfect.
  return whole === 0 ? 1 : part / whole;
}

function groupIndices(values: string[][]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  values.forEach((list, index) => {
    for (const value of list) {
      const group = groups.get(value);
      if (group) group.push(index);
      else groups.set(value, [index]);
    }
  });
  return groups;
}

function sharesAny(a: Set<string>, b: Set<string>): boolean {
  for (const value of a) if (b.has(value)) return true;
  return false;
}

/**
 * Scores a key function on the given rows (already filtered to the parts of speech of interest).
 * A form with several gold lemmas (homographs) belongs to each of them: it forms a gold pair with any form
 * that shares one, and its key is right when it equals any of them.
 *
 * @param rows gold rows; duplicates of a form are merged
 * @param key the system's grouping key of a (lower-case) form; called once per distinct form
 */
export function evaluateGrouping(
  rows: readonly GoldLemmaRow[],
  key: (form: string) => string,
  options: GroupingOptions = {},
): GroupingScore {
  const fold = options.foldLemma ?? ((lemma: string) => lemma);
  const lemmasByForm = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = lemmasByForm.get(row.form) ?? new Set<string>();
    set.add(row.lemma);
    lemmasByForm.set(row.form, set);
  }
  const forms = [...lemmasByForm.keys()];
  const goldLemmas = forms.map((form) => lemmasByForm.get(form) as Set<string>);
  const keys = forms.map((form) => key(form));

  const goldGroups = groupIndices(goldLemmas.map((set) => [...set]));
  const systemGroups = groupIndices(keys.map((k) => [k]));

  // Gold cluster of each form: every form sharing one of its lemmas (itself included).
  const goldCluster = forms.map(() => new Set<number>());
  for (const members of goldGroups.values()) {
    for (const i of members) for (const j of members) goldCluster[i].add(j);
  }
  let goldPairs = 0;
  for (const cluster of goldCluster) goldPairs += cluster.size - 1;
  goldPairs /= 2;

  let systemPairs = 0;
  let correctPairs = 0;
  let bPrecision = 0;
  let bRecall = 0;
  for (const members of systemGroups.values()) {
    systemPairs += (members.length * (members.length - 1)) / 2;
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        if (sharesAny(goldLemmas[members[a]], goldLemmas[members[b]])) correctPairs++;
      }
    }
    for (const i of members) {
      let overlap = 0;
      for (const j of members) if (goldCluster[i].has(j)) overlap++;
      bPrecision += overlap / members.length;
      bRecall += overlap / goldCluster[i].size;
    }
  }

  let correctLemmas = 0;
  keys.forEach((k, i) => {
    const folded = fold(k);
    for (const lemma of goldLemmas[i]) {
      if (fold(lemma) === folded) {
        correctLemmas++;
        break;
      }
    }
  });

  const precision = ratio(correctPairs, systemPairs);
  const recall = ratio(correctPairs, goldPairs);
  const n = forms.length;
  const bp = n === 0 ? 1 : bPrecision / n;
  const br = n === 0 ? 1 : bRecall / n;
  return {
    forms: n,
    goldPairs,
    systemPairs,
    pairwise: { precision, recall, f1: harmonic(precision, recall) },
    bcubed: { precision: bp, recall: br, f1: harmonic(bp, br) },
    lemmaAccuracy: n === 0 ? 1 : correctLemmas / n,
  };
}

/**
 * Parses a gold lemma table (`form<TAB>lemma<TAB>upos<TAB>count`, one row per line). Blank lines are skipped;
 * a malformed line is returned in `bad` with its 1-based number, so the caller can report it.
 */
export function parseGoldLemmaTable(text: string): { rows: GoldLemmaRow[]; bad: number[] } {
  const rows: GoldLemmaRow[] = [];
  const bad: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const [form, lemma, upos, count] = line.split('\t');
    const n = Number(count);
    if (!form || !lemma || !upos || !Number.isFinite(n)) bad.push(index + 1);
    else rows.push({ form, lemma, upos, count: n });
  });
  return { rows, bad };
}
