// The export step and the review decisions at the edge of the build: reading the decisions file, taking in a
// workbook the reviewer edited in place, and rendering every export file (bytes in memory; the caller writes).
import { copyFile, mkdir, open, readFile, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Message, StageMessage } from '../src/model/index.js';
import type { AlignedDocument } from '../src/align/types.js';
import type { Glossary } from '../src/glossary/types.js';
import type { ReportJson } from '../src/contract/report-json.js';
import {
  renderGlossaryCsv,
  renderGlossaryWorkbook,
  renderTbxV2,
  renderTbxV3,
  tbxConcepts,
  tmxFormat,
  version as exportVersion,
  type AlignmentRowsCache,
  type DocumentPartsFormat,
  type RecordedRows,
  type ReportSummary,
} from '../src/export/index.js';
import { ALIGNMENT_JSON_FORMAT } from '../src/contract/alignment-json.js';
import { applyDecisions, emptyDecisionsFile, parseDecisionsFile, type ReviewMessage } from '../src/review/index.js';
import packageJson from '../package.json' with { type: 'json' };
import { hashParts } from './hash.js';
import type { Progress } from './progress.js';
import { importReviewWorkbook } from './review-io.js';
import { openPendingFile, writeFileAtomic, type PendingFile } from './write-atomic.js';

/** Where a build keeps the copies of reviewed workbooks it replaced (never deleted by tilmash). */
export const REVIEW_BACKUP_DIR = 'review-backups';

/**
 * A reviewer may edit `output/glossary.xlsx` in place and run the build again without `tilmash review import`.
 * When the workbook differs from the one the last build wrote, it is copied to `output/review-backups/` and
 * its decisions are imported into the corpus decisions file before the build replaces it, so no decision is
 * lost. A workbook that cannot be read is kept in the backups and reported.
 */
export async function reconcileReviewedWorkbook(input: {
  outDir: string;
  corpusDir: string;
  /** Hashes of the workbooks recent builds wrote themselves. */
  writtenHashes: readonly string[];
  messages: Message[];
  progress: Progress;
}): Promise<void> {
  const workbookPath = path.join(input.outDir, 'glossary.xlsx');
  const bytes = await readFile(workbookPath).catch(() => null);
  if (!bytes || input.writtenHashes.includes(hashParts(bytes))) return;

  const backupDir = path.join(input.outDir, REVIEW_BACKUP_DIR);
  await mkdir(backupDir, { recursive: true });
  const backup = path.join(backupDir, `glossary-${new Date().toISOString().replace(/[:.]/g, '-')}.xlsx`);
  await copyFile(workbookPath, backup);
  const glossaryAtExport = await readFile(path.join(input.outDir, 'glossary.json'), 'utf8')
    .then((text) => JSON.parse(text) as Glossary)
    .catch(() => undefined);
  const result = await importReviewWorkbook({ workbook: workbookPath, corpusDir: input.corpusDir, glossaryAtExport });
  input.messages.push(...fromReviewMessages(result.messages));
  const relativeBackup = path.relative(process.cwd(), backup);
  if (result.refused) {
    input.messages.push({
      file: workbookPath,
      source: 'review',
      severity: 'warning',
      ruleId: 'review-workbook-unreadable',
      reason: `The edited workbook \`${workbookPath}\` could not be read, so its decisions were not imported; it is kept as \`${relativeBackup}\`.`,
    });
  } else {
    const diff = result.diff!;
    input.progress.log(
      `imported reviewer edits from ${workbookPath}: ${diff.added.length} added, ${diff.changed.length} changed (copy kept as ${relativeBackup})`,
    );
    input.messages.push({
      file: workbookPath,
      source: 'review',
      severity: 'info',
      ruleId: 'review-workbook-imported',
      reason: `Imported the reviewer's edits from \`${workbookPath}\` (${diff.added.length} decisions added, ${diff.changed.length} changed) before replacing it; the edited copy is \`${relativeBackup}\`.`,
    });
  }
}

