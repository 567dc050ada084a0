// Wrong links and inconsistent triples, on real NTREX dev documents (the hand-made gold fixtures of
// test/fixtures/glossary-gold/, CC BY-SA 4.0, README there) aligned by the real aligner and given terms by the
// real terms stage, each document's glossary built alone as the eval builds it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { presegDocument } from '../../pipeline/eval/glossary.js';
import type { Lang } from '../../src/model/index.js';
import { buildGlossary } from '../../src/glossary/index.js';
import { cognateSimilarity } from '../../src/glossary/link-words.js';
import { linkCompetitively, MIN_LOG_LIKELIHOOD, type BeadItems } from '../../src/glossary/competitive-linking.js';
import { logLikelihood } from '../../src/glossary/association.js';
import type { Glossary, GlossaryEntry } from '../../src/glossary/types.js';
import { makeDocument } from './make-documents.js';

const FIXTURES = path.resolve('test/fixtures/glossary-gold');
const ignore = () => {};

/** The glossary of one fixture document alone, its units aligned as one abstract section. */
function glossaryOf(task: string): Glossary {
  return buildGlossary([presegDocument(path.join(FIXTURES, task), task)], ignore);
}

const cognate = (x: string, y: string) => cognateSimilarity(x, y);
const term = (entry: GlossaryEntry, lang: Lang) => entry[lang]?.term.toLowerCase() ?? null;
const find = (glossary: Glossary, lang: Lang, text: string) => glossary.entries.filter((entry) => term(entry, lang) === text);

describe('term links keep the head of a phrase against a name', () => {
  const glossary = glossaryOf('ntrex-rt.com.91335');

  it('does not link "belly of Europe" to the name "Шығыс Еуропа" on Europe alone', () => {
    // The en head "belly" is the one unknown word; Kazakh names are head-final, so "Еуропа" is the name's head.
    for (const entry of find(glossary, 'en', 'belly of europe')) expect(term(entry, 'kk')).not.toBe('шығыс еуропа');
  });

  it('still links names with one unknown word (Angela Merkel)', () => {
    const merkel = find(glossary, 'en', 'angela merkel');
    expect(merkel.map((entry) => [term(entry, 'kk'), term(entry, 'ru')])).toEqual([['ангела меркель', 'ангела меркель']]);
  });
});

describe('cognates and transliterated names', () => {
  it('compares short-skeleton words as whole spellings', () => {
    expect(cognateSimilarity('rosa', 'роза')).toBeGreaterThan(0);
    expect(cognateSimilarity('серия', 'серия')).toBeGreaterThan(0);
    expect(cognateSimilarity('duo', 'дуэт')).toBe(0);
    expect(cognateSimilarity('inch', 'дюйм')).toBe(0);
  });

  it('compares three-consonant words within one edit as a whole, not only by their starts', () => {
    expect(cognateSimilarity('kiernan', 'кирнан')).toBeGreaterThan(0);
    expect(cognateSimilarity('origin', 'орган')).toBe(0);
  });

  /** Kiernan in two beads, with Кирнан in one of them and актер (a chance neighbour) in both; `filler` other beads. */
  function kiernanBeads(filler: number): BeadItems[] {
    const beads: BeadItems[] = [
      { bead: 0, x: ['kiernan', 'actor'], y: ['кирнан', 'актер'] },
      { bead: 1, x: ['kiernan', 'actor'], y: ['актер'] },
    ];
    for (let i = 0; i < filler; i++) beads.push({ bead: beads.length, x: [`w${i % 50}`], y: [`v${i % 50}`] });
    return beads;
  }
  it('lets a name spelled alike and seen together once beat a word seen twice by chance, in an article and in a corpus', () => {
    for (const filler of [12, 600]) {
      const links = linkCompetitively(kiernanBeads(filler), { cognate });
      expect(links.get('kiernan')).toEqual(['кирнан']);
    }
  });
});

