// The evidence pack: every document's glossary evidence in one cache file, its strings (term keys, canonical and
// surface forms, container keys, document ids, section kinds) in one table for the corpus and its documents as
// blocks of small integers that point into it. The corpus has about 13,000 distinct terms but millions of
// document-term incidences: reading each document's JSON entry parsed the same strings 10,000 times over, and
// the glossary then hashed every fresh copy again. From the pack, a rebuild decodes each string once, and every
// document's evidence shares those strings (V8 keeps a string's hash with it, so each is hashed once).
// The documents' entries stay: they are the terms stage's cache, restore a document's record, and are the source
// of every block (a block is only ever the encoding of an entry). An entry holds its evidence packed the same
// way against tables of its own (`packEvidence`, in the worker), so that a build reading thousands of entries
// decodes small blocks and renumbers their strings into the pack's tables instead of parsing the evidence as
// JSON and encoding it again (which was most of a cold build's glossary time).
import path from 'node:path';
import { LANGS, type SectionKind } from '../src/model/index.js';
import { EVIDENCE_VERSION, type DocumentEvidence } from '../src/glossary/document-evidence.js';
import { isEvidenceColumns, TERM_COLUMNS, TermColumn, tuplesOf, type EvidenceColumns, type FoldableEvidence } from '../src/glossary/collect-evidence.js';
import { openDocumentPack, type BlockPack, type DocumentPack, type PackCodec } from './block-pack.js';
import { ByteReader, ByteWriter, isVarint, PackFormatError } from './varint.js';

/** The pack's file in the cache folder. */
export const EVIDENCE_PACK_FILE = 'evidence.pack';

/** Bump whenever the blocks' layout changes (the evidence's own version is part of the pack's kind too). */
const EVIDENCE_PACK_VERSION = 1;

const PACK_KIND = `evidence ${EVIDENCE_PACK_VERSION} ${EVIDENCE_VERSION}`;

/** The fields of a document's evidence and of a section, exactly: evidence with any other field is not packed. */
const EVIDENCE_FIELDS = ['id', 'sections', 'terms'];
const SECTION_FIELDS = ['kind', 'beads'];
/** Fields of a `DocumentTermEvidence` tuple. */
const TERM_FIELDS = 12;

/** A value the pack has no form for (a fraction where a count belongs, a field it does not know): the document stays out. */
class NotPackable extends Error {
  override name = 'NotPackable';
}

/** The pack's tables: blocks hold indices into them. */
interface PackTables {
  strings: readonly string[];
  /** The termhood scores (a few hundred distinct values over a corpus, each written once). */
  numbers: readonly number[];
}

/**
 * The tables of the next pack: those of the pack read, with the values of newly encoded documents added at the
 * end, each value once. The blocks of the pack read keep their indices, so they are copied into the next pack
 * as they are. `usedStrings` marks the strings of the pack read that some block of the next pack refers to (an
 * added string is used by the block that added it).
 */
class TableBuilder implements PackTables {
  readonly strings: string[];
  readonly numbers: number[];
  readonly usedStrings: Uint8Array;
  // Made on the first value added: a rebuild that encodes no document does not index the whole table.
  private stringIndex: Map<string, number> | null = null;
  private numberIndex: Map<number, number> | null = null;

  constructor(from: PackTables = { strings: [], numbers: [] }) {
    this.strings = [...from.strings];
    this.numbers = [...from.numbers];
    this.usedStrings = new Uint8Array(from.strings.length);
  }

  string(value: unknown): number {
    if (typeof value !== 'string') throw new NotPackable('Expected a string.');
    this.stringIndex ??= new Map(this.strings.map((string, index) => [string, index]));
    let index = this.stringIndex.get(value);
    if (index === undefined) {
      index = this.strings.push(value) - 1;
      this.stringIndex.set(value, index);
    } else if (index < this.usedStrings.length) {
      this.usedStrings[index] = 1;
    }
    return index;
  }

  number(value: unknown): number {
    // Written in the header's JSON, which has no form for -0, infinities or NaN.
    if (typeof value !== 'number' || !Number.isFinite(value) || Object.is(value, -0)) throw new NotPackable('Expected a finite number.');
    this.numberIndex ??= new Map(this.numbers.map((number, index) => [number, index]));
    let index = this.numberIndex.get(value);
    if (index === undefined) {
      index = this.numbers.push(value) - 1;
      this.numberIndex.set(value, index);
    }
    return index;
  }