/** Thrown when the decisions file cannot be read: the build stops rather than drop a reviewer's decision. */
export class DecisionsFileError extends Error {
  override name = 'DecisionsFileError';
}

/** Review messages (workbook and decisions file) as build messages. */
export function fromReviewMessages(messages: readonly ReviewMessage[]): Message[] {
  return messages.map((m) => {
    const where = m.place ? [m.place.sheet, m.place.cell ?? (m.place.row ? `row ${m.place.row}` : undefined)].filter(Boolean).join('!') : '';
    return {
      file: m.file,
      source: 'review',
      severity: m.severity,
      ruleId: m.ruleId,
      reason: where ? `${m.reason} (${where})` : m.reason,
    };
  });
}

/** Applies the corpus decisions file (if any) to the computed glossary. */
export function applyReviewDecisions(
  glossary: Glossary,
  decisionsFileName: string,
  decisionsBytes: Uint8Array | null,
  messages: Message[],
): Glossary {
  if (!decisionsBytes) return applyDecisions(glossary, emptyDecisionsFile());
  const parsed = parseDecisionsFile(Buffer.from(decisionsBytes).toString('utf8'), decisionsFileName);
  if (!parsed.file) {
    throw new DecisionsFileError(parsed.messages.map((m) => m.reason).join(' '));
  }
  const reported: StageMessage[] = [];
  const applied = applyDecisions(glossary, parsed.file, (message) => reported.push(message));
  messages.push(...reported.map(({ range: _range, ...rest }) => ({ file: decisionsFileName, source: 'review' as const, ...rest })));
  return applied;
}

/** A document of the alignment exports: its aligned text and the cache key that text came from. */
export interface ExportedDocument {
  aligned: AlignedDocument;
  alignedKey: string;
}

/**
 * Where each document's part sits in an alignment export a build wrote, so the next build can copy the parts
 * of unchanged documents from it instead of rendering them again (see `openAlignmentExports`).
 */
export interface WrittenParts {
  /** The file as written (a file changed since is not reused). */
  size: number;
  mtimeMs: number;
  /** The renderer's identity (tool, export version, fixed texts): parts of another renderer are not reused. */
  format: string;
  /** Per document (`partKey`): byte offset and byte length of its part. */
  parts: Record<string, [number, number]>;
}

/** The alignment exports, the renderers that grow with the text (a part per document). */
function alignmentExportFormats(): Array<[string, DocumentPartsFormat]> {
  return [
    ['alignment.json', ALIGNMENT_JSON_FORMAT],
    ['alignment.tmx', tmxFormat({ toolVersion: packageJson.version })],
  ];
}

/** A document's part is the same when its id and aligned text are (the id is written in the part). */
function partKey(id: string, alignedKey: string): string {
  return `${id}\u0000${alignedKey}`;
}

/** The alignment exports being written, a document at a time in corpus order. */
export interface AlignmentExportWriter {
  add(document: ExportedDocument): Promise<void>;
  /**
   * Whether every export's previous file holds the part of the document with this id and aligned text, so that
   * `addReused` can copy them without the aligned text being read at all.
   */
  reuses(id: string, alignedKey: string): boolean;
  /** `add` for a document whose parts the previous files hold (`reuses`); throws if one does not. */
  addReused(id: string, alignedKey: string): Promise<void>;
  /** Writes the ends of the files; the pending files are then ready to commit, and `parts` says where each part went. */
  finish(): Promise<{ files: Map<string, PendingFile>; parts: Record<string, WrittenParts> }>;
  /** Removes the pending files (a failure): the previous outputs stay. */
  discard(): Promise<void>;
}

/**
 * Opens the exports that grow with the text, `alignment.json` and `alignment.tmx`, as pending files in `outDir`
 * that take a document at a time (never the whole text in memory: at 10,000 articles each is hundreds of
 * megabytes). A document unchanged since the build that wrote the current file (`previous`) has its part copied
 * from that file, in runs of consecutive documents, instead of rendered: a rebuild after one edit renders one
 * part. The caller commits the files with the other outputs, or discards them if anything fails, and records
 * where the parts went (completed by `recordWrittenParts` once the files are in place).
 */
