// The acceptance round-trip on the real pipeline: `tilmash build` on the seed corpus, a reviewer's edits to
// output/glossary.xlsx (approve, reject, correct a Kazakh term, add a note, sort, delete a row), `tilmash review
// import`, and a rebuild: every decision shows in glossary.json, the CAT exports and the new workbook, and
// importing the same workbook twice changes nothing. Entries are picked from whatever the build produced, so
// the test holds while the extraction improves.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Glossary, GlossaryEntry } from '../../src/glossary/types.js';
import { readReviewWorkbook } from '../../src/review/index.js';
import { build } from '../../pipeline/runner.js';
import { importReviewWorkbook } from '../../pipeline/review-io.js';
import { Reviewer } from './reviewer.js';

const seeds = fileURLToPath(new URL('../../corpus/', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'tilmash-rebuild-'));
const corpus = path.join(work, 'corpus');
const out = path.join(work, 'output');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const readGlossary = () => JSON.parse(readFileSync(path.join(out, 'glossary.json'), 'utf8')) as Glossary;
const decisionsText = () => readFileSync(path.join(corpus, 'tilmash-decisions.json'), 'utf8');

let before: Glossary;
let approved: GlossaryEntry;
let rejected: GlossaryEntry;
let corrected: GlossaryEntry;
let noted: GlossaryEntry;
let deleted: GlossaryEntry;
let after: Glossary;
let reviewed: string;
const CORRECTION = 'түзетілген термин';

beforeAll(async () => {
  cpSync(seeds, corpus, { recursive: true, filter: (source) => !source.includes('tilmash-decisions') });
  await build({ corpusDir: corpus, outDir: out, jobs: 1, force: true, progress: 'silent' });
  before = readGlossary();
  const trilingual = before.entries.filter((e) => e.en && e.kk && e.ru);
  if (trilingual.length < 5) throw new Error(`the seed build gave ${trilingual.length} trilingual entries; the test needs 5`);
  [approved, rejected, corrected, noted, deleted] = trilingual;

  const reviewer = await Reviewer.open(readFileSync(path.join(out, 'glossary.xlsx')));
  reviewer
    .set(approved.id, 'Status', 'approved')
    .set(rejected.id, 'Status', 'rejected')
    .set(corrected.id, 'kk term', CORRECTION)
    .set(noted.id, 'Reviewer note', 'checked against the journal style sheet')
    .set(deleted.id, 'Status', 'approved')
    .sortBy('en term', 'descending')
    .deleteRow(deleted.id);
  reviewed = path.join(work, 'reviewed.xlsx');
  writeFileSync(reviewed, await reviewer.save());
  const imported = await importReviewWorkbook({ workbook: reviewed, corpusDir: corpus });
  expect(imported.messages.filter((m) => m.severity !== 'info')).toEqual([]);
  expect(imported.diff?.added.sort()).toEqual([approved.id, rejected.id, corrected.id, noted.id].sort());

  await build({ corpusDir: corpus, outDir: out, jobs: 1, force: false, progress: 'silent' });
  after = readGlossary();
}, 180_000);

describe('review round-trip through tilmash build', () => {
  it('glossary.json reflects every decision; rejected entries stay in it, marked', () => {
    const byId = new Map(after.entries.map((e) => [e.id, e]));
    expect(byId.get(approved.id)?.status).toBe('approved');
    expect(byId.get(rejected.id)?.status).toBe('rejected');
    expect(byId.get(corrected.id)?.kk?.term).toBe(CORRECTION);
    expect(byId.get(noted.id)?.note).toBe('checked against the journal style sheet');
    // The deleted row was no decision (its status edit went with it).
    expect(byId.get(deleted.id)?.status).toBe('candidate');
  });

  it('the CAT exports leave the rejected entry out and carry the correction', () => {
    const tbx = readFileSync(path.join(out, 'glossary.tbx'), 'utf8');
    expect(tbx).not.toContain(`id="${rejected.id}"`);
    expect(tbx).toContain(`id="${approved.id}"`);
    expect(tbx).toContain(`<term>${CORRECTION}</term>`);
    expect(readFileSync(path.join(out, 'glossary.v3.tbx'), 'utf8')).not.toContain(`id="${rejected.id}"`);
    const csv = readFileSync(path.join(out, 'glossary.csv'), 'utf8');
    expect(csv).not.toContain(`,${rejected.id}`);
    expect(csv).toContain(CORRECTION);
  });

  it('the new workbook comes back with the reviewer columns filled in', async () => {
    const { rows } = await readReviewWorkbook(readFileSync(path.join(out, 'glossary.xlsx')), { file: 'glossary.xlsx' });
    const byId = new Map(rows!.map((r) => [r.id, r]));
    expect(byId.get(approved.id)?.status).toBe('approved');
    expect(byId.get(rejected.id)?.status).toBe('rejected');
    expect(byId.get(corrected.id)?.terms.kk).toBe(CORRECTION);
    expect(byId.get(noted.id)?.note).toBe('checked against the journal style sheet');
  });

  it('importing the same workbook again changes nothing', async () => {
    const text = decisionsText();
    const again = await importReviewWorkbook({ workbook: reviewed, corpusDir: corpus });
    expect(again.written).toBe(false);
    expect(decisionsText()).toBe(text);
  });
});
