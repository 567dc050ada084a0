import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Glossary } from '../../src/glossary/types.js';
import { GLOSSARY_COLUMNS, renderGlossaryWorkbook } from '../../src/export/index.js';
import { sampleDocuments, sampleGlossary, sampleReport } from './sample.js';
import { cellStyleFormats, xlsxParts, type XlsxParts } from './xlsx-xml.js';

const INJECTION = '=HYPERLINK("http://x","y")';

function injectedGlossary(): Glossary {
  const glossary = sampleGlossary();
  glossary.entries[0].en!.term = INJECTION;
  glossary.entries[1].kk!.term = '+7 727 000';
  glossary.entries[2].ru!.term = '-изм';
  glossary.entries[3].note = '@reviewer see =SUM(A1:A9)';
  glossary.entries[0].status = 'approved';
  glossary.entries[0].note = 'keep';
  return glossary;
}

let bytes: Buffer;
let parts: XlsxParts;
let workbook: ExcelJS.Workbook;
beforeAll(async () => {
  bytes = await renderGlossaryWorkbook({ glossary: injectedGlossary(), documents: sampleDocuments(), report: sampleReport() });
  parts = await xlsxParts(bytes);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
});

const column = (header: string) => GLOSSARY_COLUMNS.findIndex((c) => c.header === header) + 1;

