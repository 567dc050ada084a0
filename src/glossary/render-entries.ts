import type { Lang } from '../model/index.js';
import { LANGS } from '../model/index.js';
import type { Glossary, GlossaryEntry, GlossaryExample, GlossaryTerm } from './types.js';
import type { CorpusEvidence, CorpusTerm } from './collect-evidence.js';
import type { AlignedDocument } from '../align/types.js';
import { canonicalOf, singularCanonicalOf, termBeads, termDocuments } from './collect-evidence.js';
import type { DraftEntry } from './build-entries.js';
import { entryId } from './entry-id.js';
import { diceLowerBound } from './association.js';
import { chooseCanonicals, type EntrySide } from './choose-canonical.js';
import { deferElaborations, type ElaborationEntry } from './defer-elaborations.js';

/** Kinds of bead that make good examples, best first: full sentences read better than titles or keyword items. */
const EXAMPLE_KIND_ORDER = ['abstract', 'body', 'title', 'keywords', 'references'];
const MAX_EXAMPLES = 3;

/**
 * Entry score in [0, 1]: the mean over the entry's language pairs of a cautious Dice (`diceLowerBound`), so that
 * recurring, consistently translated terms rank first. A title or keyword-item attestation counts as two more
 * agreeing beads; otherwise `unalignedBonus` does (see `unalignedRecurrenceBonus`). A pair seen together once
 * scores 0.5, on a keyword line 0.75, ten times out of ten 0.91.
 * The beads count in proportion to `ownShare`, the share of the entry's occurrences that are its own use rather
 * than parts of longer terms (see `entryOwnShare`): "leader" three times out of three, each time inside "North
 * Korean leader" or "US leader", scores as two beads (0.67), not three (0.75).
 */
export function entryScore(entry: DraftEntry, ownShare = 1, unalignedBonus = 0): number {
  if (entry.agreement.length === 0) return 0;
  const bonus = entry.strong ? 2 : unalignedBonus;
  const share = Math.min(1, Math.max(0, ownShare));
  const bounds = entry.agreement.map(({ both, a, b }) =>
    diceLowerBound({ both: (both + bonus) * share, a: (a + bonus) * share, b: (b + bonus) * share }),
  );
  return Math.round((bounds.reduce((sum, bound) => sum + bound, 0) / bounds.length) * 1000) / 1000;
}

/**
 * The share of an entry's occurrences that are its own use, in the language where that share is highest: a term
 * nested in longer candidates of one language only (a Kazakh compound, a Russian genitive chain) is not taken for
 * a part of terms when another language uses it on its own ("political situation", alone in English, inside
 * longer Kazakh and Russian candidates). A title or keyword item is the term's own use wherever it also occurs.
 * Own use is C-value's (`CorpusTerm.ownFrequency`), and across documents only its recurrence counts
 * (`recurrentOwnUse`): a word met once in each of many documents is general vocabulary, not their subject.
 */
export function entryOwnShare(evidence: CorpusEvidence, entry: DraftEntry): number {
  if (entry.strong) return 1;
  let best = 0;
  for (const lang of LANGS) {
    const index = entry.terms[lang];
    if (index === null) continue;
    const term = evidence.terms[index];
    if (term.frequency === 0) continue;
    const own = recurrentOwnUse(term.ownFrequency, termDocuments(evidence, index).length);
    best = Math.max(best, Math.min(1, own / term.frequency));
  }
  return best;
}

/**
 * A term's own occurrences (`ownFrequency`) less the first occurrence in each document but one: what the term's
 * recurrence within documents attests. A subject term, once it appears in a document, tends to come back (Katz
 * 1996, burstiness; Church & Gale 1995), while general vocabulary is spread thinly: over ntrex-dev's 49 news
 * documents "September" is 7 occurrences in 7 documents and "Saturday" 31 in 21, "sanction" 8 in one and
 * "school" 22 in 6. A single document is unaffected; the first occurrence of all always counts.
 */
export function recurrentOwnUse(ownFrequency: number, documents: number): number {
  return Math.max(Math.min(ownFrequency, 1), ownFrequency - Math.max(0, documents - 1));
}

/** Occurrences outside the aligned beads that make a term recurrent there (see `unalignedRecurrenceBonus`). */
export const UNALIGNED_RECURRENCE_MIN = 5;

