import { LANGS, type Report } from '../model/index.js';
import { assignUnits } from './assign-units.js';
import { buildSections } from './build-sections.js';
import { INGEST_SCHEMA_VERSION, type IngestedDocument, type SourceText } from './types.js';
import { walkBlocks } from './walk-blocks.js';

export type * from './types.js';
export { INGEST_SCHEMA_VERSION } from './types.js';

/** Stage version for the cache key: bump whenever ingest output changes for the same input. */
export const version = '1.11.0';

/**
 * Ingest stage: cuts a journal article (Markdown or plain text from PDF/Word conversion) into blocks — authors,
 * affiliations, title, abstract heading and abstract, keyword line, body headings and paragraphs, reference
 * headings and items — identifies each block's language and gathers the sections per language. Pure; never
 * throws on bad input: problems are reported, and a language missing from the article is an info message
 * (`missing-language-kk`), not an error.
 */
export function ingest(source: SourceText, report: Report): IngestedDocument {
  const drafts = walkBlocks(source.text);
  const units = assignUnits(drafts);
  const built = buildSections(source.text, drafts, units, report);
  if (built.blocks.length === 0) {
    report({ reason: `Expected article text in \`${source.file}\`, found an empty file.`, ruleId: 'empty-document', severity: 'warning' });
  }
  for (const lang of LANGS) {
    if (!built.languages.includes(lang) && built.blocks.length > 0) {
      report({
        reason: `Expected the article in en, kk and ru, found no ${lang} text in \`${source.file}\`.`,
        ruleId: `missing-language-${lang}`,
        severity: 'info',
      });
    }
  }
  return {
    kind: 'ingested-document',
    schemaVersion: INGEST_SCHEMA_VERSION,
    id: source.id,
    file: source.file,
    languages: built.languages,
    blocks: built.blocks,
    sections: built.sections,
  };
}
