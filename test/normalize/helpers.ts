import type { IngestedDocument } from '../../src/ingest/types.js';
import type { Lang, SectionKind, StageMessage } from '../../src/model/index.js';
import { normalize } from '../../src/normalize/index.js';
import type { NormalizedDocument } from '../../src/normalize/types.js';

/** A one-paragraph-per-entry document whose source is the entries joined by blank lines. */
export function documentOf(entries: Array<{ kind?: SectionKind; lang: Lang; text: string }>): { source: string; doc: IngestedDocument } {
  let source = '';
  const sections: IngestedDocument['sections'] = [];
  for (const entry of entries) {
    if (source !== '') source += '\n\n';
    const start = source.length;
    source += entry.text;
    const kind = entry.kind ?? 'body';
    let section = sections.find((s) => s.kind === kind && s.lang === entry.lang);
    if (!section) sections.push((section = { kind, lang: entry.lang, paragraphs: [] }));
    section.paragraphs.push({ text: entry.text, range: { start, end: source.length } });
  }
  const doc: IngestedDocument = {
    kind: 'ingested-document',
    schemaVersion: 1,
    id: 'test',
    file: 'test.md',
    languages: [...new Set(entries.map((e) => e.lang))],
    blocks: [],
    sections,
  };
  return { source, doc };
}

/** Normalizes a document and returns it with the messages it reported. */
export function normalizeDoc(doc: IngestedDocument): { result: NormalizedDocument; messages: StageMessage[] } {
  const messages: StageMessage[] = [];
  const result = normalize(doc, (m) => messages.push(m));
  return { result, messages };
}

/** Normalizes one paragraph of `lang` and returns its text. */
export function normalizeText(text: string, lang: Lang = 'en'): string {
  const { doc } = documentOf([{ lang, text }]);
  return normalizeDoc(doc).result.sections[0].paragraphs[0].text;
}