/**
 * Agreeing beads added to an entry's pairs when one of its terms recurs in text the other languages lack (an
 * English body beside a trilingual abstract): 1 when some term has at least `UNALIGNED_RECURRENCE_MIN`
 * occurrences that are its own use (not inside a longer candidate), outside its beads of two or more languages,
 * and beyond the other languages' counts of the entry; else 0. Its one aligned bead then gives the translation of
 * a subject term ("political system", 17 times in seed 000's English, once in its abstract, and that time inside
 * "leading political system"), which outranks a term met once. News documents, aligned throughout, seldom have
 * such a surplus. The occurrences outside beads are estimated as frequency less beads (the evidence counts beads,
 * not occurrences in them), hence the last bound, which a term repeated within its beads in every language does
 * not pass.
 */
export function unalignedRecurrenceBonus(evidence: CorpusEvidence, entry: DraftEntry): number {
  const present = LANGS.filter((lang) => entry.terms[lang] !== null).map((lang) => evidence.terms[entry.terms[lang]!]);
  for (const term of present) {
    const others = Math.max(0, ...present.filter((other) => other !== term).map((other) => other.frequency));
    const outside = Math.min(term.standalone, term.frequency - termBeads(evidence, term.index).length, term.frequency - others);
    if (outside >= UNALIGNED_RECURRENCE_MIN) return 1;
  }
  return 0;
}

function displayVariants(terms: CorpusTerm[], canonical: string): string[] {
  const counts = new Map<string, number>();
  const properNoun = /^\p{Lu}/u.test(canonical);
  terms.forEach((term, i) => {
    for (const [form, count] of term.variants) {
      const shown = properNoun ? form : form.toLowerCase();
      counts.set(shown, (counts.get(shown) ?? 0) + count);
    }
    // An alternative rendering's own canonical is a variant; the main term's is not when the entry corrected it.
    const alternative = canonicalOf(term);
    if (i > 0 && !counts.has(alternative)) counts.set(alternative, 0);
  });
  counts.delete(canonical);
  if (!properNoun) counts.delete(canonical.toLowerCase());
  return [...counts.entries()].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1)).map(([form]) => form);
}

/** A corpus term's canonical form, the surface forms it was written in and its number (see `chooseCanonicals`). */
function entrySide(term: CorpusTerm): EntrySide {
  return {
    canonical: canonicalOf(term),
    forms: [...term.variants],
    singular: singularCanonicalOf(term),
    singularAttested: term.singularAttested,
  };
}

function glossaryTerm(evidence: CorpusEvidence, term: string, main: number, alternatives: number[]): GlossaryTerm {
  const terms = [main, ...alternatives].map((index) => evidence.terms[index]);
  return {
    term,
    variants: displayVariants(terms, term),
    frequency: terms.reduce((sum, t) => sum + t.frequency, 0),
  };
}

function beadText(documents: readonly AlignedDocument[], evidence: CorpusEvidence, beadIndex: number, lang: Lang): string | null {
  const bead = evidence.beads[beadIndex];
  const section = documents[bead.document].sections[bead.section];
  const indices = section.beads[bead.bead][lang];
  if (indices.length === 0) return null;
  return indices.map((i) => section.sentences[lang][i]?.text ?? '').join(' ');
}

/**
 * The length of each bead's text in all three languages, worked out once for the corpus: a bead supports every
 * entry whose terms it holds, and frequent terms' entries share thousands of beads.
 */
function beadLengths(documents: readonly AlignedDocument[], evidence: CorpusEvidence): (bead: number) => number {
  const lengths = new Int32Array(evidence.beads.length).fill(-1);
  return (bead) => {
    if (lengths[bead] === -1) lengths[bead] = LANGS.reduce((sum, lang) => sum + (beadText(documents, evidence, bead, lang)?.length ?? 0), 0);
    return lengths[bead];
  };
}

function examplesOf(documents: readonly AlignedDocument[], evidence: CorpusEvidence, entry: DraftEntry, length: (bead: number) => number): GlossaryExample[] {
  // Full sentences first, then shorter ones: they show the term more clearly.
  const before = (p: number, q: number) => {
    const kp = EXAMPLE_KIND_ORDER.indexOf(evidence.beads[p].kind);
    const kq = EXAMPLE_KIND_ORDER.indexOf(evidence.beads[q].kind);
    if (kp !== kq) return kp < kq;
    return length(p) - length(q) < 0 || (length(p) === length(q) && p < q);
  };
  // The best few in that order, kept sorted as the support is scanned (a frequent term has thousands of beads).
  const best: number[] = [];
  for (const bead of entry.support) {
    if (best.length === MAX_EXAMPLES && !before(bead, best[MAX_EXAMPLES - 1])) continue;
    let at = best.length;
    while (at > 0 && before(bead, best[at - 1])) at--;
    best.splice(at, 0, bead);
    if (best.length > MAX_EXAMPLES) best.pop();
  }
  return best.map((beadIndex) => {
    const bead = evidence.beads[beadIndex];
    return {
      document: documents[bead.document].id,
      en: beadText(documents, evidence, beadIndex, 'en'),
      kk: beadText(documents, evidence, beadIndex, 'kk'),
      ru: beadText(documents, evidence, beadIndex, 'ru'),
    };
  });
}

