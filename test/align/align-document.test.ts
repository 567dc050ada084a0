import { describe, expect, it } from 'vitest';
import { align, alignReferencesByNumber } from '../../src/align/index.js';
import type { Lang, SectionKind, StageMessage } from '../../src/model/index.js';
import type { SegmentedDocument, SegmentedSection } from '../../src/segment/types.js';
import { drop, SENTENCES } from './parallel-sentences.js';

function section(kind: SectionKind, lang: Lang, texts: string[]): SegmentedSection {
  let offset = 0;
  return {
    kind,
    lang,
    sentences: texts.map((text) => {
      const sentence = { text, range: { start: offset, end: offset + text.length }, paragraph: 0 };
      offset += text.length + 1;
      return sentence;
    }),
  };
}

function document(sections: SegmentedSection[], languages: Lang[] = ['en', 'kk', 'ru']): SegmentedDocument {
  return { kind: 'segmented-document', schemaVersion: 1, id: 'doc', file: 'doc.txt', languages, sections };
}

const KEYWORDS: Record<Lang, string[]> = {
  en: ['Republic of Kazakhstan', 'constitution', 'parliament', 'democracy'],
  kk: ['Қазақстан Республикасы', 'конституция', 'парламент', 'демократия'],
  ru: ['Республика Казахстан', 'конституция', 'парламент', 'демократия'],
};
const TITLES: Record<Lang, string> = {
  en: 'THE PARLIAMENT OF KAZAKHSTAN',
  kk: 'ҚАЗАҚСТАН ПАРЛАМЕНТІ',
  ru: 'ПАРЛАМЕНТ КАЗАХСТАНА',
};

describe('align (stage)', () => {
  it('aligns each section kind on its own and keeps every sentence', () => {
    const langs: Lang[] = ['en', 'kk', 'ru'];
    const doc = document(
      langs.flatMap((lang) => [
        section('title', lang, [TITLES[lang]]),
        section('abstract', lang, SENTENCES[lang]),
        section('keywords', lang, KEYWORDS[lang]),
      ]),
    );
    const messages: StageMessage[] = [];
    const aligned = align(doc, (message) => messages.push(message));
    expect(aligned.kind).toBe('aligned-document');
    expect(aligned.sections.map((s) => s.kind)).toEqual(['title', 'abstract', 'keywords']);
    const keywords = aligned.sections.find((s) => s.kind === 'keywords')!;
    expect(keywords.beads.map((b) => [b.en, b.kk, b.ru])).toEqual([0, 1, 2, 3].map((i) => [[i], [i], [i]]));
    const abstract = aligned.sections.find((s) => s.kind === 'abstract')!;
    expect(abstract.beads).toHaveLength(8);
    expect(abstract.sentences.kk).toHaveLength(8);
    expect(messages.filter((m) => m.severity !== 'info')).toEqual([]);
  });

  it('reports a sentence without counterpart with its range', () => {
    const doc = document([
      section('abstract', 'en', SENTENCES.en),
      section('abstract', 'kk', SENTENCES.kk),
      section('abstract', 'ru', drop(SENTENCES.ru, 3)),
    ]);
    const messages: StageMessage[] = [];
    const aligned = align(doc, (message) => messages.push(message));
    const abstract = aligned.sections[0];
    expect(abstract.beads.find((b) => b.en.includes(3))!.ru).toEqual([]);
    // 3-way beads with a missing language are not unpaired: en and kk still pair.
    expect(messages.filter((m) => m.ruleId === 'unaligned-sentence')).toEqual([]);
  });

  it('flags a lone unit and reports it as unaligned-sentence', () => {
    const doc = document([section('abstract', 'en', SENTENCES.en), section('abstract', 'ru', [...SENTENCES.ru.slice(0, 4), 'является формирова-ние.', ...SENTENCES.ru.slice(4)])], ['en', 'ru']);
    const messages: StageMessage[] = [];
    align(doc, (message) => messages.push(message));
    const unaligned = messages.filter((m) => m.ruleId === 'unaligned-sentence');
    expect(unaligned).toHaveLength(1);
    expect(unaligned[0].actual).toBe('является формирова-ние.');
    expect(unaligned[0].range).toBeDefined();
  });

  it('reports a section missing in one language and passes the others through', () => {
    const doc = document([section('abstract', 'en', SENTENCES.en), section('abstract', 'kk', SENTENCES.kk), section('title', 'en', [TITLES.en])]);
    const messages: StageMessage[] = [];
    const aligned = align(doc, (message) => messages.push(message));
    expect(messages.map((m) => m.ruleId)).toContain('missing-section');
    const title = aligned.sections.find((s) => s.kind === 'title')!;
    expect(title.beads).toEqual([{ en: [0], kk: [], ru: [], score: 1, flags: [] }]);
  });

  it('handles a document with an empty section list', () => {
    const aligned = align(document([]), () => undefined);
    expect(aligned.sections).toEqual([]);
  });

  it('aligns numbered reference lists by their numbers', () => {
    const doc = document([
      section('references', 'en', ['1. Smith J. Power. 2001.', '2. Abenov K. State. 2010.', '3. Nazarbayev N. Era. 1997.']),
      section('references', 'ru', ['1. Смит Дж. Власть. 2001.', '3. Назарбаев Н. Эпоха. 1997.']),
    ], ['en', 'ru']);
    const aligned = align(doc, () => undefined);
    expect(aligned.sections[0].beads.map((b) => [b.en, b.ru])).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
    ]);
  });
});

describe('alignReferencesByNumber', () => {
  it('returns null when a list is not numbered or not increasing', () => {
    expect(alignReferencesByNumber({ en: ['1. A', 'B'], ru: ['1. А', '2. Б'] })).toBeNull();
    expect(alignReferencesByNumber({ en: ['2. A', '1. B'], ru: ['1. А', '2. Б'] })).toBeNull();
    expect(alignReferencesByNumber({ en: ['1. A'] })).toBeNull();
  });

  it('accepts [n] and n) numbering', () => {
    const beads = alignReferencesByNumber({ en: ['[1] A', '[2] B'], kk: ['1) А', '2) Б'] })!;
    expect(beads.map((b) => [b.en, b.kk, b.ru])).toEqual([
      [[0], [0], []],
      [[1], [1], []],
    ]);
  });
});
