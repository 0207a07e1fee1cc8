// Relations: those of one entity (outgoing, incoming or both) or of the whole graph, filtered by
// predicate, the type of the entity at the other end, document, publication date and confidence,
// and sorted by insertion, confidence, predicate, date or amount of evidence. Relations curators
// rejected are not in the graph; they are listed only when asked for with `includeRejected`.
import { type EntityType, type RelationType } from '../../domain/index.js';
import { type RelationAttrs, type RelationRecord } from '../attributes.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { type LazyConnection, type PageOptions, pageFrom } from './connection.js';
import { type DateRange, allowed, checkConfidence, compareDocumentTimes, documentTimes, publishedWithin, timeWindow } from './filters.js';
import { type Order, compareNumbers, compareStrings, sortStable } from './order.js';

/** Which edges of a node: those leaving it, those reaching it, or both. */
export const DIRECTIONS = ['OUT', 'IN', 'BOTH'] as const;
/** Which edges of a node: those leaving it, those reaching it, or both. */
export type Direction = (typeof DIRECTIONS)[number];

/** What a relation must be like to be listed; every part is optional. */
export interface RelationFilter {
  readonly predicates?: readonly RelationType[] | null;
  /** Type of the other entity (for an entity's relations) or of either end (for the whole graph). */
  readonly types?: readonly EntityType[] | null;
  /** Only relations stated in this document. */
  readonly document?: string | null;
  /** Only relations stated in a document published in this range. */
  readonly published?: DateRange | null;
  readonly minConfidence?: number | null;
}

/** Sort fields of relations; INSERTION is the order they entered the graph. */
export const RELATION_ORDER_FIELDS = ['INSERTION', 'CONFIDENCE', 'PREDICATE', 'DATE', 'EVIDENCE'] as const;
/** Sort field of relations. */
export type RelationOrderField = (typeof RELATION_ORDER_FIELDS)[number];

/** Options of relationsOf. */
export interface RelationsOfOptions {
  readonly entity: string;
  /** Shorthand for a filter on one predicate. */
  readonly predicate?: RelationType | null;
  readonly direction?: Direction | null;
  readonly filter?: RelationFilter | null;
  readonly orderBy?: Order<RelationOrderField> | null;
  /** Also list the relations curators rejected (after the others, in the order they were rejected). */
  readonly includeRejected?: boolean | null;
}

/** The relations of an entity (none when the entity is unknown), in the order they were added unless `orderBy` says otherwise. */
export function relationsOf(store: ReadonlyStore, options: RelationsOfOptions): RelationRecord[] {
  const id = store.resolveEntityId(options.entity);
  if (id === undefined) return [];
  const keep = relationPredicate(store, options.filter, id);
  const predicate = options.predicate ?? null;
  const direction = options.direction ?? 'BOTH';
  const relations = edgeKeys(store, id, direction).map((key) => relationRecord(store, key));
  if (options.includeRejected === true) {
    for (const r of store.rejectedRelations()) {
      if ((direction !== 'IN' && r.source === id) || (direction !== 'OUT' && r.target === id)) relations.push(r);
    }
  }
  return orderRelations(
    store,
    relations.filter((r) => (predicate === null || r.predicate === predicate) && keep(r)),
    options.orderBy,
  );
}

/** Options of listRelations. */
export interface ListRelationsOptions extends PageOptions {
  readonly filter?: RelationFilter | null;
  readonly orderBy?: Order<RelationOrderField> | null;
  /** Also list the relations curators rejected (after the others, in the order they were rejected). */
  readonly includeRejected?: boolean | null;
}

/** One page of every relation in the graph that passes the filter. */
export function listRelations(store: ReadonlyStore, options: ListRelationsOptions = {}): LazyConnection<RelationRecord> {
  const keep = relationPredicate(store, options.filter, undefined);
  const natural = (options.orderBy?.field ?? 'INSERTION') === 'INSERTION' && options.orderBy?.direction !== 'DESC';
  const rejected = options.includeRejected === true;
  const unfiltered = isEmptyFilter(options.filter) && !rejected;
  const every = (): Iterable<RelationRecord> => (rejected ? concat(allRelationsIterable(store), store.rejectedRelations()) : allRelationsIterable(store));
  const list = natural ? () => filterIterable(every(), keep) : () => orderRelations(store, [...every()].filter(keep), options.orderBy);
  return pageFrom(
    list,
    { ...options, where: 'relations' },
    (r) => r,
    (r) => r.id,
    unfiltered ? () => store.graph.size : undefined,
  );
}

/** Every relation in the graph, in the order they were added. */
export function allRelations(store: ReadonlyStore): RelationRecord[] {
  return [...allRelationsIterable(store)];
}

