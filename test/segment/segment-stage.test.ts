import { describe, expect, it } from 'vitest';
import type { StageMessage } from '../../src/model/index.js';
import { identityMap } from '../../src/normalize/offset-map.js';
import type { NormalizedDocument, NormalizedParagraph } from '../../src/normalize/types.js';
import { segment, splitKeywordItems, splitReferenceItems, version } from '../../src/segment/index.js';

// A small source with Markdown markup, and the normalized document a normalize stage would make of it.
const SOURCE =
  '# ФИЛОСОФИЯ ВЛАСТИ\n\n' + // 0..19
  '**Введение.** Власть есть сила. является формирова-ние. Были основы.\n\n' +
  '**Ключевые слова:** Республика Казахстан, современное общество; власть (понятие, теория).\n\n' +
  '1. Павлова О.В. Феномен власти. – Белгород, 2012. – 175 с.\n2. Платон. Государство. – М.: Мысль, 1971.\n';

function paragraphAt(source: string, text: string, sourceStart: number): NormalizedParagraph {
  expect(source.slice(sourceStart, sourceStart + text.length)).toBe(text);
  return { text, map: identityMap(sourceStart), range: { start: sourceStart, end: sourceStart + text.length } };
}

function makeDocument(): NormalizedDocument {
  const titleStart = SOURCE.indexOf('ФИЛОСОФИЯ');
  const bodySource = SOURCE.indexOf('**Введение');
  // Normalize removed the `**` around `Введение.`: normalized 0..10 came from bodySource + 2, the rest from
  // after the closing `**`.
  const bodyText = 'Введение. Власть есть сила. является формирова-ние. Были основы.';
  const body: NormalizedParagraph = {
    text: bodyText,
    map: { runs: [[0, bodySource + 2], [9, bodySource + 13]] },
    range: { start: bodySource, end: bodySource + 4 + bodyText.length },
  };
  const keywordsText = 'Республика Казахстан, современное общество; власть (понятие, теория).';
  const referencesText = SOURCE.slice(SOURCE.indexOf('1. Павлова'), SOURCE.length - 1);
  return {
    kind: 'normalized-document',
    schemaVersion: 1,
    id: 'sample',
    file: 'sample.md',
    languages: ['ru'],
    repairs: [],
    sections: [
      { kind: 'title', lang: 'ru', paragraphs: [paragraphAt(SOURCE, 'ФИЛОСОФИЯ ВЛАСТИ', titleStart)] },
      { kind: 'body', lang: 'ru', paragraphs: [body] },
      { kind: 'keywords', lang: 'ru', paragraphs: [paragraphAt(SOURCE, keywordsText, SOURCE.indexOf('Республика'))] },
      { kind: 'references', lang: 'ru', paragraphs: [paragraphAt(SOURCE, referencesText, SOURCE.indexOf('1. Павлова'))] },
    ],
  };
}

describe('segment stage', () => {
  const doc = makeDocument();
  const before = JSON.stringify(doc);
  const messages: StageMessage[] = [];
  const result = segment(doc, (message) => messages.push(message));
  const section = (kind: string) => result.sections.find((s) => s.kind === kind)!;

  it('returns a new artefact and leaves its input alone', () => {
    expect(JSON.stringify(doc)).toBe(before);
    expect(result).toMatchObject({ kind: 'segmented-document', schemaVersion: 1, id: 'sample', file: 'sample.md', languages: ['ru'] });
    expect(typeof version).toBe('string');
  });

  it('keeps the title as one unit', () => {
    expect(section('title').sentences.map((s) => s.text)).toEqual(['ФИЛОСОФИЯ ВЛАСТИ']);
  });

  it('splits the body into sentences, the stray fragment on its own', () => {
    expect(section('body').sentences.map((s) => s.text)).toEqual([
      'Введение.',
      'Власть есть сила.',
      'является формирова-ние.',
      'Были основы.',
    ]);
  });

  it('maps every unit back to its source range', () => {
    for (const s of result.sections.flatMap((x) => x.sentences)) {
      expect(SOURCE.slice(s.range.start, s.range.end)).toBe(s.text);
    }
    const [heading] = section('body').sentences;
    // The markup removed after `Введение.` stays outside the range.
    expect(SOURCE.slice(heading.range.start - 2, heading.range.end + 2)).toBe('**Введение.**');
  });

  it('splits keywords at commas and semicolons outside brackets, without the final full stop', () => {
    expect(section('keywords').sentences.map((s) => s.text)).toEqual([
      'Республика Казахстан',
      'современное общество',
      'власть (понятие, теория)',
    ]);
  });

  it('keeps each reference item whole, one per numbered line', () => {
    expect(section('references').sentences.map((s) => s.text)).toEqual([
      '1. Павлова О.В. Феномен власти. – Белгород, 2012. – 175 с.',
      '2. Платон. Государство. – М.: Мысль, 1971.',
    ]);
  });

  it('keeps the paragraph index of each unit', () => {
    expect(result.sections.flatMap((x) => x.sentences).every((s) => s.paragraph === 0)).toBe(true);
  });

  it('reports the split at a stop followed by a lower-case word, with its source range', () => {
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message).toMatchObject({ ruleId: 'lower-case-after-stop', severity: 'info' });
    expect(SOURCE.slice(message.range!.start, message.range!.end)).toBe('.');
    expect(message.reason).toContain('является');
  });
});

describe('splitKeywordItems', () => {
  it.each([
    ['a, b; c.', ['a', 'b', 'c']],
    ['  single keyword  ', ['single keyword']],
    ['a,, b ,', ['a', 'b']],
    ['GIS (geographic information systems, GIS); remote sensing', ['GIS (geographic information systems, GIS)', 'remote sensing']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(splitKeywordItems(text).map(({ start, end }) => text.slice(start, end))).toEqual(expected);
  });
});

describe('splitReferenceItems', () => {
  it('keeps an unnumbered reference whole and its wrapped lines together', () => {
    const text = 'Huntington S. The Third Wave. – Norman:\nUniversity of Oklahoma Press, 1991. – 366 p.';
    expect(splitReferenceItems(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('splits a numbered list with bracket markers', () => {
    const text = '[1] Aristotle. Politics.\n[2] Cicero M.T. On the state.\ncontinued here.\n– M.: Nauka, 1994.';
    expect(splitReferenceItems(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      '[1] Aristotle. Politics.',
      '[2] Cicero M.T. On the state.\ncontinued here.\n– M.: Nauka, 1994.',
    ]);
  });
});
