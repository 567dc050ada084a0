import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentRecord } from './process-document.js';
import { writeFileAtomic } from './write-atomic.js';

export const MANIFEST_VERSION = 1;

/** What the build remembers between runs, in `output/.cache/manifest.json`. */
export interface BuildManifest {
  version: number;
  /** Stage versions and configuration the records were made with. */
  fingerprint: string;
  records: Record<string, DocumentRecord>;
  /** Fingerprint of all inputs of the corpus-wide stages at the last complete build. */
  corpusInputs: string | null;
  /** Hash of the glossary.xlsx this build wrote last, to notice a reviewer's edits in place. */
  workbookHash: string | null;
}

export function emptyManifest(fingerprint: string): BuildManifest {
  return { version: MANIFEST_VERSION, fingerprint, records: {}, corpusInputs: null, workbookHash: null };
}

export async function readManifest(cacheDir: string, fingerprint: string): Promise<BuildManifest> {
  try {
    const manifest = JSON.parse(await readFile(path.join(cacheDir, 'manifest.json'), 'utf8')) as BuildManifest;
    if (manifest.version !== MANIFEST_VERSION) return emptyManifest(fingerprint);
    if (manifest.fingerprint !== fingerprint) return { ...emptyManifest(fingerprint), workbookHash: manifest.workbookHash };
    return manifest;
  } catch {
    return emptyManifest(fingerprint);
  }
}

export async function writeManifest(cacheDir: string, manifest: BuildManifest): Promise<void> {
  await writeFileAtomic(path.join(cacheDir, 'manifest.json'), JSON.stringify(manifest));
}
