// The review round-trip as a reviewer lives it: build, edit the workbook in "Excel", import, rebuild.
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Glossary } from '../../src/glossary/types.js';
import { renderGlossaryCsv, renderGlossaryWorkbook, renderTbxV2, renderTbxV3 } from '../../src/export/index.js';
import {
  applyDecisions,
  emptyDecisionsFile,
  mergeDecisions,
  readReviewWorkbook,
  serializeDecisionsFile,
  type DecisionsFile,
} from '../../src/review/index.js';
import { sampleDocuments, sampleGlossary, sampleReport } from '../export/sample.js';
import { Reviewer } from './reviewer.js';

const T1 = '2026-11-22T10:00:00.000Z';
const T2 = '2026-11-23T10:00:00.000Z';

async function build(glossary: Glossary): Promise<Buffer> {
  return renderGlossaryWorkbook({ glossary, documents: sampleDocuments(), report: sampleReport() });
}

async function importWorkbook(bytes: Uint8Array, decisions: DecisionsFile, when: string): Promise<DecisionsFile> {
  const { rows, messages } = await readReviewWorkbook(bytes, { file: 'glossary.xlsx' });
  expect(messages.filter((m) => m.severity !== 'info')).toEqual([]);
  return mergeDecisions(decisions, rows!, undefined, { when, workbook: 'glossary.xlsx' });
}

/** The next build's computed glossary: evidence changed, "power" no longer extracted, "subject" under a new id. */
function recomputed(): Glossary {
  const glossary = sampleGlossary();
  glossary.entries = glossary.entries.filter((entry) => entry.id !== 'power');
  const subject = glossary.entries.find((entry) => entry.id === '3f2a9c1e')!;
  subject.id = 'tnew-subject';
  subject.score = 0.4;
  for (const entry of glossary.entries) entry.documents = [...entry.documents, '002_6398f6ef83f0fe8e'];
  return glossary;
}

let reviewed: Buffer;
let decisions: DecisionsFile;
let rebuilt: Glossary;

beforeAll(async () => {
  const reviewer = await Reviewer.open(await build(sampleGlossary()));
  reviewer
    .set('power', 'Status', 'approved')
    .set('object', 'Status', 'rejected')
    .set('political-culture', 'kk term', 'саяси мәдениет')
    .set('political-culture', 'Status', 'approved')
    .set('3f2a9c1e', 'Reviewer note', { richText: [{ text: 'Use in ' }, { font: { italic: true }, text: 'philosophy' }, { text: ' only' }] })
    .sortBy('Score', 'ascending')
    .deleteRow('modern-society')
    .moveColumnToFront('Entry id')
    .addColumn('Checked by', 'A.N.');
  reviewed = await reviewer.save();
  decisions = await importWorkbook(reviewed, emptyDecisionsFile(), T1);
  rebuilt = applyDecisions(recomputed(), decisions);
});

