// The context every resolver receives: the store, the request's loaders and the logger; writes
// (mutations) go through `graph`, which stores them durably before applying them to the store.
import { type Logger } from 'pino';
import { type ReadonlyStore } from '../graph/index.js';
import { type PersistentGraph } from '../graph/persistence/index.js';
import { type Extractor, inProcessExtractor } from '../service/index.js';
import { type Caller, LOCAL_CALLER } from './access.js';
import { type Loaders, createLoaders } from './loaders.js';

/** What resolvers may use. */
export interface ApiContext {
  /** The graph, for reading only. */
  readonly store: ReadonlyStore;
  /** The graph with its storage, for writing. */
  readonly graph: PersistentGraph;
  readonly loaders: Loaders;
  readonly logger: Logger;
  /** Who sent the request: its API key, whether it came from this machine. */
  readonly caller: Caller;
  /** Where articles are read (the server's worker pool). */
  readonly extractor: Extractor;
}

/** A context for one request; `caller` defaults to this machine without a key, extraction to the calling thread. */
export function createContext(graph: PersistentGraph, logger: Logger, caller: Caller = LOCAL_CALLER, extractor: Extractor = inProcessExtractor): ApiContext {
  return { store: graph.store, graph, loaders: createLoaders(graph.store), logger, caller, extractor };
}
