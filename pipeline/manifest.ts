import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentRecord } from './process-document.js';
import type { WrittenParts } from './exports.js';
import { writeFileAtomic } from './write-atomic.js';

export const MANIFEST_VERSION = 2;

/** How many recently written workbooks are remembered. */
const REMEMBERED_WORKBOOKS = 3;

/** What the build remembers between runs, in `output/.cache/manifest.json`. */
export interface BuildManifest {
  version: number;
  /** Stage versions and configuration the records were made with. */
  fingerprint: string;
  records: Record<string, DocumentRecord>;
  /** Fingerprint of all inputs of the corpus-wide stages at the last complete build. */
  corpusInputs: string | null;
  /**
   * Hashes of the glossary.xlsx files the last builds wrote (newest last), to tell a reviewer's edits in place
   * from a workbook a build wrote itself. A build records its workbook here before writing it, so a build
   * killed after the rename does not leave a workbook the next build would take for a reviewer's.
   */
  writtenWorkbooks: string[];
  /** Where the last build put each document's part of `alignment.json` and `alignment.tmx` (see `openAlignmentExports`). */
  alignmentExports?: Record<string, WrittenParts>;
}

export function emptyManifest(fingerprint: string): BuildManifest {
  return { version: MANIFEST_VERSION, fingerprint, records: {}, corpusInputs: null, writtenWorkbooks: [] };
}

export async function readManifest(cacheDir: string, fingerprint: string): Promise<BuildManifest> {
  try {
    const manifest = JSON.parse(await readFile(path.join(cacheDir, 'manifest.json'), 'utf8')) as BuildManifest;
    if (manifest.version !== MANIFEST_VERSION) return emptyManifest(fingerprint);
    if (manifest.fingerprint !== fingerprint) return { ...emptyManifest(fingerprint), writtenWorkbooks: manifest.writtenWorkbooks ?? [] };
    return manifest;
  } catch {
    return emptyManifest(fingerprint);
  }
}

export async function writeManifest(cacheDir: string, manifest: BuildManifest): Promise<void> {
  await writeFileAtomic(path.join(cacheDir, 'manifest.json'), JSON.stringify(manifest));
}

/** Records a workbook this build is about to write. */
export function rememberWrittenWorkbook(manifest: BuildManifest, hash: string): void {
  manifest.writtenWorkbooks = [...manifest.writtenWorkbooks.filter((h) => h !== hash), hash].slice(-REMEMBERED_WORKBOOKS);
}