describe('renderGlossaryWorkbook', () => {
  it('has the sheets Glossary, Alignment, one per language of unpaired candidates, and Report', () => {
    expect(workbook.worksheets.filter((s) => s.state === 'visible').map((s) => s.name)).toEqual([
      'Glossary',
      'Alignment',
      'Unpaired en',
      'Unpaired kk',
      'Unpaired ru',
      'Report',
      'How to review',
    ]);
  });

  it('Glossary: one row per entry with terms, variants, score, examples, status, note and id', () => {
    const glossary = injectedGlossary();
    const sheet = workbook.getWorksheet('Glossary')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...GLOSSARY_COLUMNS.map((c) => c.header)]);
    expect(sheet.actualRowCount).toBe(glossary.entries.length + 1);
    glossary.entries.forEach((entry, index) => {
      const row = sheet.getRow(index + 2);
      expect(row.getCell(column('Entry id')).value).toBe(entry.id);
      expect(row.getCell(column('kk term')).value).toBe(entry.kk!.term);
      expect(row.getCell(column('Status')).value).toBe(entry.status);
      expect(row.getCell(column('Score')).value).toBeCloseTo(entry.score, 3);
    });
    const power = sheet.getRow(2);
    expect(power.getCell(column('Reviewer note')).value).toBe('keep');
    expect(power.getCell(column('kk variants')).value).toBe('биліктің, билікті, билікке, билігіне, билік');
    expect(power.getCell(column('Example kk')).value).toBe('Биліктің негізгі элементтері субъект, объект және құралдар болып табылады.');
    expect(power.getCell(column('Frequency')).value).toBe(16);
  });

  it('Glossary: header frozen, autofilter on, widths set, text wrapped', () => {
    const sheet = workbook.getWorksheet('Glossary')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const xml = parts.sheets.get('Glossary')!;
    expect(xml).toMatch(/<autoFilter ref="A1:O1"\/>/);
    expect(sheet.getColumn(column('Example en')).width).toBe(50);
    expect(sheet.getRow(2).getCell(column('Example en')).alignment?.wrapText).toBe(true);
  });

  it('Glossary: the Status drop-down is one data validation over the whole column range', () => {
    const xml = parts.sheets.get('Glossary')!;
    const validations = [...xml.matchAll(/<dataValidation [^>]*>[\s\S]*?<\/dataValidation>/g)].map((m) => m[0]);
    expect(validations).toHaveLength(1);
    const letter = String.fromCharCode(64 + column('Status'));
    expect(validations[0]).toContain(`sqref="${letter}2:${letter}9"`);
    expect(validations[0]).toContain('type="list"');
    expect(validations[0]).toContain('<formula1>&quot;candidate,approved,rejected&quot;</formula1>');
  });

  it('Glossary: approved status cells turn green and rejected rows grey, by conditional formats that follow sorting', () => {
    const xml = parts.sheets.get('Glossary')!;
    const letter = String.fromCharCode(64 + column('Status'));
    expect(xml).toContain(`<conditionalFormatting sqref="${letter}2:${letter}9"><cfRule type="expression" dxfId="0" priority="1"><formula>$${letter}2=&quot;approved&quot;</formula>`);
    expect(xml).toContain(`<conditionalFormatting sqref="A2:O9"><cfRule type="expression" dxfId="1" priority="2"><formula>$${letter}2=&quot;rejected&quot;</formula>`);
    expect(parts.styles).toMatch(/<dxf><font><color rgb="FF808080"\/><strike\/><\/font><\/dxf>/);
  });

  it('Glossary: the headers of the columns the reviewer fills are highlighted', () => {
    const header = workbook.getWorksheet('Glossary')!.getRow(1);
    const fill = (header: string) => (workbook.getWorksheet('Glossary')!.getRow(1).getCell(column(header)).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(fill('Status')).toBe('FFFFE699');
    expect(fill('Reviewer note')).toBe('FFFFE699');
    expect(fill('en term')).toBe('FFD9E1F2');
    expect(header.getCell(1).font?.bold).toBe(true);
  });

  it('Glossary: entries in the lowest score quartile are shaded, the others not', () => {
    const sheet = workbook.getWorksheet('Glossary')!;
    const shaded = (rowNumber: number) => {
      const fill = sheet.getRow(rowNumber).getCell(1).fill as ExcelJS.FillPattern | undefined;
      return fill?.pattern === 'solid';
    };
    // Scores 0.94 … 0.22: the lower quartile (nearest rank) is 0.31, so only 0.22 (the last row) is below it.
    expect([2, 3, 4, 5, 6, 7, 8, 9].map(shaded)).toEqual([false, false, false, false, false, false, false, true]);
  });

  it('no cell is a formula: text starting with = + - @ is a shared string in a Text-formatted cell', async () => {
    for (const [name, xml] of parts.sheets) expect(xml, name).not.toMatch(/<f[ >]/);
    const sheet = workbook.getWorksheet('Glossary')!;
    expect(sheet.getRow(2).getCell(column('en term')).value).toBe(INJECTION);
    expect(sheet.getRow(3).getCell(column('kk term')).value).toBe('+7 727 000');
    expect(sheet.getRow(4).getCell(column('ru term')).value).toBe('-изм');
    expect(sheet.getRow(5).getCell(column('Reviewer note')).value).toBe('@reviewer see =SUM(A1:A9)');
    // In the XML: the cell is a shared-string reference whose style has number format 49 ("@", Text), so
    // Excel neither evaluates it on opening nor when a reviewer edits it.
    const formats = cellStyleFormats(parts.styles);
    const address = `A2`;
    const cell = new RegExp(`<c r="${address}" s="(\\d+)" t="s"><v>(\\d+)</v></c>`).exec(parts.sheets.get('Glossary')!);
    expect(cell).not.toBeNull();
    expect(formats[Number(cell![1])]).toBe(49);
    const strings = [...parts.sharedStrings.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
    expect(strings[Number(cell![2])]).toBe('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
  });

  it('Alignment: one row per bead with document, section, texts, score and flags; flagged rows shaded', () => {
    const documents = sampleDocuments();
    const sheet = workbook.getWorksheet('Alignment')!;
    const beads = documents[0].sections.reduce((n, s) => n + s.beads.length, 0);
    expect(sheet.actualRowCount).toBe(beads + 1);
    expect(sheet.getRow(1).values).toEqual([undefined, 'Document', 'Section', 'en', 'kk', 'ru', 'Score', 'Flags']);
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '000_9b0e67f1d2ff5f5f',
      'title',
      'THE PHILOSOPHY OF POWER IN THE MODERN SOCIETY OF KAZAKHSTAN',
      'ҚАЗАҚСТАННЫҢ ҚАЗІРГІ ҚОҒАМЫНДАҒЫ БИЛІК ФИЛОСОФИЯСЫ',
      'ФИЛОСОФИЯ ВЛАСТИ В СОВРЕМЕННОМ ОБЩЕСТВЕ КАЗАХСТАНА',
      0.9,
    ]);
    let flaggedRows = 0;
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber === 1) return;
      const flagged = row.getCell(7).value !== null;
      const fill = row.getCell(3).fill as ExcelJS.FillPattern | undefined;
      expect(fill?.pattern === 'solid').toBe(flagged);
      if (flagged) {
        flaggedRows++;
        expect(row.getCell(3).value).toBeNull();
        expect(row.getCell(5).value).toBe('является формирова-ние.');
      }
    });
    expect(flaggedRows).toBe(1);
  });

  it('Alignment: leaves out sections in one language only (nothing there is aligned)', async () => {
    const documents = sampleDocuments();
    const english = documents[0].sections[1].sentences.en;
    documents[0].sections.push({
      kind: 'body',
      sentences: { en: english, kk: [], ru: [] },
      beads: english.map((_, index) => ({ en: [index], kk: [], ru: [], score: 1, flags: [] })),
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderGlossaryWorkbook({ glossary: sampleGlossary(), documents, report: sampleReport() })) as unknown as ArrayBuffer);
    const sections = new Set<unknown>();
    book.getWorksheet('Alignment')!.eachRow((row, rowNumber) => rowNumber > 1 && sections.add(row.getCell(2).value));
    expect(sections.has('abstract')).toBe(true);
    expect(sections.has('body')).toBe(false);
  });

  it('Unpaired sheets list the candidates without a partner, per language', () => {
    expect(workbook.getWorksheet('Unpaired en')!.getRow(2).values).toEqual([undefined, 'means', 1, 'means']);
    expect(workbook.getWorksheet('Unpaired kk')!.getRow(2).values).toEqual([undefined, 'құрал', 1, 'құралдар']);
    expect(workbook.getWorksheet('Unpaired ru')!.actualRowCount).toBe(1);
  });

  it('Report lists the documents and every message with file, line, column, severity, rule and stage', () => {
    const sheet = workbook.getWorksheet('Report')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['000_9b0e67f1d2ff5f5f', '000_9b0e67f1d2ff5f5f.txt', 'en kk ru', 11, 11, 12, 12, 40, 'no', 1, 0]);
    expect(rows).toContainEqual([
      '000_9b0e67f1d2ff5f5f.txt',
      30,
      5,
      'warning',
      'unaligned-sentence',
      'align',
      'Expected a counterpart of the Russian sentence, found none.',
    ]);
    expect(rows).toContainEqual(['corpus', undefined, undefined, 'info', 'corpus-note', 'runner', '=1+1 is not a formula here']);
    expect(parts.sheets.get('Report')).toMatch(/<autoFilter ref="A\d+:G\d+"\/>/);
  });

  it('explains the review on its own sheet, naming the import command', () => {
    const texts: string[] = [];
    workbook.getWorksheet('How to review')!.eachRow((row) => texts.push(String(row.getCell(2).value ?? '')));
    expect(texts.join('\n')).toContain('tilmash review import glossary.xlsx --corpus');
    expect(texts.join('\n')).toContain('a deleted row is not a decision');
  });

  it('carries a very hidden snapshot of what each Glossary row showed', () => {
    const snapshot = workbook.getWorksheet('tilmash-export')!;
    expect(snapshot.state).toBe('veryHidden');
    expect(snapshot.getRow(2).values).toEqual([undefined, 'power', INJECTION, 'билік', 'власть', 'approved', 'keep']);
  });

  it('stops a sheet at the row limit with a row saying how much was left out, errors first in the Report', async () => {
    const report = sampleReport();
    report.messages = Array.from({ length: 30 }, (_, i) => ({
      file: 'f',
      severity: i === 29 ? ('fatal' as const) : ('info' as const),
      reason: `message ${i}`,
      ruleId: 'r',
    }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderGlossaryWorkbook({ glossary: sampleGlossary(), documents: sampleDocuments(), report }, { maxRows: 14 })) as unknown as ArrayBuffer);
    const alignment = book.getWorksheet('Alignment')!;
    expect(alignment.actualRowCount).toBe(14);
    expect(alignment.getRow(14).getCell(1).value).toBe('5 more beads are not shown (a sheet holds 14 rows); alignment.tmx and alignment.json have them all.');
    const cells: unknown[] = [];
    book.getWorksheet('Report')!.eachRow((row) => cells.push(row.getCell(1).value, row.getCell(7).value));
    expect(cells).toContain('message 29');
    expect(cells.some((c) => typeof c === 'string' && /^\d+ more messages are not shown/.test(c))).toBe(true);
    expect(book.getWorksheet('Report')!.rowCount).toBeLessThanOrEqual(14);
  });

  it('works for an empty glossary and no documents', async () => {
    const empty = await renderGlossaryWorkbook({
      glossary: { version: 1, entries: [], unpaired: { en: [], kk: [], ru: [] } },
      documents: [],
      report: { documents: [], messages: [] },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(empty as unknown as ArrayBuffer);
    expect(book.getWorksheet('Glossary')!.actualRowCount).toBe(1);
  });

  it('cuts text longer than an Excel cell holds and drops XML-invalid characters', async () => {
    const glossary = sampleGlossary();
    glossary.entries[0].examples[0].en = 'x'.repeat(40_000);
    glossary.entries[0].en!.term = 'po\u0000wer\u000B';
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderGlossaryWorkbook({ glossary, documents: [], report: { documents: [], messages: [] } })) as unknown as ArrayBuffer);
    const row = book.getWorksheet('Glossary')!.getRow(2);
    expect(String(row.getCell(column('Example en')).value)).toHaveLength(32_767);
    expect(row.getCell(column('en term')).value).toBe('power');
  });
});
