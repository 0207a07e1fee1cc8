// Listing entities: filter by type, a fragment of a name or alias, a document and the publication
// dates of the documents that mention them; sorted by name (the default), mentions or centrality;
// paged Relay-style. The name-sorted list is cached per store version, so paging costs no re-sort.
import { type EntityType } from '../../domain/index.js';
import { type EntityRecord } from '../attributes.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { surfaceKey } from '../surface-key.js';
import { centralities } from './centrality.js';
import { type Connection, type SortPosition, comparePositions, paginate } from './connection.js';
import { type DateRange, allowed, publishedWithin, timeWindow } from './filters.js';
import { type Order, compareNumbers, compareStrings, sortStable } from './order.js';
import { perVersion } from './version-cache.js';

/** Sort fields of entities. */
export const ENTITY_ORDER_FIELDS = ['NAME', 'MENTIONS', 'DEGREE', 'PAGERANK', 'BETWEENNESS'] as const;
/** Sort field of entities. */
export type EntityOrderField = (typeof ENTITY_ORDER_FIELDS)[number];

/** What an entity must be like to be listed. */
export interface EntityFilter {
  readonly types?: readonly EntityType[] | null;
  /** Only entities this document mentions. */
  readonly document?: string | null;
  /** Only entities mentioned in a document published in this range. */
  readonly published?: DateRange | null;
}

/** Filters, order and page of listEntities. */
export interface ListEntitiesOptions {
  readonly type?: EntityType | null;
  /** Case-, accent- and punctuation-blind fragment of a name or alias. */
  readonly search?: string | null;
  readonly filter?: EntityFilter | null;
  readonly orderBy?: Order<EntityOrderField> | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

interface Sorted extends SortPosition {
  readonly type: EntityType;
  /** Surface keys of the name and aliases. */
  readonly keys: readonly string[];
}

/** One page of the entities that pass the filters, sorted by name then id unless `orderBy` says otherwise. */
export function listEntities(store: ReadonlyStore, options: ListEntitiesOptions = {}): Connection<EntityRecord> {
  const fragment = surfaceKey(options.search ?? '');
  const types = allowed(options.filter?.types);
  const window = timeWindow(options.filter?.published, 'entities');
  const document = options.filter?.document ?? null;
  const inDocument = document === null ? undefined : new Set(store.entitiesOfDocument(document));
  let items: readonly Sorted[] = sortedEntities(store).filter(
    (item) =>
      (options.type === undefined || options.type === null || item.type === options.type) &&
      (types === undefined || types.has(item.type)) &&
      (fragment === '' || item.keys.some((key) => key.includes(fragment))) &&
      (inDocument === undefined || inDocument.has(item.id)) &&
      (window === undefined || store.graph.getNodeAttributes(item.id).documents.some((d) => publishedWithin(store, d, window))),
  );
  const field = options.orderBy?.field ?? 'NAME';
  if (field !== 'NAME' || options.orderBy?.direction === 'DESC') {
    // Cursors carry the position in this order, which holds for the same filters at the same version.
    items = sortStable(items, entityComparator(store, field), options.orderBy?.direction).map((item, index) => ({
      ...item,
      sortKey: String(index).padStart(10, '0'),
    }));
  }
  return paginate(items, options, (item) => ({ id: item.id, ...store.graph.getNodeAttributes(item.id) }), 'entities');
}

function entityComparator(store: ReadonlyStore, field: EntityOrderField): (a: Sorted, b: Sorted) => number {
  const central = centralities(store);
  const measure = (pick: (id: string) => number) => (a: Sorted, b: Sorted) => compareNumbers(pick(a.id), pick(b.id));
  switch (field) {
    case 'NAME':
      return (a, b) => compareStrings(a.sortKey, b.sortKey);
    case 'MENTIONS':
      return measure((id) => store.graph.getNodeAttributes(id).mentions.length);
    case 'DEGREE':
      return measure((id) => store.graph.degree(id));
    case 'PAGERANK':
      return measure((id) => central.pagerankOf(id));
    case 'BETWEENNESS':
      return measure((id) => central.get(id)?.betweenness ?? 0);
    default: {
      const unreachable: never = field;
      throw new Error(`listEntities: unknown order field "${String(unreachable)}".`);
    }
  }
}

const sortedEntities = perVersion((store: ReadonlyStore): readonly Sorted[] => {
  const items: Sorted[] = [];
  store.graph.forEachNode((id, attrs) => {
    const keys = store.names.keysOf(id);
    items.push({ id, sortKey: keys[0] ?? '', type: attrs.type, keys });
  });
  return items.sort(comparePositions);
});
