import type { Lang } from '../model/index.js';
import { LANGS } from '../model/index.js';
import type { GlossaryEntry } from './types.js';

/** A gold glossary entry: accepted forms per language; `core` entries must be found. */
export interface GoldEntry {
  en: string[];
  kk: string[];
  ru: string[];
  core?: boolean;
}

/** The gold README's comparison form: lower-cased, ё → е, hyphens and runs of spaces folded to one space. */
export function goldForm(term: string): string {
  return term.toLowerCase().replace(/ё/g, 'е').replace(/[\s\u00a0\-‐‑–]+/g, ' ').trim();
}

/** The gold entry a trilingual system entry matches (every language's canonical term among the gold forms). */
export function matchGold(entry: GlossaryEntry, gold: readonly GoldEntry[]): GoldEntry | null {
  if (!LANGS.every((lang) => entry[lang])) return null;
  return (
    gold.find((g) => LANGS.every((lang: Lang) => g[lang].map(goldForm).includes(goldForm(entry[lang]!.term)))) ?? null
  );
}

export interface GlossaryScore {
  /** Matched among the first `n` trilingual entries. */
  precisionAtN: number;
  n: number;
  consideredTop: number;
  coreRecall: number;
  coreFound: number;
  coreTotal: number;
  missingCore: GoldEntry[];
}

/** Precision of the first `n` trilingual entries and recall of the core gold entries. */
export function scoreGlossary(entries: readonly GlossaryEntry[], gold: readonly GoldEntry[], n = 20): GlossaryScore {
  const trilingual = entries.filter((e) => e.status !== 'rejected' && LANGS.every((lang) => e[lang]));
  const top = trilingual.slice(0, n);
  const matchedTop = top.filter((entry) => matchGold(entry, gold)).length;
  const matchedGold = new Set(trilingual.map((entry) => matchGold(entry, gold)).filter(Boolean));
  const core = gold.filter((g) => g.core);
  const missingCore = core.filter((g) => !matchedGold.has(g));
  return {
    precisionAtN: top.length ? matchedTop / top.length : 0,
    n,
    consideredTop: top.length,
    coreRecall: core.length ? (core.length - missingCore.length) / core.length : 1,
    coreFound: core.length - missingCore.length,
    coreTotal: core.length,
    missingCore,
  };
}
