export * from './lang.js';
export * from './position.js';
export * from './message.js';
export * from './section.js';
export * from './artefact.js';
export * from './bead.js';
