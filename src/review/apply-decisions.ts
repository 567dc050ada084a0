import { LANGS } from '../model/index.js';
import type { Report } from '../model/index.js';
import type { Glossary, GlossaryEntry, GlossaryTerm } from '../glossary/types.js';
import type { Decision, DecisionsFile } from './types.js';
import { effectiveTerms } from './effective-terms.js';
import { entryTerms, termAgreement } from './term-keys.js';

/**
 * Applies the reviewers' decisions to a freshly computed glossary and returns a new glossary (the input is not
 * changed):
 * - each decision finds its entry by id, else by the terms it applies to (or its corrected terms), needing two
 *   languages to agree and none to differ (one when the entry has a single language);
 * - the entry takes the decision's status and note, and its corrected terms replace the computed ones (the
 *   inflected forms seen in the text stay: they are still evidence of the term);
 * - an approved decision whose entry the new computation no longer produces is kept, from the decision's terms,
 *   with no evidence (score 0, no documents), and reported;
 * - rejected entries stay in the glossary with status `rejected` (the exporters leave them out).
 */
export function applyDecisions(glossary: Glossary, decisions: DecisionsFile, report?: Report): Glossary {
  const entries: GlossaryEntry[] = glossary.entries.map((entry) => ({ ...entry }));
  const taken = new Set<number>();
  const byId = new Map(entries.map((entry, index) => [entry.id, index]));
  const unmatched: Decision[] = [];

  // Ids first, for all decisions, so that a term match never takes an entry another decision names by id.
  const pending: Decision[] = [];
  for (const decision of decisions.decisions) {
    const index = byId.get(decision.id);
    if (index !== undefined && !taken.has(index)) {
      taken.add(index);
      entries[index] = decided(entries[index], decision);
    } else pending.push(decision);
  }
  for (const decision of pending) {
    const index = findByTerms(entries, taken, decision);
    if (index === -1) {
      unmatched.push(decision);
      continue;
    }
    taken.add(index);
    entries[index] = decided(entries[index], decision);
  }

  const ids = new Set(entries.map((entry) => entry.id));
  for (const decision of unmatched) {
    if (decision.status !== 'approved') continue;
    const kept = keptEntry(decision);
    if (ids.has(kept.id)) continue;
    ids.add(kept.id);
    entries.push(kept);
    report?.({
      reason: `Approved entry "${kept.id}" (${describeTerms(kept)}) was not found in this build; it is kept from the decision, without evidence.`,
      ruleId: 'approved-entry-kept',
      severity: 'info',
    });
  }
  return { ...glossary, entries };
}

function decided(entry: GlossaryEntry, decision: Decision): GlossaryEntry {
  const next: GlossaryEntry = { ...entry, status: decision.status };
  if (decision.note) next.note = decision.note;
  else delete next.note;
  for (const lang of LANGS) {
    const corrected = decision.corrected?.[lang];
    if (corrected === undefined) continue;
    if (corrected === null) next[lang] = null;
    else next[lang] = withTerm(entry[lang], corrected);
  }
  return next;
}

function withTerm(side: GlossaryTerm | null, term: string): GlossaryTerm {
  return side ? { ...side, term, variants: [...side.variants] } : { term, variants: [], frequency: 0 };
}

function findByTerms(entries: readonly GlossaryEntry[], taken: ReadonlySet<number>, decision: Decision): number {
  const wanted = [decision.appliesTo, effectiveTerms(decision)];
  let best = -1;
  let bestAgreement = 0;
  entries.forEach((entry, index) => {
    if (taken.has(index)) return;
    const terms = entryTerms(entry);
    const languages = LANGS.filter((lang) => terms[lang] !== null).length;
    const needed = Math.min(2, languages);
    const agreement = Math.max(...wanted.map((w) => termAgreement(w, terms)));
    if (agreement >= needed && agreement > bestAgreement) {
      best = index;
      bestAgreement = agreement;
    }
  });
  return best;
}

function keptEntry(decision: Decision): GlossaryEntry {
  const terms = effectiveTerms(decision);
  const side = (term: string | null): GlossaryTerm | null => (term === null ? null : { term, variants: [], frequency: 0 });
  return {
    id: decision.id,
    en: side(terms.en),
    kk: side(terms.kk),
    ru: side(terms.ru),
    score: 0,
    documents: [],
    examples: [],
    status: 'approved',
    ...(decision.note ? { note: decision.note } : {}),
  };
}

function describeTerms(entry: GlossaryEntry): string {
  return LANGS.map((lang) => entry[lang]?.term)
    .filter((term): term is string => term !== undefined)
    .join(' / ');
}
