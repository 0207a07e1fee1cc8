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

/** When a perVersionEstimate value may be reused for a newer version. */
export interface EstimateReuse {
  /** A value computed faster than this (ms) is computed again for every version: small graphs stay exact. */
  readonly cheapMs: number;
  /** Longest share of the time its recomputation may take: 0.05 reuses a value for 20 times its cost. */
  readonly costShare: number;
}

/**
 * Like perVersion, for estimates that may be a little behind the graph: once computing the value
 * costs more than `cheapMs`, it is reused for newer versions for up to its cost / `costShare`, so
 * a stream of writes does not make every next reader scan the whole graph again.
 */
export function perVersionEstimate<T>(compute: (store: ReadonlyStore) => T, reuse: EstimateReuse): (store: ReadonlyStore) => T {
  const cache = new WeakMap<ReadonlyStore, { readonly version: number; readonly value: T; readonly at: number; readonly took: number }>();
  return (store) => {
    const hit = cache.get(store);
    const started = performance.now();
    if (hit !== undefined && (hit.version === store.version || (hit.took > reuse.cheapMs && started - hit.at < hit.took / reuse.costShare))) return hit.value;
    const value = compute(store);
    const ended = performance.now();
    cache.set(store, { version: store.version, value, at: ended, took: ended - started });
    return value;
  };
}
