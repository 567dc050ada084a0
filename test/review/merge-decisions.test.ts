import { describe, expect, it } from 'vitest';
import { emptyDecisionsFile, mergeDecisions, type Decision, type DecisionsFile, type ReviewRow } from '../../src/review/index.js';
import { sampleGlossary } from '../export/sample.js';

const WHEN = '2026-11-22T12:00:00.000Z';
const POWER = { en: 'power', kk: 'билік', ru: 'власть' };

function row(fields: Partial<ReviewRow>): ReviewRow {
  return { id: 'power', terms: { ...POWER }, status: 'candidate', note: null, exported: null, place: { sheet: 'Glossary', row: 2 }, ...fields };
}

function decisionsOf(...decisions: Decision[]): DecisionsFile {
  return { version: 1, decisions };
}

const exportedCandidate = { terms: { ...POWER }, status: 'candidate' as const, note: null };

describe('mergeDecisions', () => {
  it('an untouched row makes no decision', () => {
    expect(mergeDecisions(emptyDecisionsFile(), [row({ exported: exportedCandidate })], undefined, { when: WHEN }).decisions).toEqual([]);
  });

  it('does not change its input', () => {
    const existing = decisionsOf({ id: 'power', appliesTo: { ...POWER }, status: 'approved', when: 'T0' });
    const copy = structuredClone(existing);
    mergeDecisions(existing, [row({ status: 'rejected', exported: { ...exportedCandidate, status: 'approved' } })], undefined, { when: WHEN });
    expect(existing).toEqual(copy);
  });

  it('a term edited back to the computed one withdraws the correction', () => {
    const existing = decisionsOf({ id: 'power', appliesTo: { ...POWER }, status: 'approved', corrected: { kk: 'биліктік' }, when: 'T0' });
    const merged = mergeDecisions(
      existing,
      [row({ status: 'approved', exported: { terms: { ...POWER, kk: 'биліктік' }, status: 'approved', note: null } })],
      undefined,
      { when: WHEN },
    );
    expect(merged.decisions).toEqual([{ id: 'power', appliesTo: POWER, status: 'approved', when: WHEN }]);
  });

  it('an emptied term cell removes the term of that language', () => {
    const merged = mergeDecisions(emptyDecisionsFile(), [row({ terms: { ...POWER, ru: null }, exported: exportedCandidate })], undefined, { when: WHEN });
    expect(merged.decisions[0].corrected).toEqual({ ru: null });
  });

  it('a deleted term column is not an emptied term', () => {
    const merged = mergeDecisions(emptyDecisionsFile(), [row({ terms: { en: 'power', kk: 'билік' }, status: 'approved', exported: exportedCandidate })], undefined, { when: WHEN });
    expect(merged.decisions).toEqual([{ id: 'power', appliesTo: POWER, status: 'approved', when: WHEN }]);
  });

  it('a cleared note is withdrawn; a sheet without a note column keeps the note', () => {
    const existing = decisionsOf({ id: 'power', appliesTo: { ...POWER }, status: 'approved', note: 'core', when: 'T0' });
    const shown = { terms: { ...POWER }, status: 'approved' as const, note: 'core' };
    const cleared = mergeDecisions(existing, [row({ status: 'approved', note: null, exported: shown })], undefined, { when: WHEN });
    expect(cleared.decisions[0].note).toBeUndefined();
    const { note: _note, ...withoutNoteColumn } = row({ status: 'approved', exported: shown });
    const kept = mergeDecisions(existing, [withoutNoteColumn], undefined, { when: WHEN });
    expect(kept).toEqual(existing);
  });

  it('without an export snapshot, uses the glossary the workbook was made from', () => {
    const glossary = sampleGlossary();
    const merged = mergeDecisions(emptyDecisionsFile(), [row({ terms: { ...POWER, kk: 'биліктің' } })], glossary, { when: WHEN });
    expect(merged.decisions).toEqual([{ id: 'power', appliesTo: POWER, status: 'candidate', corrected: { kk: 'биліктің' }, when: WHEN }]);
  });

  it('without any record of what the row showed, takes set statuses and notes but not a status set back to candidate', () => {
    const existing = decisionsOf({ id: 'power', appliesTo: { ...POWER }, status: 'approved', when: 'T0' });
    expect(mergeDecisions(existing, [row({ status: 'candidate' })], undefined, { when: WHEN })).toEqual(existing);
    const merged = mergeDecisions(
      existing,
      [row({ status: 'rejected', note: 'wrong sense' }), row({ id: 'object', terms: { en: 'object', kk: 'объект', ru: 'объект' }, status: 'approved' })],
      undefined,
      { when: WHEN },
    );
    expect(merged.decisions).toEqual([
      { id: 'object', appliesTo: { en: 'object', kk: 'объект', ru: 'объект' }, status: 'approved', when: WHEN },
      { id: 'power', appliesTo: POWER, status: 'rejected', note: 'wrong sense', when: WHEN },
    ]);
  });

  it('ties a row to a decision by its terms when the id changed, and moves the decision to the new id', () => {
    const existing = decisionsOf({ id: 'old-id', appliesTo: { ...POWER }, status: 'approved', note: 'core', when: 'T0' });
    const merged = mergeDecisions(
      existing,
      [row({ id: 'new-id', terms: { en: 'Power', kk: 'билік', ru: 'власть' }, status: 'rejected', note: 'core', exported: { terms: { en: 'Power', kk: 'билік', ru: 'власть' }, status: 'approved', note: 'core' } })],
      undefined,
      { when: WHEN, workbook: 'r.xlsx' },
    );
    expect(merged.decisions).toEqual([{ id: 'new-id', appliesTo: POWER, status: 'rejected', note: 'core', when: WHEN, workbook: 'r.xlsx' }]);
  });

  it('a decision named by id goes to its row even when another row with the same terms comes first', () => {
    const existing = decisionsOf({ id: 'x', appliesTo: { ...POWER }, status: 'approved', when: 'T0' });
    const shown = { terms: { ...POWER }, status: 'approved' as const, note: null };
    const merged = mergeDecisions(
      existing,
      [row({ id: 'y', status: 'rejected', exported: { ...shown, status: 'candidate' } }), row({ id: 'x', status: 'approved', note: 'n', exported: shown })],
      undefined,
      { when: WHEN },
    );
    expect(merged.decisions.map((d) => [d.id, d.status, d.note ?? null])).toEqual([
      ['x', 'approved', 'n'],
      ['y', 'rejected', null],
    ]);
  });

  it('does not tie a row to a decision on different terms', () => {
    const existing = decisionsOf({ id: 'old-id', appliesTo: { en: 'power', kk: 'күш', ru: 'сила' }, status: 'approved', when: 'T0' });
    const merged = mergeDecisions(existing, [row({ id: 'new-id', status: 'rejected', exported: exportedCandidate })], undefined, { when: WHEN });
    expect(merged.decisions.map((d) => [d.id, d.status])).toEqual([
      ['new-id', 'rejected'],
      ['old-id', 'approved'],
    ]);
  });

  it('keeps decisions on entries the workbook does not show', () => {
    const existing = decisionsOf({ id: 'gone', appliesTo: { en: 'x', kk: 'y', ru: 'z' }, status: 'rejected', when: 'T0' });
    expect(mergeDecisions(existing, [row({ status: 'approved', exported: exportedCandidate })], undefined, { when: WHEN }).decisions.map((d) => d.id)).toEqual(['gone', 'power']);
  });
});
