// A part of longer names is not an entry of its own unless it stands alone often: "Korea" seen mostly inside
// "North Korea", "Council" only inside "Security Council", while a surname used alone ("Clark") stays.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { presegDocument } from '../../pipeline/eval/glossary.js';
import { buildGlossary } from '../../src/glossary/index.js';
import { collectEvidence } from '../../src/glossary/collect-evidence.js';
import { makeDocument } from './make-documents.js';

/** A Reuters news text of NTREX-128 dev (CC BY-SA 4.0, see the README beside it), one unit per line. */
const REUTERS = path.resolve('test/fixtures/glossary-gold/ntrex-reuters.218861');

function evidenceOf(beads: Parameters<typeof makeDocument>[1]) {
  const evidence = collectEvidence([makeDocument('d1', beads)]);
  return (key: string) => evidence.terms[evidence.byKey.en.get(key)!];
}

describe('name fragments', () => {
  it('takes a name head seen mostly inside longer names for a part of them', () => {
    const term = evidenceOf([
      { en: ['North Korea=north korea', 'Korea=korea'] },
      { en: ['North Korea=north korea', 'Korea=korea'] },
      { en: ['South Korea=south korea', 'Korea=korea'] },
      { en: ['Korea=korea'] },
    ]);
    expect(term('korea').standsAlone).toBe(false);
    expect(term('north korea').standsAlone).toBe(true);
  });

  it('keeps a surname that stands alone as often as half its full names', () => {
    const term = evidenceOf([
      { en: ['Greg Clark=greg clark', 'Clark=clark'] },
      { en: ['Greg Clark=greg clark', 'Clark=clark'] },
      { en: ['Clark=clark'] },
    ]);
    expect(term('clark').standsAlone).toBe(true);
  });

  it('counts an occurrence once when names hold it inside each other', () => {
    // "Council" is in "Security Council" three times, two of them within "UN Security Council"; "Security
    // Council" stands alone once beside its two occurrences inside "UN Security Council", enough to stay.
    const term = evidenceOf([
      { en: ['UN Security Council=UN security council', 'Security Council=security council', 'Council=council'] },
      { en: ['UN Security Council=UN security council', 'Security Council=security council', 'Council=council'] },
      { en: ['Security Council=security council', 'Council=council'] },
    ]);
    expect(term('council').standsAlone).toBe(false);
    expect(term('security council').standsAlone).toBe(true);
  });

  it('leaves a name that modifies a longer one to C-value', () => {
    // "UN" is not the head of "UN Security Council" (a council of the UN): its own uses decide as for any term.
    const term = evidenceOf([
      { en: ['UN Security Council=UN security council', 'UN=UN'] },
      { en: ['UN=UN'] },
      { en: ['UN=UN'] },
    ]);
    expect(term('UN').standsAlone).toBe(true);
  });
});

describe('name fragments in a real document', () => {
  it('keeps North Korea, the Security Council and the UN as entries, not Korea or Council', () => {
    const glossary = buildGlossary([presegDocument(REUTERS, 'reuters')], () => {});
    const english = glossary.entries.map((entry) => entry.en?.term);
    expect(english).toContain('North Korea');
    expect(english).toContain('Security Council');
    expect(english).toContain('UN');
    expect(english).not.toContain('Korea');
    expect(english).not.toContain('Council');
  });
});