describe('review round-trip', () => {
  it('records one decision per changed row, with id, terms, status, correction, note and time', () => {
    expect(decisions.decisions).toEqual([
      {
        id: '3f2a9c1e',
        appliesTo: { en: 'subject', kk: 'субъект', ru: 'субъект' },
        status: 'candidate',
        note: 'Use in philosophy only',
        when: T1,
        workbook: 'glossary.xlsx',
      },
      { id: 'object', appliesTo: { en: 'object', kk: 'объект', ru: 'объект' }, status: 'rejected', when: T1, workbook: 'glossary.xlsx' },
      {
        id: 'political-culture',
        appliesTo: { en: 'political culture', kk: 'саяси мәдениеттілік', ru: 'политическая культура' },
        status: 'approved',
        corrected: { kk: 'саяси мәдениет' },
        when: T1,
        workbook: 'glossary.xlsx',
      },
      { id: 'power', appliesTo: { en: 'power', kk: 'билік', ru: 'власть' }, status: 'approved', when: T1, workbook: 'glossary.xlsx' },
    ]);
  });

  it('a deleted row is no decision', () => {
    expect(decisions.decisions.some((d) => d.id === 'modern-society')).toBe(false);
    expect(rebuilt.entries.find((e) => e.id === 'modern-society')!.status).toBe('candidate');
  });

  it('glossary.json: approved entry kept though no longer computed, correction applied, rejected kept as rejected', () => {
    const power = rebuilt.entries.find((e) => e.id === 'power')!;
    expect(power).toMatchObject({ status: 'approved', en: { term: 'power' }, kk: { term: 'билік' }, ru: { term: 'власть' }, documents: [] });
    const culture = rebuilt.entries.find((e) => e.id === 'political-culture')!;
    expect(culture.kk!.term).toBe('саяси мәдениет');
    expect(culture.kk!.variants).toEqual(['саяси мәдениеттілігіне']);
    expect(culture.status).toBe('approved');
    expect(rebuilt.entries.find((e) => e.id === 'object')!.status).toBe('rejected');
  });

  it('a decision finds its entry by terms when the entry id changed', () => {
    const subject = rebuilt.entries.find((e) => e.en?.term === 'subject')!;
    expect(subject.id).toBe('tnew-subject');
    expect(subject.note).toBe('Use in philosophy only');
    expect(rebuilt.entries.filter((e) => e.en?.term === 'subject')).toHaveLength(1);
  });

  it('the exports reflect every decision: rejected left out, corrected term in, approved entry present', () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: () => true });
    for (const xml of [renderTbxV2(rebuilt), renderTbxV3(rebuilt)]) {
      const text = JSON.stringify(parser.parse(xml));
      expect(text).not.toContain('"объект"');
      expect(text).toContain('саяси мәдениет"');
      expect(text).not.toContain('"саяси мәдениеттілік"');
      expect(text).toContain('"power"');
      expect(text).toContain('preferredTerm-admn-sts');
    }
    const csv = renderGlossaryCsv(rebuilt);
    expect(csv).not.toMatch(/^object,/m);
    expect(csv).toMatch(/^political culture,саяси мәдениет,/m);
  });

  it('the new workbook comes back with the reviewer columns filled in', async () => {
    const { rows } = await readReviewWorkbook(await build(rebuilt), { file: 'glossary.xlsx' });
    const byId = new Map(rows!.map((row) => [row.id, row]));
    expect(byId.get('power')!.status).toBe('approved');
    expect(byId.get('object')!.status).toBe('rejected');
    expect(byId.get('political-culture')!.terms.kk).toBe('саяси мәдениет');
    expect(byId.get('tnew-subject')!.note).toBe('Use in philosophy only');
    expect(byId.get('modern-society')!.status).toBe('candidate');
  });

  it('importing the same workbook twice changes nothing', async () => {
    const again = await importWorkbook(reviewed, decisions, T2);
    expect(serializeDecisionsFile(again)).toBe(serializeDecisionsFile(decisions));
  });

  it('importing the rebuilt, untouched workbook changes nothing', async () => {
    const again = await importWorkbook(await build(rebuilt), decisions, T2);
    expect(serializeDecisionsFile(again)).toBe(serializeDecisionsFile(decisions));
  });

  it('a second review on the rebuilt workbook updates only what it changed', async () => {
    const reviewer = await Reviewer.open(await build(rebuilt));
    reviewer.set('object', 'Status', 'candidate').set('tnew-subject', 'Status', 'approved').set('political-culture', 'ru term', 'политическая культура населения');
    const second = await importWorkbook(await reviewer.save(), decisions, T2);
    const byId = new Map(second.decisions.map((d) => [d.id, d]));
    // Set back to candidate with nothing else to remember: the decision is withdrawn.
    expect(byId.has('object')).toBe(false);
    // The subject decision moves to the entry's new id and keeps its note.
    expect(byId.get('tnew-subject')).toMatchObject({ status: 'approved', note: 'Use in philosophy only', when: T2 });
    expect(byId.has('3f2a9c1e')).toBe(false);
    // Both corrections now, the earlier Kazakh one kept.
    expect(byId.get('political-culture')).toMatchObject({ corrected: { kk: 'саяси мәдениет', ru: 'политическая культура населения' }, when: T2 });
    expect(byId.get('power')).toEqual(decisions.decisions.find((d) => d.id === 'power'));
  });

  it('a term the reviewer adds in a new row becomes an approved entry, once however often imported', async () => {
    const reviewer = await Reviewer.open(await build(sampleGlossary()));
    const row = reviewer.sheet.getRow(reviewer.sheet.rowCount + 1);
    row.getCell(reviewer.column('en term')).value = 'state authority';
    row.getCell(reviewer.column('kk term')).value = 'мемлекеттік билік органы';
    row.getCell(reviewer.column('ru term')).value = 'орган государственной власти';
    row.getCell(reviewer.column('Status')).value = 'approved';
    row.getCell(reviewer.column('Reviewer note')).value = 'added by the reviewer';
    const bytes = await reviewer.save();
    const { rows, messages } = await readReviewWorkbook(bytes, { file: 'glossary.xlsx' });
    expect(messages.map((m) => m.ruleId)).toEqual(['review-row-new-entry']);
    const once = mergeDecisions(emptyDecisionsFile(), rows!, undefined, { when: T1 });
    const added = once.decisions.find((d) => d.appliesTo.en === 'state authority')!;
    expect(added).toMatchObject({ status: 'approved', note: 'added by the reviewer', appliesTo: { kk: 'мемлекеттік билік органы' } });
    expect(added.id).toMatch(/^r[0-9a-f]{12}$/);
    expect(serializeDecisionsFile(await importWorkbook(bytes, once, T2))).toBe(serializeDecisionsFile(once));
    const glossary = applyDecisions(recomputed(), once);
    expect(glossary.entries.at(-1)).toMatchObject({ id: added.id, status: 'approved', ru: { term: 'орган государственной власти' } });
  });

  it('importing the older workbook after a newer review does not undo the newer decisions', async () => {
    const reviewer = await Reviewer.open(await build(rebuilt));
    reviewer.set('power', 'Status', 'rejected');
    const newer = await importWorkbook(await reviewer.save(), decisions, T2);
    const conflicts: string[] = [];
    const { rows } = await readReviewWorkbook(reviewed, { file: 'old.xlsx' });
    const older = mergeDecisions(newer, rows!, undefined, { when: T2, workbook: 'old.xlsx', report: (m) => conflicts.push(`${m.ruleId}: ${m.reason}`) });
    expect(older.decisions.find((d) => d.id === 'power')!.status).toBe('rejected');
    expect(conflicts).toEqual([
      `decision-conflict: Entry "power": old.xlsx was written before the decision of ${T2}, so its status "approved" (the decision says "rejected") was not taken; rebuild, and review the entry in the new workbook.`,
    ]);
    expect(serializeDecisionsFile(older)).toBe(serializeDecisionsFile(newer));
  });
});
