// Scores a lemmatiser against gold lemmas: pairwise "same lexeme" decisions over distinct forms, and lemma accuracy.

/** One gold row: a word form, its gold lemma, its part of speech, its token count. */
export interface LemmaGoldRow {
  form: string;
  lemma: string;
  upos: string;
  count: number;
}

/** Pairwise and exact-match figures of one grouping. */
export interface GroupingScore {
  /** Distinct forms scored. */
  forms: number;
  /** Pairs of distinct forms that share a gold lemma / a system key / both. */
  goldPairs: number;
  systemPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of distinct forms whose key equals (one of) their gold lemma(s). */
  lemmaAccuracy: number;
  /** The same, weighted by token count. */
  tokenLemmaAccuracy: number;
}

/** Pairs (i < j) of indices that share a label; a form may carry several gold labels. */
function pairsSharingLabel(labels: ReadonlyArray<ReadonlySet<string>>): Set<number> {
  const byLabel = new Map<string, number[]>();
  labels.forEach((set, index) => {
    for (const label of set) {
      let members = byLabel.get(label);
      if (members === undefined) byLabel.set(label, (members = []));
      members.push(index);
    }
  });
  const n = labels.length;
  const pairs = new Set<number>();
  for (const members of byLabel.values()) {
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) pairs.add(members[a] * n + members[b]);
    }
  }
  return pairs;
}

/**
 * Scores `keyOf` on the distinct forms of `rows`. Two distinct forms are a gold pair when they share a gold lemma
 * and a system pair when `keyOf` gives them the same key; precision, recall and F1 count those pairs. Lemma accuracy
 * asks `keyOf(form) === gold lemma` (any of the form's gold lemmas when the treebank gives several).
 */
export function scoreLexemeGrouping(rows: readonly LemmaGoldRow[], keyOf: (form: string) => string): GroupingScore {
  const gold = new Map<string, { lemmas: Set<string>; count: number }>();
  for (const row of rows) {
    const entry = gold.get(row.form) ?? { lemmas: new Set<string>(), count: 0 };
    entry.lemmas.add(row.lemma);
    entry.count += row.count;
    gold.set(row.form, entry);
  }
  const forms = [...gold.keys()].sort();
  const goldLabels = forms.map((form) => gold.get(form)!.lemmas);
  const keys = forms.map((form) => keyOf(form));
  const goldPairs = pairsSharingLabel(goldLabels);
  const systemPairs = pairsSharingLabel(keys.map((key) => new Set([key])));
  let correctPairs = 0;
  for (const pair of systemPairs) if (goldPairs.has(pair)) correctPairs++;
  let exact = 0;
  let exactTokens = 0;
  let tokens = 0;
  forms.forEach((form, index) => {
    const entry = gold.get(form)!;
    tokens += entry.count;
    if (entry.lemmas.has(keys[index])) {
      exact++;
      exactTokens += entry.count;
    }
  });
  const precision = systemPairs.size === 0 ? 1 : correctPairs / systemPairs.size;
  const recall = goldPairs.size === 0 ? 1 : correctPairs / goldPairs.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    forms: forms.length,
    goldPairs: goldPairs.size,
    systemPairs: systemPairs.size,
    correctPairs,
    precision,
    recall,
    f1,
    lemmaAccuracy: forms.length === 0 ? 0 : exact / forms.length,
    tokenLemmaAccuracy: tokens === 0 ? 0 : exactTokens / tokens,
  };
}