/** Turns draft entries into the contract's entries, ranked: best attested first. */
export function renderEntries(
  documents: readonly AlignedDocument[],
  evidence: CorpusEvidence,
  drafts: readonly DraftEntry[],
): GlossaryEntry[] {
  const lengthOf = beadLengths(documents, evidence);
  const rendered = drafts.map((draft) => {
    const forms = Object.fromEntries(
      LANGS.map((lang) => [lang, draft.terms[lang] === null ? null : entrySide(evidence.terms[draft.terms[lang]!])]),
    ) as Record<Lang, EntrySide | null>;
    const canonicals = chooseCanonicals(forms);
    const side = (lang: Lang) => {
      const main = draft.terms[lang];
      return main === null ? null : glossaryTerm(evidence, canonicals[lang]!, main, draft.alternatives[lang]);
    };
    const documentsOf = new Set<string>();
    for (const lang of LANGS) {
      const main = draft.terms[lang];
      if (main !== null) for (const document of termDocuments(evidence, main)) documentsOf.add(evidence.documentIds[document]);
    }
    const entry: GlossaryEntry = {
      id: entryId({
        en: draft.terms.en === null ? null : evidence.terms[draft.terms.en].key,
        kk: draft.terms.kk === null ? null : evidence.terms[draft.terms.kk].key,
        ru: draft.terms.ru === null ? null : evidence.terms[draft.terms.ru].key,
      }),
      en: side('en'),
      kk: side('kk'),
      ru: side('ru'),
      score: entryScore(draft, entryOwnShare(evidence, draft), unalignedRecurrenceBonus(evidence, draft)),
      documents: [...documentsOf].sort(),
      examples: examplesOf(documents, evidence, draft, lengthOf),
      status: 'candidate',
    };
    const gaps = LANGS.filter((lang) => draft.terms[lang] === null);
    if (gaps.length > 0) entry.gaps = gaps;
    return { entry, support: draft.support.length, terms: draft.terms };
  });
  const languages = (entry: GlossaryEntry) => LANGS.filter((lang) => entry[lang] !== null).length;
  const frequency = (entry: GlossaryEntry) => Math.min(...LANGS.map((lang) => entry[lang]?.frequency ?? Infinity));
  const attestation = (entry: GlossaryEntry) => LANGS.reduce((sum, lang) => sum + (entry[lang]?.frequency ?? 0), 0);
  // Best attested first: the score, then more languages, more beads holding the whole entry, its rarest term
  // seen more often, and more occurrences in all (a term that an English body uses seventeen times before one it
  // uses once, among the many entries of a single abstract sentence); the id only keeps the order stable.
  rendered.sort(
    (p, q) =>
      q.entry.score - p.entry.score ||
      languages(q.entry) - languages(p.entry) ||
      q.support - p.support ||
      frequency(q.entry) - frequency(p.entry) ||
      attestation(q.entry) - attestation(p.entry) ||
      (p.entry.id < q.entry.id ? -1 : 1),
  );
  const sides = (r: (typeof rendered)[number]) =>
    Object.fromEntries(
      LANGS.map((lang) => {
        const index = r.terms[lang];
        return [lang, index === null ? null : { key: evidence.terms[index].key, head: evidence.terms[index].head }];
      }),
    ) as ElaborationEntry;
  // Entries the ranking cannot tell apart by score and languages: the tiers in which elaborations go last.
  const sameTier = (p: (typeof rendered)[number], q: (typeof rendered)[number]) =>
    p.entry.score === q.entry.score && languages(p.entry) === languages(q.entry);
  return deferElaborations(rendered, sameTier, sides).map((r) => r.entry);
}

/** Candidates that found no partner, per language, most frequent first (for the review workbook). */
export function unpairedTerms(evidence: CorpusEvidence, used: ReadonlySet<number>, limit: number): Glossary['unpaired'] {
  const unpaired: Glossary['unpaired'] = { en: [], kk: [], ru: [] };
  const sorted = evidence.terms
    .filter((term) => !used.has(term.index))
    .sort((p, q) => q.frequency - p.frequency || q.termhood - p.termhood || (p.key < q.key ? -1 : 1));
  for (const term of sorted) {
    if (unpaired[term.lang].length >= limit) continue;
    const canonical = chooseCanonicals({ en: null, kk: null, ru: null, [term.lang]: entrySide(term) })[term.lang]!;
    unpaired[term.lang].push(glossaryTerm(evidence, canonical, term.index, []));
  }
  return unpaired;
}
