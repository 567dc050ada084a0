export { alignUnits } from './align-units.js';
export { projectBeads, type PairBead } from './project-beads.js';
export { REVIEW_THRESHOLD } from './score-confidence.js';
export type { AlignOptions, AlignMethod, SeedPair, AlignedDocument, AlignedSection } from './types.js';
