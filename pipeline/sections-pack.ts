// The sections pack: every document's sections in two or more languages (`multilingualSections`) in one cache
// file. After the barrier the corpus stages keep only those of each document (the glossary's examples and the
// workbook's Alignment sheet show them), and a document whose parts of the alignment exports are copied from
// the previous files needs nothing else: reading its whole aligned document, English-only body and all, then
// cost most of a rebuild's reading and parsing. Each block is the JSON of one document's multilingual sections,
// keyed by the cache key of the aligned document it was made from.
import path from 'node:path';
import type { AlignedDocument } from '../src/align/types.js';
import { isMultilingual, rememberContentKey, version as exportVersion } from '../src/export/index.js';
import { openDocumentPack, type DocumentPack } from './block-pack.js';

/** The pack's file in the cache folder. */
export const SECTIONS_PACK_FILE = 'sections.pack';

/** Bump whenever a block's content changes; which sections are kept is the export's (`isMultilingual`), so its version is in the kind too. */
const SECTIONS_PACK_VERSION = 1;

const PACK_KIND = `sections ${SECTIONS_PACK_VERSION} ${exportVersion}`;

/**
 * The document with only its sections in two or more languages; the others become empty sections, so that
 * section numbers stay. Bead evidence, glossary examples and the workbook's Alignment sheet come from those
 * sections alone, and an English-only body is most of an article's text.
 */
export function multilingualSections(document: AlignedDocument): AlignedDocument {
  return {
    ...document,
    sections: document.sections.map((section) =>
      isMultilingual(section) ? section : { kind: section.kind, sentences: { en: [], kk: [], ru: [] }, beads: [] },
    ),
  };
}

/** How every block starts: `multilingualSections` keeps the aligned document's own fields first. */
const BLOCK_START = Buffer.from('{"kind":"aligned-document",', 'utf8');

/**
 * The document of a block, parsed when a field is first read. A rebuild after a review takes every document's
 * sections from the pack and may read none of them (the glossary comes from its cache, the workbook's Alignment
 * sheet from its kept rows): parsing 100 MB of them cost about a second and filled the heap. The block's own copy
 * is kept until then (not the pack's chunk), and dropped once parsed.
 */
function lazySections(block: Buffer): AlignedDocument {
  let bytes: Buffer | null = Buffer.from(block);
  let document: AlignedDocument | null = null;
  const read = (): AlignedDocument => {
    if (!document) {
      const parsed = JSON.parse(bytes!.toString('utf8')) as AlignedDocument;
      if (parsed?.kind !== 'aligned-document' || !Array.isArray(parsed.sections)) {
        throw new Error(`A block of the sections pack \`${SECTIONS_PACK_FILE}\` is not an aligned document; delete the pack and build again.`);
      }
      document = parsed;
      bytes = null;
    }
    return document;
  };
  return {
    get kind() {
      return read().kind;
    },
    get schemaVersion() {
      return read().schemaVersion;
    },
    get id() {
      return read().id;
    },
    get file() {
      return read().file;
    },
    get languages() {
      return read().languages;
    },
    get sections() {
      return read().sections;
    },
  };
}

/** The sections pack during the pass over the aligned documents (see `DocumentPack`): blocks are JSON. */
export type SectionsPack = DocumentPack<AlignedDocument>;

/**
 * Opens the pack in `cacheDir` for the documents with these aligned keys (in corpus order). A pack that is
 * missing, damaged, truncated or of another version is not read (and is replaced); `force` does not read it.
 * Each document taken is remembered with its key as its content key (see `rememberContentKey`).
 */
export async function openSectionsPack(cacheDir: string, keys: readonly string[], options: { force: boolean }): Promise<SectionsPack> {
  const pack = await openDocumentPack(path.join(cacheDir, SECTIONS_PACK_FILE), PACK_KIND, keys, options, (previous) => ({
    readsPack: previous !== null,
    rewrite: false,
    startWriting() {},
    decode(block) {
      // A block of another shape (damaged: the whole document is read instead). Its bytes passed the chunk's
      // digest, so one of the right shape is the JSON the pack wrote: it is parsed only when first read.
      if (!block.subarray(0, BLOCK_START.length).equals(BLOCK_START) || block[block.length - 1] !== 0x7d) return null;
      return { value: lazySections(block), bytes: block };
    },
    encode: (sections) => Buffer.from(JSON.stringify(sections), 'utf8'),
    meta: () => null,
    release() {},
  }));
  return {
    has: (key) => pack.has(key),
    keep: (key, value) => pack.keep(key, value),
    keepBlock: (key, block) => pack.keepBlock(key, block),
    close: () => pack.close(),
    abandon: () => pack.abandon(),
    async take(key) {
      const decode = await pack.take(key);
      return () => {
        const sections = decode();
        // Identified by the aligned document's cache key (which covers its id and file), so the exports that
        // keep rows per document content (the workbook's Alignment sheet) need not serialise it to know it.
        if (sections) rememberContentKey(sections, key);
        return sections;
      };
    },
  };
}
