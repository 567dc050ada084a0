import type { Lang } from '../model/index.js';
import { mostFrequent } from './group-candidates.js';
import { scoreCValue } from './score-c-value.js';
import type { CorpusTermCandidate, DocumentTerms } from './types.js';

/**
 * Merges the documents' candidates into corpus candidates per language and key: frequencies and variants
 * summed, document frequency counted, the canonical form voted by frequency (in the singular when any
 * document attests the singular), and the C-value recomputed on
 * corpus frequencies (nesting is a corpus-wide relation). Sorted by language, then best first.
 */
export function mergeDocumentTerms(docs: readonly DocumentTerms[]): CorpusTermCandidate[] {
  interface Merged {
    lang: Lang;
    key: string;
    words: number;
    frequency: number;
    documents: Set<string>;
    variants: Record<string, number>;
    votes: Map<string, number>;
    /** Votes for the singular forms; used when some document attests the singular. */
    singularVotes: Map<string, number>;
    singularAttested: boolean;
  }
  const merged = new Map<string, Merged>();
  for (const doc of docs) {
    for (const candidate of doc.candidates) {
      const id = `${candidate.lang}\u0000${candidate.key}`;
      let entry = merged.get(id);
      if (!entry) {
        entry = {
          lang: candidate.lang,
          key: candidate.key,
          words: candidate.words,
          frequency: 0,
          documents: new Set(),
          variants: {},
          votes: new Map(),
          singularVotes: new Map(),
          singularAttested: false,
        };
        merged.set(id, entry);
      }
      entry.frequency += candidate.frequency;
      entry.documents.add(doc.id);
      for (const [variant, count] of Object.entries(candidate.variants)) {
        entry.variants[variant] = (entry.variants[variant] ?? 0) + count;
      }
      entry.votes.set(candidate.canonical, (entry.votes.get(candidate.canonical) ?? 0) + candidate.frequency);
      const singular = candidate.singularCanonical ?? candidate.canonical;
      entry.singularVotes.set(singular, (entry.singularVotes.get(singular) ?? 0) + candidate.frequency);
      if (candidate.singularCanonical === undefined) entry.singularAttested = true;
    }
  }
  const result: CorpusTermCandidate[] = [];
  const byLang = new Map<Lang, Merged[]>();
  for (const entry of merged.values()) {
    const list = byLang.get(entry.lang) ?? [];
    list.push(entry);
    byLang.set(entry.lang, list);
  }
  for (const lang of ['en', 'kk', 'ru'] as const) {
    const list = byLang.get(lang) ?? [];
    const scores = scoreCValue(list.map((e) => ({ wordKeys: e.key.split(' '), frequency: e.frequency })));
    const candidates = list.map(
      (e, i): CorpusTermCandidate => ({
        lang,
        key: e.key,
        // Nouns in the singular where the corpus attests it (one document is enough), else as seen.
        canonical: mostFrequent(e.singularAttested ? e.singularVotes : e.votes),
        words: e.words,
        frequency: e.frequency,
        documentFrequency: e.documents.size,
        documents: [...e.documents].sort(),
        variants: e.variants,
        score: scores[i],
      }),
    );
    candidates.sort((a, b) => b.score - a.score || b.frequency - a.frequency || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    result.push(...candidates);
  }
  return result;
}