  /** Strings of the pack read that no block refers to any more (their documents changed or left the corpus). */
  unusedStrings(): number {
    return this.usedStrings.reduce((unused, used) => unused + (used ? 0 : 1), 0);
  }
}

function hasFields(value: unknown, fields: readonly string[]): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === fields.length && fields.every((field, i) => keys[i] === field);
}

function uint(out: ByteWriter, value: unknown): void {
  if (!isVarint(value)) throw new NotPackable('Expected a count.');
  out.uint(value);
}

function uintList(out: ByteWriter, values: unknown): void {
  if (!Array.isArray(values)) throw new NotPackable('Expected a list.');
  out.uint(values.length);
  for (const value of values) uint(out, value);
}

/**
 * Writes a document's evidence as a block (layout in `decodeColumns`), its strings and scores into `tables`.
 * Checks every field on the way, since the evidence comes from a JSON entry: throws `NotPackable` for anything
 * that would not decode to the same value.
 */
function encodeEvidence(evidence: DocumentEvidence, out: ByteWriter, tables: TableBuilder): void {
  if (!hasFields(evidence, EVIDENCE_FIELDS) || !Array.isArray(evidence.sections) || !Array.isArray(evidence.terms)) {
    throw new NotPackable('Expected the fields of a document evidence.');
  }
  out.uint(tables.string(evidence.id));
  out.uint(evidence.sections.length);
  for (const section of evidence.sections) {
    if (!hasFields(section, SECTION_FIELDS)) throw new NotPackable('Expected the fields of a section.');
    out.uint(tables.string(section.kind));
    uintList(out, section.beads);
  }
  out.uint(evidence.terms.length);
  for (const term of evidence.terms) {
    if (!Array.isArray(term) || term.length !== TERM_FIELDS) throw new NotPackable('Expected a term tuple.');
    const [lang, key, headAt, canonical, singularCanonical, frequency, score, variants, beads, keywordItemBeads, standalone, containers] = term;
    const langIndex = LANGS.indexOf(lang);
    if (langIndex < 0) throw new NotPackable('Expected a language.');
    out.uint(langIndex);
    out.uint(tables.string(key));
    uint(out, headAt);
    out.uint(tables.string(canonical));
    out.uint(singularCanonical === null ? 0 : tables.string(singularCanonical) + 1);
    uint(out, frequency);
    out.uint(tables.number(score));
    if (!Array.isArray(variants) || variants.length % 2 !== 0) throw new NotPackable('Expected forms and counts.');
    out.uint(variants.length / 2);
    for (let i = 0; i < variants.length; i += 2) {
      out.uint(tables.string(variants[i]));
      uint(out, variants[i + 1]);
    }
    uintList(out, beads);
    uintList(out, keywordItemBeads);
    uint(out, standalone);
    if (!Array.isArray(containers)) throw new NotPackable('Expected a list of keys.');
    out.uint(containers.length);
    for (const container of containers) out.uint(tables.string(container));
  }
}

/**
 * A block being copied into a new pack while it is decoded: its table indices are renumbered into the new
 * pack's tables (each old index looked up once), everything else is written as read.
 */
class BlockCopier {
  private readonly strings: Int32Array;
  private readonly numbers: Int32Array;

  constructor(
    readonly out: ByteWriter,
    private readonly from: PackTables,
    readonly to: TableBuilder,
  ) {
    this.strings = new Int32Array(from.strings.length).fill(-1);
    this.numbers = new Int32Array(from.numbers.length).fill(-1);
  }

  string(index: number): number {
    let renumbered = this.strings[index];
    if (renumbered < 0) renumbered = this.strings[index] = this.to.string(this.from.strings[index]);
    return renumbered;
  }

  number(index: number): number {
    let renumbered = this.numbers[index];
    if (renumbered < 0) renumbered = this.numbers[index] = this.to.number(this.from.numbers[index]);
    return renumbered;
  }
}

/** Reads a block's integers, resolving table indices, and copies them on when a `BlockCopier` is given. */
class BlockReader {
  private readonly reader: ByteReader;

  constructor(
    block: Uint8Array,
    private readonly tables: PackTables,
    /** Marks each string index read (see `TableBuilder.usedStrings`). */
    private readonly used: Uint8Array,
    private readonly copy: BlockCopier | null,
    private readonly intoCopy = false,
  ) {
    this.reader = new ByteReader(block);
  }

