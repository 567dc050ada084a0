// A term that an English body uses again and again is a subject term, though the trilingual abstract gives its
// translation once; and among entries the ranking cannot tell apart, one that only adds a modifier to an entry
// ranked above it comes after the others.
import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../src/glossary/index.js';
import { deferElaborations, elaborates, type ElaborationEntry } from '../../src/glossary/defer-elaborations.js';
import { makeDocument, type BeadSpec } from './make-documents.js';

const ignore = () => {};

/** English-only body beads, each holding `term` once. */
function body(term: string, count: number): BeadSpec[] {
  return Array.from({ length: count }, () => ({ kind: 'body' as const, en: [term] }));
}

describe('recurrence outside the aligned text', () => {
  const rank = (bodyCount: number) => {
    const doc = makeDocument('d1', [
      { en: ['power', 'subject'], kk: ['билік', 'субъект'], ru: ['власть', 'субъект'] },
      { en: ['power', 'object'], kk: ['билік', 'объект'], ru: ['власть', 'объект'] },
      { en: ['subject', 'object'], kk: ['субъект', 'объект'], ru: ['субъект', 'объект'] },
      { en: ['reform'], kk: ['реформа'], ru: ['реформа'] },
      { en: ['parliament'], kk: ['парламент'], ru: ['парламент'] },
      ...body('reform', bodyCount),
      ...body('parliament', 1),
    ]);
    const entries = buildGlossary([doc], ignore).entries;
    const at = (en: string) => entries.findIndex((e) => e.en?.term === en);
    return { entries, reform: at('reform'), parliament: at('parliament') };
  };

  it('scores a term the English body uses six times above one it uses once, both aligned once', () => {
    const { entries, reform, parliament } = rank(6);
    expect(reform).toBeGreaterThanOrEqual(0);
    expect(parliament).toBeGreaterThanOrEqual(0);
    expect(reform).toBeLessThan(parliament);
    expect(entries[reform].score).toBeGreaterThan(entries[parliament].score);
  });

  it('gives nothing for a few body occurrences: both score as one aligned bead', () => {
    const { entries, reform, parliament } = rank(3);
    expect(entries[reform].score).toBe(entries[parliament].score);
    expect(entries[reform].score).toBeCloseTo(0.5, 3);
  });
});

const side = (key: string, head: string) => ({ key, head });
const entry = (en: [string, string], kk: [string, string], ru: [string, string]): ElaborationEntry => ({
  en: side(...en),
  kk: side(...kk),
  ru: side(...ru),
});

describe('elaborations', () => {
  const system = entry(['political system', 'system'], ['саяси жүйе', 'жүйе'], ['политический система', 'система']);
  const leading = entry(
    ['leading political system', 'system'],
    ['жетекші саяси жүйе', 'жүйе'],
    ['ведущий политический система', 'система'],
  );
  const power = entry(['state power', 'power'], ['мемлекеттік билік', 'билік'], ['государственный власть', 'власть']);
  const branch = entry(
    ['branch of state power', 'branch'],
    ['мемлекеттік билік тармақ', 'тармақ'],
    ['ветвь государственный власть', 'ветвь'],
  );
  const clark = entry(['clark', ''], ['кларк', ''], ['кларк', '']);
  const gregClark = entry(['greg clark', ''], ['грег кларк', ''], ['грег кларк', '']);

  it('is a term with modifiers added in every language and the same head', () => {
    expect(elaborates(leading, system)).toBe(true);
    expect(elaborates(system, leading)).toBe(false);
    expect(elaborates(branch, power)).toBe(false);
    expect(elaborates(gregClark, clark)).toBe(false);
    expect(elaborates(system, system)).toBe(false);
  });

  it('goes after the others of its tier, and only when the shorter entry ranks in a tier above', () => {
    const items = [
      { name: 'system', tier: 1, sides: system },
      { name: 'leading', tier: 2, sides: leading },
      { name: 'branch', tier: 2, sides: branch },
      { name: 'power', tier: 3, sides: power },
    ];
    const order = deferElaborations(items, (p, q) => p.tier === q.tier, (item) => item.sides).map((item) => item.name);
    expect(order).toEqual(['system', 'branch', 'leading', 'power']);
    const sameTier = deferElaborations(
      [
        { name: 'leading', sides: leading },
        { name: 'system', sides: system },
      ],
      () => true,
      (item) => item.sides,
    ).map((item) => item.name);
    expect(sameTier).toEqual(['leading', 'system']);
  });
});
