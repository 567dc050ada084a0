import type { AlignedDocument } from '../align/types.js';
import type { Lang, Report, SectionKind } from '../model/index.js';
import { LetterCaseCounts } from './choose-letter-case.js';
import { findEnglishTerms } from './find-english-terms.js';
import { findKazakhTerms, kazakhInflectedKeys } from './find-kazakh-terms.js';
import { findRussianTerms } from './find-russian-terms.js';
import { KAZAKH_MORPHOLOGY_VERSION } from './morphology/kk/index.js';
import { RUSSIAN_MORPHOLOGY_VERSION } from './morphology/ru/index.js';
import { groupCandidates } from './group-candidates.js';
import type { FoundTerm, SentenceTerms } from './sentence-terms.js';
import { tokenizeWords, type WordToken } from './tokenize-words.js';
import { TERMS_SCHEMA_VERSION, type DocumentTerms, type TermCandidate, type TermOccurrence } from './types.js';

export { lemmaKey, loadMorphology } from './morphology/index.js';
export type { DocumentTerms, TermCandidate, TermOccurrence } from './types.js';

/**
 * Stage version: bump the first number whenever the candidates change for the same input. The Kazakh
 * analyser's own version is part of it, since its keys feed the Kazakh candidates.
 */
export const version = `24.kk${KAZAKH_MORPHOLOGY_VERSION}.ru${RUSSIAN_MORPHOLOGY_VERSION}`;

/** Sections whose sentences yield terms; reference lists are titles of other works and names. */
const TERM_SECTIONS: ReadonlySet<SectionKind> = new Set(['title', 'abstract', 'keywords', 'body']);

/** Sections whose running text tells how a word is capitalised (titles and keyword items capitalise anyway). */
const RUNNING_TEXT: ReadonlySet<SectionKind> = new Set(['abstract', 'body']);

/**
 * The terms stage: per language, single and multiword term candidates (1-4 words) from noun-phrase patterns,
 * grouped by lexeme key, with frequency, surface variants, occurrences (section, bead, sentence), a canonical
 * dictionary form and a C-value. Reads only title, abstract, keyword and body sentences. Pure: the input is
 * not changed.
 */
export function extractTerms(doc: AlignedDocument, report: Report): DocumentTerms {
  const candidates: TermCandidate[] = [];
  for (const lang of doc.languages) {
    const langCandidates = extractLanguage(doc, lang);
    if (langCandidates.length === 0 && doc.sections.some((s) => TERM_SECTIONS.has(s.kind) && s.sentences[lang]?.length > 0)) {
      report({
        reason: `Expected term candidates in the ${lang} text of \`${doc.file}\`, found none (no noun phrases outside stop words).`,
        ruleId: `no-term-candidates-${lang}`,
        severity: 'info',
      });
    }
    candidates.push(...langCandidates);
  }
  return { kind: 'document-terms', schemaVersion: TERMS_SCHEMA_VERSION, id: doc.id, file: doc.file, candidates };
}

function extractLanguage(doc: AlignedDocument, lang: Lang): TermCandidate[] {
  const sections = doc.sections.map((section, index) => ({ section, index })).filter(({ section }) => TERM_SECTIONS.has(section.kind));
  let find: (text: string) => SentenceTerms;
  if (lang === 'en') find = findEnglishTerms;
  else if (lang === 'ru') find = findRussianTerms;
  else {
    // Kazakh needs the whole document first: words it inflects are nouns even when they end like adjectives.
    // Each sentence is cut into words once for both readings.
    const cut = new Map<string, WordToken[]>();
    const wordsOf = (text: string): WordToken[] => {
      let words = cut.get(text);
      if (words === undefined) {
        words = tokenizeWords(text);
        cut.set(text, words);
      }
      return words;
    };
    const nounKeys = kazakhInflectedKeys(sections.flatMap(({ section }) => (section.sentences.kk ?? []).map((s) => s.text)), wordsOf);
    find = (text) => findKazakhTerms(text, nounKeys, wordsOf(text));
  }
  // Each term found, and where (the same index in both lists).
  const terms: FoundTerm[] = [];
  const occurrences: TermOccurrence[] = [];
  // Counted sentence by sentence: the samples need not outlive their sentence.
  const letterCase = new LetterCaseCounts();
  const singularKeys = new Set<string>();
  for (const { section, index } of sections) {
    const sentences = section.sentences[lang] ?? [];
    const beadOf = new Map<number, number>();
    section.beads.forEach((bead, b) => {
      for (const s of bead[lang] ?? []) beadOf.set(s, b);
    });
    const running = RUNNING_TEXT.has(section.kind);
    sentences.forEach((sentence, s) => {
      const found = find(sentence.text);
      for (const sample of found.caseSamples) if (running || sample.proper) letterCase.add(sample);
      for (const key of found.singularKeys) singularKeys.add(key);
      // A sentence outside every bead (should not happen) still counts; its bead is -1.
      const bead = beadOf.get(s) ?? -1;
      for (const term of found.matches) {
        terms.push(term);
        occurrences.push({ section: index, bead, sentence: s, surface: term.surface });
      }
    });
  }
  return groupCandidates(lang, terms, occurrences, singularKeys, letterCase.choose());
}