  uint(): number {
    const value = this.reader.uint();
    if (this.copy) this.copy.out.uint(value);
    return value;
  }

  /** A count of items that each take at least one byte: never more than the bytes left. */
  count(): number {
    const count = this.uint();
    if (count > this.reader.remaining) throw new PackFormatError('A count exceeds its block.');
    return count;
  }

  string(): string {
    return this.tables.strings[this.readStringIndex()];
  }

  /**
   * A string field's index: in the tables read, or with `intoCopy` in the tables the block is copied into (the
   * columns then point there; see `decodeColumns`).
   */
  stringIndex(): number {
    const index = this.readStringIndex();
    return this.intoCopy ? this.copy!.string(index) : index;
  }

  private readStringIndex(): number {
    const index = this.reader.uint();
    if (index >= this.tables.strings.length) throw new PackFormatError('A string index is out of range.');
    this.used[index] = 1;
    if (this.copy) this.copy.out.uint(this.copy.string(index));
    return index;
  }

  /** A string or none, written as 0 for none and the index plus one otherwise: read as written (see `stringIndex`). */
  optionalStringIndex(): number {
    const index = this.reader.uint() - 1;
    if (index >= this.tables.strings.length) throw new PackFormatError('A string index is out of range.');
    if (index < 0) {
      if (this.copy) this.copy.out.uint(0);
      return 0;
    }
    this.used[index] = 1;
    if (this.copy) this.copy.out.uint(this.copy.string(index) + 1);
    return (this.intoCopy ? this.copy!.string(index) : index) + 1;
  }

  number(): number {
    const index = this.reader.uint();
    if (index >= this.tables.numbers.length) throw new PackFormatError('A number index is out of range.');
    if (this.copy) this.copy.out.uint(this.copy.number(index));
    return this.tables.numbers[index];
  }

  /** A language's index in `LANGS`. */
  langIndex(): number {
    const index = this.uint();
    if (index >= LANGS.length) throw new PackFormatError('A language index is out of range.');
    return index;
  }

  uintList(): number[] {
    const list: number[] = [];
    for (let n = this.count(); n > 0; n--) list.push(this.uint());
    return list;
  }

  get done(): boolean {
    return this.reader.done;
  }
}

/** A growing list of integers, emptied by `take` (the decoder's scratch: one set for every block decoded). */
class IntList {
  private data = new Int32Array(1 << 12);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The values pushed, as an array of their own, and the list emptied. */
  take(): Int32Array {
    const values = this.data.slice(0, this.length);
    this.length = 0;
    return values;
  }
}

const scratch = { variants: new IntList(), beads: new IntList(), keywordItemBeads: new IntList(), containers: new IntList() };

/** Appends a list of the block (a count, then the values) to `list`; returns the list's new length. */
function readList(read: BlockReader, list: IntList): number {
  for (let n = read.count(); n > 0; n--) list.push(read.uint());
  return list.length;
}

/**
 * A document's evidence from its block, in columns (see `EvidenceColumns`) against the tables' strings. The
 * layout, all unsigned integers (string and number fields as indices into the tables): the id; the number of
 * sections, then per section its kind, its number of beads and their language masks; the number of terms, then
 * per term its language (index in `LANGS`), key, head position, canonical form, singular form (0 for none, else
 * the index plus one), frequency, score, number of surface forms then each form and its count, its beads and
 * keyword-item beads (each a count then the bead numbers), standalone occurrences, and its containers (a count
 * then the keys). Throws `PackFormatError` when the block does not read to its end exactly. With `intoCopy`, the
 * columns point into the tables the block is copied into: an entry's evidence, whose tables are its own, then
 * shares the pack's tables with the other documents (and the collector hashes each string once, not once per
 * document).
 */
