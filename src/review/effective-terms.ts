import { LANGS } from '../model/index.js';
import type { Decision, TermSet } from './types.js';

/** The terms a decision stands for: the terms it applies to, with the reviewer's corrections laid over them. */
export function effectiveTerms(decision: Decision): TermSet {
  const terms = { ...decision.appliesTo };
  for (const lang of LANGS) {
    const corrected = decision.corrected?.[lang];
    if (corrected !== undefined) terms[lang] = corrected;
  }
  return terms;
}