export async function openAlignmentExports(
  outDir: string,
  previous: Readonly<Record<string, WrittenParts>> = {},
): Promise<AlignmentExportWriter> {
  const writers = new Map<string, { parts: PartsWriter; format: string }>();
  const discard = async () => {
    await Promise.all([...writers.values()].map(({ parts }) => parts.discard()));
  };
  try {
    for (const [name, format] of alignmentExportFormats()) {
      const target = path.join(outDir, name);
      const formatKey = hashParts(String(exportVersion), packageJson.version, format.open, format.between, format.close, format.empty);
      const old = await openReusable(target, previous[name], formatKey);
      writers.set(name, { parts: new PartsWriter(target, format, old), format: formatKey });
    }
  } catch (error) {
    await discard();
    throw error;
  }
  return {
    async add(document) {
      const key = partKey(document.aligned.id, document.alignedKey);
      for (const { parts } of writers.values()) await parts.add(key, document.aligned);
    },
    reuses(id, alignedKey) {
      const key = partKey(id, alignedKey);
      return [...writers.values()].every(({ parts }) => parts.reuses(key));
    },
    async addReused(id, alignedKey) {
      const key = partKey(id, alignedKey);
      for (const { parts } of writers.values()) await parts.add(key, null);
    },
    async finish() {
      const files = new Map<string, PendingFile>();
      const parts: Record<string, WrittenParts> = {};
      for (const [name, writer] of writers) {
        const { file, written } = await writer.parts.finish();
        parts[name] = { size: 0, mtimeMs: 0, format: writer.format, parts: written };
        // Hundreds of megabytes at 10,000 articles: they go to the disk while the other exports are rendered.
        file.settle();
        files.set(name, file);
      }
      return { files, parts };
    },
    discard,
  };
}

/** The file's size and time once committed, which the next build checks before it reuses any part. */
export async function recordWrittenParts(outDir: string, parts: Record<string, WrittenParts>): Promise<void> {
  for (const [name, written] of Object.entries(parts)) {
    const info = await stat(path.join(outDir, name));
    written.size = info.size;
    written.mtimeMs = info.mtimeMs;
  }
}

interface ReusableFile {
  handle: FileHandle;
  size: number;
  parts: Record<string, [number, number]>;
}

/** The previous export, open for reading, when it is the file its record describes, by the same renderer. */
async function openReusable(file: string, record: WrittenParts | undefined, formatKey: string): Promise<ReusableFile | null> {
  if (!record || record.format !== formatKey) return null;
  const info = await stat(file).catch(() => null);
  if (!info || info.size !== record.size || info.mtimeMs !== record.mtimeMs) return null;
  return { handle: await open(file, 'r'), size: info.size, parts: record.parts };
}

/**
 * The pending file of an export that comes out byte for byte as the file already in place: committing it leaves
 * that file as it is (nothing was written, nothing is renamed).
 */
function keptFile(): PendingFile {
  return {
    write: () => Promise.reject(new Error('An export kept as it was takes no writes.')),
    settle() {},
    commit: () => Promise.resolve(),
    discard: () => Promise.resolve(),
  };
}

/** Bytes copied from the previous export at a time. */
const COPY_SLICE = 4 << 20;

/**
 * Writes documents' parts between the format's fixed texts (as `renderDocumentParts` lays them out) and keeps
 * where each part went. Reused parts that were consecutive in the old file, with only the separator between
 * them, are copied in one read.
 *
 * As long as every part so far is reused at the very offset it had, the new file is the old one's beginning and
 * nothing is written; the first part that differs has that beginning copied first. A rebuild where no document
 * changed (after a review) thus keeps the old file (hundreds of megabytes at 10,000 articles) instead of copying
 * it and flushing the copy to the disk.
 */
class PartsWriter {
  private readonly between: Buffer;
  private readonly written: Record<string, [number, number]> = {};
  private file: PendingFile | null = null;
  private offset = 0;
  private count = 0;
  /** Bytes of the old file still to be copied: [start, end). */
  private run: [number, number] | null = null;
  /** Whether the new file so far, `offset` bytes, is the old file's beginning (not yet copied). */
  private mirroring: boolean;