function decodeColumns(block: Uint8Array, tables: PackTables, used: Uint8Array, copy: BlockCopier | null, intoCopy = false): EvidenceColumns {
  const read = new BlockReader(block, tables, used, copy, intoCopy && copy !== null);
  const id = read.string();
  const sections: EvidenceColumns['sections'] = [];
  for (let n = read.count(); n > 0; n--) {
    const kind = read.string() as SectionKind;
    sections.push({ kind, beads: read.uintList() });
  }
  const termCount = read.count();
  const rows = new Int32Array(termCount * TERM_COLUMNS);
  const scores = new Float64Array(termCount);
  const { variants, beads, keywordItemBeads, containers } = scratch;
  variants.length = beads.length = keywordItemBeads.length = containers.length = 0;
  for (let t = 0, row = 0; t < termCount; t++, row += TERM_COLUMNS) {
    rows[row + TermColumn.lang] = read.langIndex();
    rows[row + TermColumn.key] = read.stringIndex();
    rows[row + TermColumn.headAt] = read.uint();
    rows[row + TermColumn.canonical] = read.stringIndex();
    rows[row + TermColumn.singularCanonical] = read.optionalStringIndex();
    rows[row + TermColumn.frequency] = read.uint();
    scores[t] = read.number();
    for (let forms = read.count(); forms > 0; forms--) {
      variants.push(read.stringIndex());
      variants.push(read.uint());
    }
    rows[row + TermColumn.variantsEnd] = variants.length;
    rows[row + TermColumn.beadsEnd] = readList(read, beads);
    rows[row + TermColumn.keywordItemBeadsEnd] = readList(read, keywordItemBeads);
    rows[row + TermColumn.standalone] = read.uint();
    for (let keys = read.count(); keys > 0; keys--) containers.push(read.stringIndex());
    rows[row + TermColumn.containersEnd] = containers.length;
  }
  if (!read.done) throw new PackFormatError('A block has bytes after its last term.');
  return {
    id,
    sections,
    strings: intoCopy && copy ? copy.to.strings : tables.strings,
    rows,
    scores,
    variants: variants.take(),
    beads: beads.take(),
    keywordItemBeads: keywordItemBeads.take(),
    containers: containers.take(),
  };
}

/**
 * A document's evidence as its cache entry holds it: a block as in the pack, against tables of its own (each
 * string and score once), the block in base64.
 */
export interface PackedEvidence {
  strings: string[];
  numbers: number[];
  block: string;
}

/** Fields of a `PackedEvidence`, exactly. */
const PACKED_FIELDS = ['strings', 'numbers', 'block'];

/** Whether an entry's evidence is packed (`packEvidence`) rather than plain `DocumentEvidence` JSON. */
export function isPackedEvidence(value: unknown): value is PackedEvidence {
  return hasFields(value, PACKED_FIELDS);
}

/** The evidence packed for its cache entry; null when it has a value the pack has no form for (kept plain then). */
export function packEvidence(evidence: DocumentEvidence): PackedEvidence | null {
  const tables = new TableBuilder();
  const out = new ByteWriter();
  try {
    encodeEvidence(evidence, out, tables);
  } catch (error) {
    if (!(error instanceof NotPackable)) throw error;
    return null;
  }
  return { strings: tables.strings, numbers: tables.numbers, block: Buffer.from(out.view()).toString('base64') };
}

/**
 * Decodes packed evidence, and copies its block into `copy`'s writer renumbered against `copy`'s tables when
 * given. Null when it is damaged (its tables malformed, its block not what `packEvidence` writes).
 */
function decodePacked(packed: PackedEvidence, copy: { out: ByteWriter; tables: TableBuilder } | null): EvidenceColumns | null {
  const tables = readTables({ ...packed, unused: 0 });
  if (!tables || typeof packed.block !== 'string') return null;
  const block = Buffer.from(packed.block, 'base64');
  // Base64 decoding skips what is not base64: a block that does not encode back the same is damaged.
  if (block.toString('base64') !== packed.block) return null;
  try {
    return decodeColumns(block, tables, new Uint8Array(tables.strings.length), copy && new BlockCopier(copy.out, tables, copy.tables), true);
  } catch (error) {
    if (!(error instanceof PackFormatError)) throw error;
    return null;
  }
}

/**
 * The evidence of a cache entry, packed (decoded into columns) or plain; null when it is damaged or not evidence
 * at all.
 */
export function evidenceOfEntry(artefact: unknown): FoldableEvidence | null {
  if (isPackedEvidence(artefact)) return decodePacked(artefact, null);
  return hasFields(artefact, EVIDENCE_FIELDS) ? (artefact as DocumentEvidence) : null;
}

