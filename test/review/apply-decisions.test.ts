import { describe, expect, it } from 'vitest';
import type { StageMessage } from '../../src/model/index.js';
import { applyDecisions, type Decision, type DecisionsFile } from '../../src/review/index.js';
import { sampleGlossary } from '../export/sample.js';

const decisionsOf = (...decisions: Decision[]): DecisionsFile => ({ version: 1, decisions });
const POWER = { en: 'power', kk: 'билік', ru: 'власть' };

describe('applyDecisions', () => {
  it('does not change its input and changes nothing without decisions', () => {
    const glossary = sampleGlossary();
    const copy = structuredClone(glossary);
    expect(applyDecisions(glossary, decisionsOf())).toEqual(copy);
    applyDecisions(glossary, decisionsOf({ id: 'power', appliesTo: POWER, status: 'rejected', corrected: { kk: 'x' }, when: 'T' }));
    expect(glossary).toEqual(copy);
  });

  it('sets status and note, replaces corrected terms and keeps their evidence', () => {
    const applied = applyDecisions(
      sampleGlossary(),
      decisionsOf({ id: 'power', appliesTo: POWER, status: 'approved', corrected: { ru: 'власть (политическая)', en: null }, note: 'n', when: 'T' }),
    );
    const power = applied.entries[0];
    expect(power.status).toBe('approved');
    expect(power.note).toBe('n');
    expect(power.ru).toEqual({ term: 'власть (политическая)', variants: ['власти', 'власть', 'властью'], frequency: 15 });
    expect(power.en).toBeNull();
    expect(power.score).toBe(0.94);
  });

  it('a correction adds a language the entry lacked', () => {
    const applied = applyDecisions(
      sampleGlossary(),
      decisionsOf({
        id: 'presidential-institution',
        appliesTo: { en: 'presidential institution', kk: 'президенттік институт', ru: null },
        status: 'approved',
        corrected: { ru: 'институт президентства' },
        when: 'T',
      }),
    );
    expect(applied.entries[7].ru).toEqual({ term: 'институт президентства', variants: [], frequency: 0 });
  });

  it('matches by id first, then by the terms it applies to, then by its corrected terms', () => {
    const glossary = sampleGlossary();
    glossary.entries[0].id = 'changed';
    glossary.entries[6].id = 'changed-too';
    glossary.entries[6].kk!.term = 'саяси мәдениет';
    const applied = applyDecisions(
      glossary,
      decisionsOf(
        { id: 'power', appliesTo: { en: 'Power', kk: 'билік', ru: 'власть' }, status: 'rejected', when: 'T' },
        {
          id: 'political-culture',
          appliesTo: { en: 'political culture', kk: 'саяси мәдениеттілік', ru: 'политическая культура' },
          corrected: { kk: 'саяси мәдениет' },
          status: 'approved',
          when: 'T',
        },
      ),
    );
    expect(applied.entries[0]).toMatchObject({ id: 'changed', status: 'rejected' });
    expect(applied.entries[6]).toMatchObject({ id: 'changed-too', status: 'approved' });
    expect(applied.entries).toHaveLength(8);
  });

  it('does not match an entry on a single agreeing language when another differs', () => {
    const applied = applyDecisions(
      sampleGlossary(),
      decisionsOf({ id: 'elsewhere', appliesTo: { en: 'power', kk: 'күш', ru: 'сила' }, status: 'rejected', when: 'T' }),
    );
    expect(applied.entries[0].status).toBe('candidate');
  });

  it('keeps an approved entry the new computation no longer produces, and reports it; forgets nothing else', () => {
    const glossary = sampleGlossary();
    glossary.entries.shift();
    const messages: StageMessage[] = [];
    const applied = applyDecisions(
      glossary,
      decisionsOf(
        { id: 'power', appliesTo: POWER, status: 'approved', corrected: { en: 'political power' }, note: 'core', when: 'T' },
        { id: 'gone', appliesTo: { en: 'x', kk: 'y', ru: 'z' }, status: 'rejected', when: 'T' },
      ),
      (message) => messages.push(message),
    );
    expect(applied.entries.at(-1)).toEqual({
      id: 'power',
      en: { term: 'political power', variants: [], frequency: 0 },
      kk: { term: 'билік', variants: [], frequency: 0 },
      ru: { term: 'власть', variants: [], frequency: 0 },
      score: 0,
      documents: [],
      examples: [],
      status: 'approved',
      note: 'core',
    });
    expect(applied.entries).toHaveLength(8);
    expect(messages.map((m) => m.ruleId)).toEqual(['approved-entry-kept']);
  });

  it('gives each entry one decision at most', () => {
    const applied = applyDecisions(
      sampleGlossary(),
      decisionsOf(
        { id: 'power', appliesTo: POWER, status: 'approved', when: 'T' },
        { id: 'other', appliesTo: POWER, status: 'rejected', when: 'T' },
      ),
    );
    expect(applied.entries[0].status).toBe('approved');
    expect(applied.entries.filter((e) => e.en?.term === 'power')).toHaveLength(1);
  });
});