/** The relation with this id, or null; a rejected one only with `includeRejected`. */
export function getRelation(store: ReadonlyStore, options: { readonly id: string; readonly includeRejected?: boolean | null }): RelationRecord | null {
  if (store.graph.hasEdge(options.id)) return relationRecord(store, options.id);
  return options.includeRejected === true ? (store.getRejectedRelation(options.id) ?? null) : null;
}

/** A relation edge as a record. */
export function relationRecord(store: ReadonlyStore, key: string): RelationRecord {
  const { graph } = store;
  return { id: key, source: graph.source(key), target: graph.target(key), ...graph.getEdgeAttributes(key) };
}

/**
 * The test a relation must pass for `filter`; `entity`, when given, is the end the list belongs
 * to, so `types` applies to the other end.
 */
export function relationPredicate(
  store: ReadonlyStore,
  filter: RelationFilter | null | undefined,
  entity: string | undefined,
): (relation: Pick<RelationRecord, 'source' | 'target'> & RelationAttrs) => boolean {
  const predicates = allowed(filter?.predicates);
  const types = allowed(filter?.types);
  const window = timeWindow(filter?.published, 'relations');
  const minConfidence = checkConfidence(filter?.minConfidence, 'relations');
  const document = filter?.document ?? null;
  const typeOf = (id: string): EntityType => store.graph.getNodeAttributes(id).type;
  return (relation) => {
    if (predicates !== undefined && !predicates.has(relation.predicate)) return false;
    if (relation.confidence < minConfidence) return false;
    if (types !== undefined) {
      const ends = entity === undefined ? [relation.source, relation.target] : [relation.source === entity ? relation.target : relation.source];
      if (!ends.some((end) => types.has(typeOf(end)))) return false;
    }
    if (document !== null && !relation.evidence.some((e) => e.document === document)) return false;
    if (window !== undefined && !relation.evidence.some((e) => publishedWithin(store, e.document, window))) return false;
    return true;
  };
}

/** `relations` in the order asked for. */
function orderRelations(store: ReadonlyStore, relations: RelationRecord[], orderBy: Order<RelationOrderField> | null | undefined): RelationRecord[] {
  const field = orderBy?.field ?? 'INSERTION';
  const times = documentTimes(store);
  switch (field) {
    case 'INSERTION':
      return orderBy?.direction === 'DESC' ? [...relations].reverse() : relations;
    case 'CONFIDENCE':
      return sortStable(relations, (a, b) => compareNumbers(a.confidence, b.confidence), orderBy?.direction);
    case 'PREDICATE':
      return sortStable(relations, (a, b) => compareStrings(a.predicate, b.predicate), orderBy?.direction);
    case 'EVIDENCE':
      return sortStable(relations, (a, b) => compareNumbers(a.evidence.length, b.evidence.length), orderBy?.direction);
    case 'DATE':
      return sortStable(
        relations,
        (a, b) => compareDocumentTimes(times.get(a.evidence[0]?.document ?? ''), times.get(b.evidence[0]?.document ?? '')),
        orderBy?.direction,
      );
    default: {
      const unreachable: never = field;
      throw new Error(`orderRelations: unknown field "${String(unreachable)}".`);
    }
  }
}

function isEmptyFilter(filter: RelationFilter | null | undefined): boolean {
  return (
    filter === undefined ||
    filter === null ||
    (allowed(filter.predicates) === undefined &&
      allowed(filter.types) === undefined &&
      (filter.document ?? null) === null &&
      timeWindow(filter.published, 'relations') === undefined &&
      checkConfidence(filter.minConfidence, 'relations') === 0)
  );
}

function* allRelationsIterable(store: ReadonlyStore): Generator<RelationRecord> {
  for (const key of store.graph.edges()) yield relationRecord(store, key);
}

function* concat<T>(first: Iterable<T>, second: Iterable<T>): Generator<T> {
  yield* first;
  yield* second;
}

function* filterIterable<T>(items: Iterable<T>, keep: (item: T) => boolean): Generator<T> {
  for (const item of items) if (keep(item)) yield item;
}

function edgeKeys(store: ReadonlyStore, id: string, direction: Direction): readonly string[] {
  switch (direction) {
    case 'OUT':
      return store.graph.outEdges(id);
    case 'IN':
      return store.graph.inEdges(id);
    case 'BOTH':
      // Self-loops are refused by the store, so no edge is listed twice.
      return store.graph.edges(id);
    default: {
      const unreachable: never = direction;
      throw new Error(`relationsOf: unknown direction "${String(unreachable)}".`);
    }
  }
}
