// Caching by graph version: derived data (indices, projections, centrality, communities) is
// computed at most once per store version and dropped as soon as the store changes. Readers never
// see a stale value, and no request pays for work an earlier request already did.
import { type ReadonlyStore } from '../readonly-store.js';

/**
 * `compute` memoised per store and per `store.version`. The cache is weak on the store, so a store
 * that is no longer used takes its derived data with it.
 */
export function perVersion<T>(compute: (store: ReadonlyStore) => T): (store: ReadonlyStore) => T {
  const cache = new WeakMap<ReadonlyStore, { readonly version: number; readonly value: T }>();
  return (store) => {
    const hit = cache.get(store);
    if (hit !== undefined && hit.version === store.version) return hit.value;
    const value = compute(store);
    cache.set(store, { version: store.version, value });
    return value;
  };
}

/**
 * Like perVersion, for computations that also depend on a small key (such as a set of predicates):
 * at most `limit` keys are kept per version, the oldest dropped first.
 */
export function perVersionKeyed<T>(compute: (store: ReadonlyStore, key: string) => T, limit = 32): (store: ReadonlyStore, key: string) => T {
  const cache = new WeakMap<ReadonlyStore, { readonly version: number; readonly values: Map<string, T> }>();
  return (store, key) => {
    let entry = cache.get(store);
    if (entry === undefined || entry.version !== store.version) {
      entry = { version: store.version, values: new Map() };
      cache.set(store, entry);
    }
    if (entry.values.has(key)) return entry.values.get(key) as T;
    const value = compute(store, key);
    if (entry.values.size >= limit) {
      const oldest = entry.values.keys().next();
      if (oldest.done !== true) entry.values.delete(oldest.value);
    }
    entry.values.set(key, value);
    return value;
  };
}
