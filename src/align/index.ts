/**
 * The align stage and its pure core. `align` turns a segmented document into aligned sections; `alignUnits`
 * aligns plain unit lists (what `tilmash align` and the eval call).
 */
export { align } from './align-document.js';
export { alignUnits, TUBE_HALF_WIDTH } from './align-units.js';
export { alignReferencesByNumber } from './align-references.js';
export { projectBeads, type PairBead } from './project-beads.js';
export { PAIR_REVIEW_THRESHOLD, REVIEW_THRESHOLD } from './score-confidence.js';
export type { AlignOptions, AlignMethod, SeedPair, AlignedDocument, AlignedSection } from './types.js';

/** Stage version for the cache key: bump whenever output changes for the same input. */
export const version = 3;
