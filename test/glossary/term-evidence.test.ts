// The finer rules of term linking: cognates of short words, heads kept in translation, word links learned from
// linked terms, C-value's reading of nested terms, and the cautious Dice of the ranking.
import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../src/glossary/index.js';
import { diceLowerBound } from '../../src/glossary/association.js';
import { cognateSimilarity } from '../../src/glossary/link-words.js';
import { termHead } from '../../src/glossary/term-head.js';
import { collectEvidence } from '../../src/glossary/collect-evidence.js';
import type { Glossary } from '../../src/glossary/types.js';
import { makeDocument } from './make-documents.js';

const ignore = () => {};

function triples(glossary: Glossary): string[] {
  return glossary.entries.map((e) => `${e.en?.term ?? '-'} / ${e.kk?.term ?? '-'} / ${e.ru?.term ?? '-'}`);
}

describe('cognates of short words', () => {
  it('needs the vowels to agree when the consonant skeleton has three letters', () => {
    expect(cognateSimilarity('origin', 'орган')).toBe(0);
    expect(cognateSimilarity('quality', 'культура')).toBe(0);
    expect(cognateSimilarity('norm', 'норма')).toBeGreaterThan(0);
    expect(cognateSimilarity('model', 'модель')).toBeGreaterThan(0);
    expect(cognateSimilarity('culture', 'культура')).toBeGreaterThan(0);
    expect(cognateSimilarity('kazakhstan', 'қазақстан')).toBeGreaterThan(0);
  });
});

describe('term heads', () => {
  it('finds the head by each language pattern', () => {
    expect(termHead('philosophy of power', 'en')).toBe('philosophy');
    expect(termHead('state power', 'en')).toBe('power');
    expect(termHead('билік философия', 'kk')).toBe('философия');
    expect(termHead('государственный власть', 'ru')).toBe('власть');
    expect(termHead('ветвь государственный власть', 'ru')).toBe('ветвь');
    expect(termHead('субъект власть', 'ru')).toBe('субъект');
  });

  it('does not link terms with the same words but other heads', () => {
    const doc = makeDocument('d1', [
      { en: ['power', 'subject'], kk: ['билік', 'субъект'], ru: ['власть', 'субъект'] },
      { en: ['power', 'subject'], kk: ['билік', 'субъект'], ru: ['власть', 'субъект'] },
      { en: ['power'], kk: ['билік'], ru: ['власть'] },
      { en: ['subject'], kk: ['субъект'], ru: ['субъект'] },
      {
        en: ['subject of power', 'power of subject=power of subject'],
        kk: ['билік субъектісі=билік субъект', 'субъект билігі=субъект билік'],
        ru: ['субъект власти=субъект власть', 'власть субъекта=власть субъект'],
      },
    ]);
    const found = triples(buildGlossary([doc], ignore));
    expect(found).toContain('subject of power / билік субъектісі / субъект власти');
    expect(found).toContain('power of subject / субъект билігі / власть субъекта');
    expect(found).not.toContain('subject of power / субъект билігі / власть субъекта');
  });
});

describe('word links learned from linked terms', () => {
  it('learns the heads of whole-term links, and a part of a term completes an entry the other two languages confirm', () => {
    const doc = makeDocument('d1', [
      { kind: 'title', en: ['modern society', 'society', 'power'], kk: ['қазіргі қоғам', 'қоғам', 'билік'], ru: ['современное общество=современный общество', 'общество', 'власть'] },
      { en: ['modern society', 'society'], kk: ['қазіргі қоғам', 'қоғам'], ru: ['современное общество=современный общество', 'общество'] },
      // "society" stands alone in en and ru; in kk it is only ever a part of "қазіргі қоғам".
      { en: ['society', 'power'], ru: ['общество', 'власть'] },
      { en: ['power', 'subject'], kk: ['билік', 'субъект'], ru: ['власть', 'субъект'] },
      { en: ['power'], kk: ['билік'], ru: ['власть'] },
    ]);
    const found = triples(buildGlossary([doc], ignore));
    expect(found).toContain('modern society / қазіргі қоғам / современное общество');
    expect(found).toContain('society / қоғам / общество');
  });
});

describe("C-value's reading of nested terms", () => {
  it('keeps a term used more often than its containers and drops a part of a chain of containers', () => {
    const doc = makeDocument('d1', [
      { kk: ['бірыңғай мемлекеттік билік', 'мемлекеттік билік'] },
      { kk: ['мемлекеттік билік тармақ', 'мемлекеттік билік'] },
      { kk: ['жетекші саяси жүйе', 'саяси жүйе', 'жүйе'] },
    ]);
    const evidence = collectEvidence([doc]);
    const term = (key: string) => evidence.terms[evidence.byKey.kk.get(key)!];
    expect(term('мемлекеттік билік').standsAlone).toBe(true);
    expect(term('жүйе').standsAlone).toBe(false);
    expect(term('саяси жүйе').standsAlone).toBe(false);
    expect(term('жетекші саяси жүйе').standsAlone).toBe(true);
  });
});

describe('the cautious Dice of the ranking', () => {
  it('puts ten agreeing beads above one', () => {
    const once = diceLowerBound({ both: 1, a: 1, b: 1 });
    const tenOfTen = diceLowerBound({ both: 10, a: 10, b: 10 });
    expect(once).toBeCloseTo(0.5, 3);
    expect(tenOfTen).toBeGreaterThan(0.9);
    expect(diceLowerBound({ both: 9, a: 10, b: 10 })).toBeLessThan(tenOfTen);
    expect(diceLowerBound({ both: 0, a: 3, b: 3 })).toBe(0);
  });
});

describe('parts of longer candidates', () => {
  const doc = makeDocument('d1', [
    { en: ['political', 'power'], kk: ['саяси', 'билік'], ru: ['политический', 'власть'] },
    { en: ['political', 'power'], kk: ['саяси', 'билік'], ru: ['политический', 'власть'] },
    { en: ['situation', 'power'], kk: ['жағдай', 'билік'], ru: ['ситуация', 'власть'] },
    { en: ['situation', 'power'], kk: ['жағдай', 'билік'], ru: ['ситуация', 'власть'] },
    // Nested in all three languages, once each.
    {
      en: ['instability of the political situation', 'political situation', 'situation'],
      kk: ['саяси жағдай тұрақсыздығы=саяси жағдай тұрақсыздық', 'саяси жағдай', 'жағдай'],
      ru: ['нестабильность политической ситуации=нестабильность политический ситуация', 'политическая ситуация=политический ситуация', 'ситуация'],
    },
  ]);

  it('make an entry when all three languages cut out the same multiword term and link it pairwise', () => {
    const found = triples(buildGlossary([doc], ignore));
    expect(found).toContain('political situation / саяси жағдай / политическая ситуация');
  });
});