  constructor(
    private readonly target: string,
    private readonly format: DocumentPartsFormat,
    private old: ReusableFile | null,
  ) {
    this.between = Buffer.from(format.between, 'utf8');
    this.mirroring = old !== null;
  }

  /** Whether the previous file holds the part with this key. */
  reuses(key: string): boolean {
    return this.old?.parts[key] !== undefined;
  }

  /** Adds a document's part: copied from the previous file when it holds it, else rendered from `aligned`. */
  async add(key: string, aligned: AlignedDocument | null): Promise<void> {
    const reused = this.old?.parts[key];
    if (reused && this.mirroring) {
      const [at, length] = reused;
      const separator = Buffer.byteLength(this.count === 0 ? this.format.open : this.format.between, 'utf8');
      if (length === 0) {
        this.written[key] = [this.offset, 0];
        return;
      }
      if (at === this.offset + separator) {
        // The same separator and part at the same place: still the old file's beginning.
        this.written[key] = [at, length];
        this.offset = at + length;
        this.count++;
        return;
      }
      this.stopMirroring();
    }
    if (reused) {
      const [at, length] = reused;
      if (length === 0) {
        this.written[key] = [this.offset, 0];
      } else if (this.run && at === this.run[1] + this.between.length) {
        // The next part in the old file, after the same separator: the run grows.
        this.written[key] = [this.offset + this.between.length, length];
        this.offset += this.between.length + length;
        this.run[1] = at + length;
        this.count++;
      } else {
        await this.put(this.count === 0 ? this.format.open : this.between);
        this.written[key] = [this.offset, length];
        this.offset += length;
        this.run = [at, at + length];
        this.count++;
      }
      return;
    }
    if (!aligned) throw new Error(`The previous export has no part for \`${key.replace('\u0000', ' ')}\`: check \`reuses\` before \`addReused\`.`);
    const part = Buffer.from(this.format.part(aligned), 'utf8');
    if (part.length === 0) {
      this.written[key] = [this.offset, 0];
      return;
    }
    this.stopMirroring();
    await this.put(this.count === 0 ? this.format.open : this.between);
    this.written[key] = [this.offset, part.length];
    await this.put(part);
    this.count++;
  }

  /** The file to commit (the old one kept when the new one is the same) and where each part is in it. */
  async finish(): Promise<{ file: PendingFile; written: Record<string, [number, number]> }> {
    const ending = this.count === 0 ? this.format.empty : this.format.close;
    if (this.mirroring && this.count > 0 && this.offset + Buffer.byteLength(ending, 'utf8') === this.old!.size) {
      // The old file ends with the same closing text right after the last part: it is the new file.
      await this.close();
      return { file: keptFile(), written: this.written };
    }
    this.stopMirroring();
    await this.put(ending);
    await this.close();
    return { file: await this.pendingFile(), written: this.written };
  }

  /** Removes the pending file, if one was started (a failure: the previous outputs stay). */
  async discard(): Promise<void> {
    await this.close();
    const file = this.file;
    this.file = null;
    await file?.discard();
  }

  private async close(): Promise<void> {
    const old = this.old;
    this.old = null;
    await old?.handle.close();
  }

  /** The new file differs from the old one after its first `offset` bytes: those are copied before what follows. */
  private stopMirroring(): void {
    if (!this.mirroring) return;
    this.mirroring = false;
    if (this.offset > 0) this.run = [0, this.offset];
  }

  /** The pending file, opened at the first write (an export kept as it was never opens one). */
  private async pendingFile(): Promise<PendingFile> {
    this.file ??= await openPendingFile(this.target);
    return this.file;
  }

  private async put(bytes: string | Uint8Array): Promise<void> {
    await this.copyRun();
    const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    await (await this.pendingFile()).write(data);
    this.offset += data.length;
  }

