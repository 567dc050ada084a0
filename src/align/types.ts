import type { Artefact, Bead, Lang, SectionKind } from '../model/index.js';
import type { Sentence } from '../segment/types.js';

export const ALIGN_SCHEMA_VERSION = 1;

/** One section kind of a document, aligned across the languages that have it. */
export interface AlignedSection {
  kind: SectionKind;
  /** Sentences per language (empty when the language lacks this section). */
  sentences: Record<Lang, Sentence[]>;
  beads: Bead[];
}

export interface AlignedDocument extends Artefact<'aligned-document'> {
  languages: Lang[];
  sections: AlignedSection[];
}
