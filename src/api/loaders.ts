// Per-request DataLoaders: fan-out in nested queries (relation sources and targets, speakers,
// subjects) is batched and de-duplicated, so a page of 100 relations is one lookup, not 200.
import DataLoader from 'dataloader';
import { type DocumentRecord, type EntityRecord, type ReadonlyStore, getDocument, getEntities } from '../graph/index.js';

/** The loaders of one request; never shared between requests, so no answer outlives a write. */
export interface Loaders {
  /** Entity by id (merged ids are followed); null when there is none. */
  readonly entity: DataLoader<string, EntityRecord | null>;
  /** Document by id; null when there is none. */
  readonly document: DataLoader<string, DocumentRecord | null>;
}

/** Fresh loaders over `store`. */
export function createLoaders(store: ReadonlyStore): Loaders {
  return {
    entity: new DataLoader<string, EntityRecord | null>(async (ids) => getEntities(store, { ids })),
    document: new DataLoader<string, DocumentRecord | null>(async (ids) => ids.map((id) => getDocument(store, { id }))),
  };
}
