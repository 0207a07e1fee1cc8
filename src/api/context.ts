// The context every resolver receives: the store, the request's loaders and the logger; writes
// (mutations) go through `graph`, which stores them durably before applying them to the store.
import { type Logger } from 'pino';
import { type ReadonlyStore } from '../graph/index.js';
import { type PersistentGraph } from '../graph/persistence/index.js';
import { type Loaders, createLoaders } from './loaders.js';

/** What resolvers may use. */
export interface ApiContext {
  /** The graph, for reading only. */
  readonly store: ReadonlyStore;
  /** The graph with its storage, for writing. */
  readonly graph: PersistentGraph;
  readonly loaders: Loaders;
  readonly logger: Logger;
}

/** A context for one request. */
export function createContext(graph: PersistentGraph, logger: Logger): ApiContext {
  return { store: graph.store, graph, loaders: createLoaders(graph.store), logger };
}
