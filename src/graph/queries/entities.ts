// Listing entities: filter by type and by a fragment of a name or alias, sorted by name, paged
// Relay-style. The sorted list is cached per store version, so paging through it costs no re-sort.
import { type EntityType } from '../../domain/index.js';
import { type EntityRecord } from '../attributes.js';
import { type GraphStore } from '../store.js';
import { surfaceKey } from '../surface-key.js';
import { type Connection, type SortPosition, comparePositions, paginate } from './connection.js';

/** Filters and page of listEntities. */
export interface ListEntitiesOptions {
  readonly type?: EntityType | null;
  /** Case-, accent- and punctuation-blind fragment of a name or alias. */
  readonly search?: string | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

interface Sorted extends SortPosition {
  readonly type: EntityType;
  /** Surface keys of the name and aliases. */
  readonly keys: readonly string[];
}

const sortedCache = new WeakMap<GraphStore, { readonly version: number; readonly items: readonly Sorted[] }>();

/** One page of the entities that pass the filters, sorted by name then id. */
export function listEntities(store: GraphStore, options: ListEntitiesOptions = {}): Connection<EntityRecord> {
  const fragment = surfaceKey(options.search ?? '');
  const items = sortedEntities(store).filter(
    (item) =>
      (options.type === undefined || options.type === null || item.type === options.type) &&
      (fragment === '' || item.keys.some((key) => key.includes(fragment))),
  );
  return paginate(items, options, (item) => ({ id: item.id, ...store.graph.getNodeAttributes(item.id) }));
}

function sortedEntities(store: GraphStore): readonly Sorted[] {
  const cached = sortedCache.get(store);
  if (cached !== undefined && cached.version === store.version) return cached.items;
  const items: Sorted[] = [];
  store.graph.forEachNode((id, attrs) => {
    const keys = store.names.keysOf(id);
    items.push({ id, sortKey: keys[0] ?? '', type: attrs.type, keys });
  });
  items.sort(comparePositions);
  sortedCache.set(store, { version: store.version, items });
  return items;
}
