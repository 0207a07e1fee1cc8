// Read functions over the store, each fn(store, options). They never write; whatever they derive
// from the whole graph (indices, projections, centrality, communities) is cached per graph version.
export * from './version-cache.js';
export * from './connection.js';
export * from './order.js';
export * from './filters.js';
export * from './entity.js';
export * from './entities.js';
export * from './relations.js';
export * from './statements.js';
export * from './facts.js';
export * from './figures.js';
export * from './documents.js';
export * from './stats.js';
export * from './list-sizes.js';
export * from './node.js';
export * from './projection.js';
export * from './centrality.js';
export * from './communities.js';
export * from './neighbors.js';
export * from './paths.js';
export * from './search-index.js';
export * from './search.js';
export * from './timeline.js';
