import { LANGS, SECTION_KINDS, type Bead, type Lang, type Report, type SectionKind } from '../model/index.js';
import type { SegmentedDocument, Sentence } from '../segment/types.js';
import { alignReferencesByNumber } from './align-references.js';
import { alignUnits } from './align-units.js';
import { ALIGN_SCHEMA_VERSION, type AlignedDocument, type AlignedSection, type SeedPair } from './types.js';

/**
 * The align stage: aligns each section kind of a segmented document across its languages. Titles and keyword
 * lines are aligned first (keywords item by item) and become lexicon seeds for the abstract and the body;
 * reference lists align by item number when every language numbers them, otherwise like sentences.
 * Reports `unaligned-sentence` for units with no counterpart, `low-confidence-alignment` for beads under the review
 * threshold and `missing-section` when a section kind lacks a language the document has.
 */
export function align(doc: SegmentedDocument, report: Report): AlignedDocument {
  const byKind = new Map<SectionKind, Record<Lang, Sentence[]>>();
  for (const section of doc.sections) {
    let sentences = byKind.get(section.kind);
    if (!sentences) byKind.set(section.kind, (sentences = { en: [], kk: [], ru: [] }));
    sentences[section.lang].push(...section.sentences);
  }
  const seeds: SeedPair[] = [];
  const sections: AlignedSection[] = [];
  // Titles and keywords first: their beads seed the lexicon of the longer sections.
  const order: SectionKind[] = ['title', 'keywords', ...SECTION_KINDS.filter((k) => k !== 'title' && k !== 'keywords')];
  for (const kind of order) {
    const sentences = byKind.get(kind);
    if (!sentences) continue;
    const beads = alignSection(kind, sentences, seeds);
    if (kind === 'title' || kind === 'keywords') seeds.push(...seedsFrom(beads, sentences));
    reportSection(kind, sentences, beads, doc.languages, report);
    sections.push({ kind, sentences, beads });
  }
  sections.sort((x, y) => SECTION_KINDS.indexOf(x.kind) - SECTION_KINDS.indexOf(y.kind));
  return {
    kind: 'aligned-document',
    schemaVersion: ALIGN_SCHEMA_VERSION,
    id: doc.id,
    file: doc.file,
    languages: [...doc.languages],
    sections,
  };
}

function alignSection(kind: SectionKind, sentences: Record<Lang, Sentence[]>, seeds: readonly SeedPair[]): Bead[] {
  const texts: Partial<Record<Lang, string[]>> = {};
  for (const lang of LANGS) if (sentences[lang].length > 0) texts[lang] = sentences[lang].map((s) => s.text);
  if (kind === 'references') {
    const byNumber = alignReferencesByNumber(texts);
    if (byNumber) return byNumber;
  }
  return alignUnits(texts, { seedPairs: kind === 'abstract' || kind === 'body' ? seeds : [] });
}

/** Beads linking two or more languages, as texts, to seed the lexicon of later sections. */
function seedsFrom(beads: readonly Bead[], sentences: Record<Lang, Sentence[]>): SeedPair[] {
  const seeds: SeedPair[] = [];
  for (const bead of beads) {
    const seed: SeedPair = {};
    for (const lang of LANGS) if (bead[lang].length > 0) seed[lang] = bead[lang].map((i) => sentences[lang][i].text).join(' ');
    if (Object.keys(seed).length >= 2) seeds.push(seed);
  }
  return seeds;
}

function reportSection(
  kind: SectionKind,
  sentences: Record<Lang, Sentence[]>,
  beads: readonly Bead[],
  documentLangs: readonly Lang[],
  report: Report,
): void {
  const present = LANGS.filter((lang) => sentences[lang].length > 0);
  for (const lang of documentLangs) {
    if (present.length > 0 && !present.includes(lang)) {
      report({
        reason: `Expected a ${kind} section in \`${lang}\` as in ${present.join(', ')}, found none; it is left unaligned for \`${lang}\`.`,
        ruleId: 'missing-section',
        severity: 'info',
        range: sentences[present[0]][0].range,
      });
    }
  }
  if (present.length < 2) return;
  for (const bead of beads) {
    const langs = LANGS.filter((lang) => bead[lang].length > 0);
    const first = sentences[langs[0]][bead[langs[0]][0]];
    const range = { start: first.range.start, end: sentences[langs[0]][bead[langs[0]].at(-1)!].range.end };
    if (bead.flags.includes('unpaired')) {
      report({
        reason: `Expected a counterpart in ${present.filter((l) => l !== langs[0]).join(' and ')} for this ${langs[0]} ${kind} unit, found none.`,
        ruleId: 'unaligned-sentence',
        severity: 'warning',
        range,
        actual: first.text,
      });
    } else if (bead.flags.includes('low-confidence')) {
      report({
        reason: `Expected a confident ${kind} alignment, found a bead scoring ${bead.score.toFixed(2)}; review it.`,
        ruleId: 'low-confidence-alignment',
        severity: 'info',
        range,
        actual: first.text,
      });
    }
  }
}
