import { describe, expect, it } from 'vitest';
import { GLOSSARY_CSV_HEADER, renderGlossaryCsv, renderOmegaTGlossary } from '../../src/export/index.js';
import { sampleGlossary } from './sample.js';

/** A strict RFC 4180 reader, to read the CSV back the way a CAT tool's importer does. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('renderGlossaryCsv', () => {
  it('is UTF-8 with a byte-order mark, a header row and one CRLF row per exported entry', () => {
    const glossary = sampleGlossary();
    glossary.entries[2].status = 'rejected';
    const csv = renderGlossaryCsv(glossary);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...GLOSSARY_CSV_HEADER]);
    expect(rows).toHaveLength(1 + glossary.entries.length - 1);
    expect(rows.every((row) => row.length === GLOSSARY_CSV_HEADER.length)).toBe(true);
    expect(rows.some((row) => row[0] === 'object')).toBe(false);
    expect(renderGlossaryCsv(glossary, { bom: false }).startsWith('en,')).toBe(true);
  });

  it('export then import is lossless for terms, Kazakh variants, status, note and id', () => {
    const glossary = sampleGlossary();
    glossary.entries[0].note = 'Say "билік", not "өкімет", here';
    glossary.entries[0].status = 'approved';
    const rows = parseCsv(renderGlossaryCsv(glossary).slice(1));
    const column = (name: string) => GLOSSARY_CSV_HEADER.indexOf(name as (typeof GLOSSARY_CSV_HEADER)[number]);
    rows.slice(1).forEach((row, index) => {
      const entry = glossary.entries[index];
      expect(row[column('en')]).toBe(entry.en?.term ?? '');
      expect(row[column('kk')]).toBe(entry.kk?.term ?? '');
      expect(row[column('ru')]).toBe(entry.ru?.term ?? '');
      expect(row[column('id')]).toBe(entry.id);
      expect(row[column('status')]).toBe(entry.status);
      const variants = row[column('kk variants')] ? row[column('kk variants')].split('; ') : [];
      expect(variants).toEqual(entry.kk!.variants.filter((v) => v.toLowerCase() !== entry.kk!.term.toLowerCase()));
    });
    expect(rows[1][column('note')]).toBe('Say "билік", not "өкімет", here');
  });

  it('guards cells a spreadsheet would evaluate with a leading apostrophe', () => {
    const glossary = sampleGlossary();
    glossary.entries[0].en!.term = '=HYPERLINK("http://x","y")';
    glossary.entries[1].en!.term = '+1';
    glossary.entries[2].en!.term = '@SUM(A1)';
    glossary.entries[3].en!.term = '-ism';
    const rows = parseCsv(renderGlossaryCsv(glossary).slice(1));
    expect(rows.slice(1, 5).map((row) => row[0])).toEqual(["'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'@SUM(A1)", "'-ism"]);
  });
});

describe('renderOmegaTGlossary', () => {
  it('writes source<TAB>target<TAB>comment, en→kk by default, one line per entry with both languages', () => {
    const glossary = sampleGlossary();
    glossary.entries[2].status = 'rejected';
    const lines = renderOmegaTGlossary(glossary).trimEnd().split('\n');
    expect(lines[0]).toBe('power\tбилік\tcandidate');
    expect(lines.every((line) => line.split('\t').length === 3)).toBe(true);
    expect(lines.some((line) => line.startsWith('object\t'))).toBe(false);
    expect(lines).toHaveLength(glossary.entries.length - 1);
  });

  it('with Kazakh as the source, adds a line per inflected form, since OmegaT matches the source exactly', () => {
    const lines = renderOmegaTGlossary(sampleGlossary(), { source: 'kk', target: 'ru' }).trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['билік\tвласть\tcandidate', 'биліктің\tвласть\tcandidate; form of "билік"', 'билікті\tвласть\tcandidate; form of "билік"']);
    // No Russian for "presidential institution": not in a kk→ru glossary.
    expect(lines.some((line) => line.startsWith('президенттік институт'))).toBe(false);
  });

  it('keeps a line intact when a term or note holds a tab or a line break', () => {
    const glossary = sampleGlossary();
    glossary.entries[0].note = 'two\nlines\tand a tab';
    const first = renderOmegaTGlossary(glossary).split('\n')[0];
    expect(first).toBe('power\tбилік\tcandidate; two lines and a tab');
  });
});