/** The tables of a pack as read, checked: null when they are not what a writer writes. */
function readTables(meta: unknown): (PackTables & { unused: number }) | null {
  if (!meta || typeof meta !== 'object') return null;
  const { strings, numbers, unused } = meta as { strings?: unknown; numbers?: unknown; unused?: unknown };
  if (!Array.isArray(strings) || !Array.isArray(numbers) || !isVarint(unused)) return null;
  if (!strings.every((value) => typeof value === 'string')) return null;
  if (!numbers.every((value) => typeof value === 'number' && Number.isFinite(value))) return null;
  return { strings, numbers, unused };
}

/**
 * The evidence pack during one glossary computation (see `DocumentPack`): evidence loaded from a document's
 * entry is encoded against the corpus's tables, and `close` must come before the glossary is linked.
 */
export interface EvidencePack extends DocumentPack<FoldableEvidence> {
  /**
   * The evidence of a document's entry (packed or plain), kept for the new pack: a packed block is decoded once
   * and copied with its strings renumbered, plain evidence is encoded. Null when the entry's evidence is damaged.
   */
  keepEntry(key: string, artefact: unknown): FoldableEvidence | null;
}

/**
 * Opens the pack in `cacheDir` for a glossary computed from the documents with these evidence keys (in corpus
 * order). A pack that is missing, damaged, truncated or of another version is not read (and is replaced);
 * `force` does not read it either, so a forced build makes it anew from the entries.
 */
export async function openEvidencePack(cacheDir: string, keys: readonly string[], options: { force: boolean }): Promise<EvidencePack> {
  let codec: EvidenceCodec | null = null;
  const pack = await openDocumentPack(path.join(cacheDir, EVIDENCE_PACK_FILE), PACK_KIND, keys, options, (previous) => (codec = evidenceCodec(previous)));
  return Object.assign(pack, {
    keepEntry(key: string, artefact: unknown): FoldableEvidence | null {
      if (!isPackedEvidence(artefact)) {
        const evidence = evidenceOfEntry(artefact);
        if (evidence) pack.keep(key, evidence);
        return evidence;
      }
      const imported = codec!.importPacked(artefact);
      if (imported?.block) pack.keepBlock(key, imported.block);
      return imported?.value ?? null;
    },
  });
}

interface EvidenceCodec extends PackCodec<FoldableEvidence> {
  /** Packed evidence decoded, and its block for the new pack (null when no new pack is written); null when damaged. */
  importPacked(packed: PackedEvidence): { value: EvidenceColumns; block: Uint8Array | null } | null;
}

/** The evidence pack's blocks, read against the previous pack's tables and written against the new pack's. */
function evidenceCodec(previous: BlockPack | null): EvidenceCodec {
  let tables = previous ? readTables(previous.meta) : null;
  // Strings of documents that left the pack stay in its tables (blocks are copied with their indices) until they
  // are a quarter of them: then every block is written again with tables of only the strings in use. The pack
  // says how many of its strings no block uses (counted when it was written).
  const compacting = tables !== null && tables.unused * 4 > tables.strings.length;
  let next: TableBuilder | null = null;
  let copier: BlockCopier | null = null;
  // String indices the blocks read refer to (the new tables' own marks, unless they are made anew).
  let used: Uint8Array = new Uint8Array(tables?.strings.length ?? 0);
  const copyOut = new ByteWriter();
  const encoded = new ByteWriter();
  const imported = new ByteWriter();
  return {
    readsPack: tables !== null,
    rewrite: compacting,
    startWriting() {
      next = new TableBuilder(compacting || !tables ? undefined : tables);
      if (compacting) copier = new BlockCopier(copyOut, tables!, next);
      else used = next.usedStrings;
    },
    decode(block) {
      if (!tables) return null;
      copyOut.length = 0;
      const value = decodeColumns(block, tables, used, copier);
      return { value, bytes: copier ? copyOut.view().slice() : block };
    },
    encode(evidence) {
      if (!next) return null;
      encoded.length = 0;
      try {
        encodeEvidence(isEvidenceColumns(evidence) ? tuplesOf(evidence) : evidence, encoded, next);
      } catch (error) {
        if (!(error instanceof NotPackable)) throw error;
        return null;
      }
      return encoded.view().slice();
    },
    importPacked(packed) {
      imported.length = 0;
      const value = decodePacked(packed, next && { out: imported, tables: next });
      return value && { value, block: next ? imported.view().slice() : null };
    },
    meta: () => (next ? { strings: next.strings, numbers: next.numbers, unused: next.unusedStrings() } : null),
    release() {
      tables = null;
      next = null;
      copier = null;
    },
  };
}
