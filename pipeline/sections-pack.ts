// The sections pack: every document's sections in two or more languages (`multilingualSections`) in one cache
// file. After the barrier the corpus stages keep only those of each document (the glossary's examples and the
// workbook's Alignment sheet show them), and a document whose parts of the alignment exports are copied from
// the previous files needs nothing else: reading its whole aligned document, English-only body and all, then
// cost most of a rebuild's reading and parsing. Each block is the JSON of one document's multilingual sections,
// keyed by the cache key of the aligned document it was made from.
import path from 'node:path';
import type { AlignedDocument } from '../src/align/types.js';
import { isMultilingual, version as exportVersion } from '../src/export/index.js';
import { readBlockPack, writeBlockPack } from './block-pack.js';

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

/**
 * The sections pack during one pass over the corpus's aligned documents. A document whose aligned key has a
 * block is parsed from it (`take`); the others' multilingual sections are handed in (`keep`). Every document's
 * block goes into the next pack, in corpus order (a block from this pack as its bytes), and `close` writes it
 * when the set of blocks changed.
 */
export interface SectionsPack {
  /** Whether the document with this aligned key can be taken from the pack. */
  has(alignedKey: string): boolean;
  /** The document's multilingual sections from the pack; null when its block does not parse (load the document then). */
  take(alignedKey: string): AlignedDocument | null;
  /** A document's multilingual sections (`multilingualSections`), for the next pack. */
  keep(alignedKey: string, sections: AlignedDocument): void;
  /** Writes the next pack when its set of blocks changed, and lets go of the pack's bytes. */
  close(): Promise<void>;
}

/**
 * Opens the pack in `cacheDir`. A pack that is missing, damaged, truncated or of another version is not read
 * (and is replaced); `force` does not read it either.
 */
export async function openSectionsPack(cacheDir: string, options: { force: boolean }): Promise<SectionsPack> {
  const file = path.join(cacheDir, SECTIONS_PACK_FILE);
  const read = options.force ? null : await readBlockPack(file, PACK_KIND);
  let blocks = read?.blocks ?? new Map<string, Buffer>();
  const trusted = read !== null;
  let next: Array<[string, Uint8Array]> = [];
  const kept = new Set<string>();
  // A block that did not parse: the pack is not trusted from then on.
  let broken = false;

  const add = (alignedKey: string, block: Uint8Array) => {
    if (kept.has(alignedKey)) return;
    kept.add(alignedKey);
    next.push([alignedKey, block]);
  };
  return {
    has: (alignedKey) => !broken && blocks.has(alignedKey),
    take(alignedKey) {
      const block = blocks.get(alignedKey);
      if (broken || !block) return null;
      let sections: AlignedDocument;
      try {
        sections = JSON.parse(block.toString('utf8')) as AlignedDocument;
      } catch {
        broken = true;
        return null;
      }
      if (!sections || typeof sections !== 'object' || sections.kind !== 'aligned-document' || !Array.isArray(sections.sections)) {
        broken = true;
        return null;
      }
      add(alignedKey, block);
      return sections;
    },
    keep(alignedKey, sections) {
      // A block already in the pack is copied as it is, not serialised again.
      const block = broken ? undefined : blocks.get(alignedKey);
      add(alignedKey, block ?? Buffer.from(JSON.stringify(sections), 'utf8'));
    },
    async close() {
      const written = next;
      const previous = blocks;
      next = [];
      blocks = new Map();
      const same = trusted && !broken && written.length === previous.size && written.every(([key]) => previous.has(key));
      if (!same) await writeBlockPack(file, PACK_KIND, null, written);
    },
  };
}
