// Per-request lookups. Entities and documents are in memory, so they are looked up synchronously and
// memoised for the request: fan-out in nested queries (relation sources and targets, speakers,
// evidence articles) builds each record once, and no field waits on a promise. A DataLoader here
// made every relation of a 3,000-relation answer a promise (garbage collection took half the time of
// the query), and a field that failed at once beside fields still pending left their promises to
// reject unhandled (graphql-js 16 abandons them).
import { type DocumentRecord, type EntityRecord, type ReadonlyStore, getDocument, getEntity } from '../graph/index.js';

/** Records by id for one request: each id is looked up once. */
export interface Lookup<T> {
  /** The record with this id, or null when there is none. */
  get(id: string): T | null;
  /** Remembers a record already built (a page of entities), so nested fields reuse it. */
  prime(id: string, record: T): void;
  /** Forgets every record (after a write in the same request). */
  clearAll(): void;
}

/** The lookups of one request; never shared between requests, so no answer outlives a write. */
export interface Loaders {
  /** Entities by id, merged ids followed. */
  readonly entity: Lookup<EntityRecord>;
  readonly document: Lookup<DocumentRecord>;
}

/** Fresh lookups over `store`. */
export function createLoaders(store: ReadonlyStore): Loaders {
  return {
    entity: memoised((id) => getEntity(store, { id })),
    document: memoised((id) => getDocument(store, { id })),
  };
}

function memoised<T>(find: (id: string) => T | null): Lookup<T> {
  const records = new Map<string, T | null>();
  return {
    get(id) {
      let record = records.get(id);
      if (record === undefined) {
        record = find(id);
        records.set(id, record);
      }
      return record;
    },
    prime(id, record) {
      if (!records.has(id)) records.set(id, record);
    },
    clearAll() {
      records.clear();
    },
  };
}
