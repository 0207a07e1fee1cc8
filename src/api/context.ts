// The context every resolver receives: the store, the request's loaders and the logger.
import { type Logger } from 'pino';
import { type GraphStore } from '../graph/index.js';
import { type Loaders, createLoaders } from './loaders.js';

/** What resolvers may use. */
export interface ApiContext {
  readonly store: GraphStore;
  readonly loaders: Loaders;
  readonly logger: Logger;
}

/** A context for one request. */
export function createContext(store: GraphStore, logger: Logger): ApiContext {
  return { store, loaders: createLoaders(store), logger };
}
