// The knowledge graph: the store that writes it, the records it holds and the queries that read it.
export * from './attributes.js';
export { GraphStore, type GraphStoreOptions, type GraphView, type ApplyResult, type AddedCounts, relationKey } from './store.js';
export { RESOLUTION_REASONS, type NameAuthority, type Resolution, type ResolutionReason } from './resolution.js';
export { NameIndex } from './indices.js';
export * from './curation.js';
export { surfaceKey, isMultiWord } from './surface-key.js';
export * from './queries/index.js';
export * from './export/index.js';
export { type ReadonlyStore } from './readonly-store.js';
