// What readers of the graph get: the GraphStore without its write methods. Queries, exports,
// loaders and resolvers take this type, so only the store (through PersistentGraph) can change
// the graph; `graph` itself is already a read-only view of the graphology instance.
import { type GraphStore } from './store.js';

/** The store's read side: the graph view, indices, version and records, no write methods. */
export type ReadonlyStore = Pick<
  GraphStore,
  | 'graph'
  | 'names'
  | 'fullText'
  | 'links'
  | 'version'
  | 'documentsEpoch'
  | 'documentCount'
  | 'resolveEntityId'
  | 'resolutionsInto'
  | 'rejectedRelations'
  | 'getRejectedRelation'
  | 'getDocument'
  | 'hasDocument'
  | 'documents'
  | 'entitiesOfDocument'
  | 'statements'
  | 'facts'
>;