  private async copyRun(): Promise<void> {
    const run = this.run;
    if (!run || !this.old) return;
    this.run = null;
    const file = await this.pendingFile();
    // In slices: an unchanged corpus is one run of hundreds of megabytes.
    for (let at = run[0]; at < run[1]; at += COPY_SLICE) {
      const bytes = Buffer.allocUnsafe(Math.min(COPY_SLICE, run[1] - at));
      const { bytesRead } = await this.old.handle.read(bytes, 0, bytes.length, at);
      if (bytesRead !== bytes.length) throw new Error(`The previous export ended early (${bytesRead} of ${bytes.length} bytes at ${at}).`);
      await file.write(bytes);
    }
  }
}

/** The Alignment sheet's rows of the last workbook, in the cache folder (see `alignmentRowsCache`). */
export const ALIGNMENT_ROWS_FILE = 'alignment-rows';

/**
 * The Alignment sheet's rows of the last workbook kept in `cacheDir` (one file, replaced by each workbook whose
 * rows differ): a line of JSON (the key first, then the shared strings the rows added) and the rows' XML. A file
 * of another key, or damaged, is not used.
 */
export function alignmentRowsCache(cacheDir: string): AlignmentRowsCache {
  const file = path.join(cacheDir, ALIGNMENT_ROWS_FILE);
  // The renderer and its version count too.
  const fileKey = (key: string) => hashParts(String(exportVersion), packageJson.version, key);
  return {
    async get(key) {
      const bytes = await readFile(file).catch(() => null);
      // The key is written first: another workbook's rows (tens of megabytes) are not parsed at all.
      const prefix = Buffer.from(`{"key":${JSON.stringify(fileKey(key))},`, 'utf8');
      if (!bytes?.subarray(0, prefix.length).equals(prefix)) return null;
      const end = bytes.indexOf(0x0a);
      try {
        const head = JSON.parse(bytes.subarray(0, end).toString('utf8')) as Omit<RecordedRows, 'xml'> & { xmlBytes: number };
        const xml = bytes.subarray(end + 1);
        if (end < 0 || !Array.isArray(head.strings) || xml.length !== head.xmlBytes) return null;
        return { strings: head.strings, stringsBefore: head.stringsBefore, references: head.references, rowBefore: head.rowBefore, nextRow: head.nextRow, xml: xml.toString('utf8') };
      } catch {
        return null;
      }
    },
    async set(key, rows) {
      const xml = Buffer.from(rows.xml, 'utf8');
      const { strings, stringsBefore, references, rowBefore, nextRow } = rows;
      // JSON has no raw line break, so the first one ends the head.
      const head = JSON.stringify({ key: fileKey(key), xmlBytes: xml.length, stringsBefore, references, rowBefore, nextRow, strings });
      // A cache file: a torn one fails its length check and is made again.
      await writeFileAtomic(file, Buffer.concat([Buffer.from(`${head}\n`, 'utf8'), xml]), { durable: false });
    },
  };
}

/**
 * Renders the glossary exports and the review workbook (name → contents). With `cacheDir`, the workbook's
 * Alignment sheet keeps its rows there and reuses them while the documents are the same (see `addAlignmentSheet`).
 */
export async function renderExports(input: {
  glossary: Glossary;
  documents: AlignedDocument[];
  report: ReportJson;
  cacheDir?: string;
}): Promise<Map<string, string | Uint8Array>> {
  const files = new Map<string, string | Uint8Array>();
  const summary: ReportSummary = {
    generated: input.report.generated,
    corpus: input.report.corpus,
    documents: input.report.documents,
    messages: input.report.messages,
  };
  const alignmentRows = input.cacheDir === undefined ? undefined : alignmentRowsCache(input.cacheDir);
  files.set('glossary.xlsx', await renderGlossaryWorkbook({ glossary: input.glossary, documents: input.documents, report: summary }, { alignmentRows }));
  const concepts = tbxConcepts(input.glossary);
  files.set('glossary.tbx', renderTbxV2(input.glossary, {}, concepts));
  files.set('glossary.v3.tbx', renderTbxV3(input.glossary, {}, concepts));
  files.set('glossary.csv', renderGlossaryCsv(input.glossary));
  return files;
}
