/**
 * Every stage output is a plain JSON-serialisable record with a `kind` tag and a `schemaVersion`,
 * so the cache can store it, tests can diff it and people can read it under `output/.cache/`.
 */
export interface Artefact<K extends string> {
  kind: K;
  schemaVersion: number;
  /** Stable document id (file name without extension). */
  id: string;
  /** Path of the source file relative to the corpus folder. */
  file: string;
}
