// Read functions over the store, each fn(store, options). They never write.
export * from './connection.js';
export * from './entity.js';
export * from './entities.js';
export * from './relations.js';
export * from './statements.js';
export * from './facts.js';
export * from './documents.js';
export * from './stats.js';