describe('competitive linking after a tie', () => {
  // After the Reuters report on North Korea (ntrex-dev reuters.218861): "nuclear" and "weapon" always occur
  // together, so they tie for "оружие" and "ядерный" and stay undecided; "ядерный" must not fall to "united",
  // a weaker neighbour, for lack of them.
  const beads: BeadItems[] = [
    { bead: 0, x: ['nuclear', 'weapon', 'united'], y: ['ядерный', 'оружие', 'соединенный'] },
    { bead: 1, x: ['nuclear', 'weapon'], y: ['ядерный', 'оружие'] },
    { bead: 2, x: ['nuclear', 'weapon', 'united'], y: ['ядерный', 'оружие'] },
    { bead: 3, x: ['united'], y: ['ядерный'] },
    { bead: 4, x: ['united'], y: ['штат'] },
  ];
  for (let i = 0; i < 10; i++) beads.push({ bead: beads.length, x: [`w${i}`], y: [`v${i}`] });

  it('leaves the partner of undecided items unlinked rather than linking it to a weaker candidate', () => {
    const links = linkCompetitively(beads);
    expect(links.has('nuclear')).toBe(false);
    expect(links.has('weapon')).toBe(false);
    expect([...links.values()].flat()).not.toContain('ядерный');
  });
});

describe('whole-term links keep the head', () => {
  // After ntrex-dev: "Foreign Minister" is "Сыртқы істер министрі" in Kazakh, of which the term finder also
  // cuts "сыртқы іс" (foreign affairs); the two always occur together, but "minister" is "министр".
  const doc = makeDocument('d1', [
    { en: ['minister'], kk: ['министр'], ru: ['министр'] },
    { en: ['minister', 'meeting'], kk: ['министр', 'кездесу'], ru: ['министр', 'встреча'] },
    { en: ['foreign minister', 'minister'], kk: ['сыртқы іс', 'министр'], ru: ['министр иностранных дел=министр иностранный дело', 'министр'] },
    { en: ['foreign minister', 'minister', 'visit'], kk: ['сыртқы іс', 'министр', 'сапар'], ru: ['министр иностранных дел=министр иностранный дело', 'министр', 'визит'] },
  ]);
  const glossary = buildGlossary([doc], ignore);

  it('does not link a term to one whose head is not its head\'s rendering', () => {
    for (const entry of find(glossary, 'en', 'foreign minister')) expect(term(entry, 'kk')).not.toBe('сыртқы іс');
    expect(find(glossary, 'en', 'minister').map((entry) => term(entry, 'kk'))).toEqual(['министр']);
  });
});

describe('significance of a statistical link', () => {
  // After ntrex-dev bbc.381680: "factory" is in two of twelve beads, both holding "производство", which is in six.
  const beads: BeadItems[] = [];
  for (let i = 0; i < 12; i++) {
    const x = i < 2 ? ['factory'] : [`w${i}`];
    const y = i < 6 ? ['производство', `v${i}`] : [`v${i}`];
    beads.push({ bead: i, x, y });
  }

  it('does not link a pair whose G² is below the 5% level (3.84)', () => {
    expect(logLikelihood({ both: 2, a: 2, b: 6, total: 12 })).toBeLessThan(MIN_LOG_LIKELIHOOD);
    expect(linkCompetitively(beads).get('factory')).toBeUndefined();
  });

  it('still links such a pair when the two are cognates', () => {
    const renamed = beads.map((bead) => ({ ...bead, x: [...bead.x].map((w) => (w === 'factory' ? 'culture' : w)), y: [...bead.y].map((v) => (v === 'производство' ? 'культура' : v)) }));
    expect(linkCompetitively(renamed, { cognate }).get('culture')).toEqual(['культура']);
  });
});

describe('a large round of tied pairs', () => {
  it('links every pair of a round of 150,000 pairs with equal scores (a large corpus has such rounds)', () => {
    // Each pair in two beads of its own: the same counts, so the same score, for every pair.
    const beads: BeadItems[] = [];
    for (let i = 0; i < 150_000; i++) {
      for (let k = 0; k < 2; k++) beads.push({ bead: beads.length, x: [`w${i}`], y: [`v${i}`] });
    }
    const links = linkCompetitively(beads);
    expect(links.size).toBe(150_000);
    expect(links.get('w149999')).toEqual(['v149999']);
  });
});
