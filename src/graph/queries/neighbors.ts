// k-hop neighbourhoods and subgraphs, ready to draw: the entities within some hops of one or more
// seeds (graphology-traversal's breadth-first search over the undirected projection), the
// relations among them, capped and paged. Relations count as undirected for reachability.
import { type EntityType, InvalidInputError, type RelationType } from '../../domain/index.js';
import { type RelationRecord } from '../attributes.js';
import { bfsFromNode } from '../graphology-lib.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { centralities } from './centrality.js';
import { type LazyConnection, MAX_PAGE_SIZE, type PageOptions, pageFrom } from './connection.js';
import { allowed } from './filters.js';
import { undirectedProjection } from './projection.js';
import { relationRecord } from './relations.js';
import { sortedLazily } from './top-k.js';

/** Deepest neighbourhood a caller may ask for. */
export const MAX_NEIGHBOR_DEPTH = 4;
/** Most entities a subgraph may hold. */
export const MAX_SUBGRAPH_NODES = 1_000;
/** Most seed ids one subgraph call walks from. */
export const MAX_SUBGRAPH_SEEDS = 100;

/** An entity reached from the seeds, and in how many hops. */
export interface Reached {
  readonly id: string;
  readonly distance: number;
}

/** What to follow from the seeds. */
export interface TraversalOptions {
  /** Hops from the seeds, from 1 to MAX_NEIGHBOR_DEPTH. */
  readonly depth?: number | null;
  /** Follow only relations with these predicates (all when absent or empty). */
  readonly predicates?: readonly RelationType[] | null;
  /** Reach only entities of these types (all when absent or empty); seeds are always kept. */
  readonly types?: readonly EntityType[] | null;
}

/** Options of neighbors. */
export interface NeighborsOptions extends TraversalOptions, PageOptions {
  readonly entity: string;
}

/** A page of a neighbourhood, with the relations among the centre and the page's entities. */
export interface NeighborPage extends LazyConnection<Reached> {
  readonly center: string;
  readonly relations: readonly RelationRecord[];
}

/**
 * The entities within `depth` hops of an entity, the entity itself left out, nearest first, then
 * the most central; null when the entity is unknown.
 */
export function neighbors(store: ReadonlyStore, options: NeighborsOptions): NeighborPage | null {
  const center = store.resolveEntityId(options.entity);
  if (center === undefined) return null;
  const reached = reach(store, [center], options).filter((r) => r.id !== center);
  const order = nearestThenMostCentral(store);
  const page = pageFrom(
    // Two hops from anyone reach a hub and its thousands of neighbours: only the page is sorted.
    () => sortedLazily(reached, order, MAX_PAGE_SIZE + 1),
    { defaultSize: 50, ...options, where: 'neighbors' },
    (r) => r,
    (r) => r.id,
    () => reached.length,
  );
  const ids = [center, ...page.edges.map((e) => e.node.id)];
  return { ...page, center, relations: relationsAmong(store, { ids, predicates: options.predicates ?? null }) };
}

/** Options of subgraph. */
export interface SubgraphOptions extends TraversalOptions {
  /** Seed entities; the whole graph, most central first, when absent or empty. */
  readonly ids?: readonly string[] | null;
  /** Most entities to return, from 1 to MAX_SUBGRAPH_NODES. */
  readonly limit?: number | null;
}

/** Entities and relations of a subgraph, and whether the cap cut it short. */
export interface SubgraphRecord {
  readonly nodes: readonly Reached[];
  readonly relations: readonly RelationRecord[];
  /** Entities the traversal reached before the cap. */
  readonly totalCount: number;
  readonly truncated: boolean;
}

/**
 * The entities within `depth` hops of any seed (distance to the nearest seed), nearest first,
 * then the most central, at most `limit` of them, and every relation among them. Unknown seed
 * ids are ignored. Without seeds: the `limit` most central entities of the whole graph.
 */
export function subgraph(store: ReadonlyStore, options: SubgraphOptions): SubgraphRecord {
  const limit = options.limit ?? 200;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUBGRAPH_NODES) {
    throw new InvalidInputError(`subgraph: limit must be an integer from 1 to ${MAX_SUBGRAPH_NODES}, got ${limit}.`);
  }
  if ((options.ids ?? []).length > MAX_SUBGRAPH_SEEDS) {
    throw new InvalidInputError(`subgraph: at most ${MAX_SUBGRAPH_SEEDS} ids, got ${(options.ids ?? []).length}.`);
  }
  const seeds = [...new Set((options.ids ?? []).flatMap((id) => store.resolveEntityId(id) ?? []))];
  const everything = (options.ids ?? []).length === 0;
  const reached = everything ? wholeGraph(store, options.types) : byDistanceThenCentrality(store, reach(store, seeds, options));
  const nodes = reached.slice(0, limit);
  return {
    nodes,
    relations: relationsAmong(store, { ids: nodes.map((n) => n.id), predicates: options.predicates ?? null }),
    totalCount: reached.length,
    truncated: reached.length > nodes.length,
  };
}

/**
 * The relations whose two ends are both among `ids`, optionally only of some predicates, ordered
 * by where their ends are in `ids` (the earlier end first), then by key. A page holds hubs (a
 * country with tens of thousands of relations): each entity's relations are read from its own
 * list only when that list is shorter than the entities after it (by degree), else pair by pair,
 * so the cost is at most the square of the page, whatever the hubs' degrees.
 */
export function relationsAmong(
  store: ReadonlyStore,
  options: { readonly ids: readonly string[]; readonly predicates?: readonly RelationType[] | null },
): RelationRecord[] {
  const { graph } = store;
  const predicates = allowed(options.predicates);
  const byDegree = [...new Set(options.ids)].filter((id) => graph.hasNode(id)).sort((a, b) => graph.degree(a) - graph.degree(b));
  const later = new Map(byDegree.map((id, i) => [id, i]));
  const keys = new Set<string>();
  const keep = (key: string, predicate: RelationType): void => {
    if (predicates === undefined || predicates.has(predicate)) keys.add(key);
  };
  byDegree.forEach((id, i) => {
    if (graph.degree(id) <= byDegree.length - i - 1) {
      graph.forEachEdge(id, (key, attrs, source, target) => {
        if ((later.get(source === id ? target : source) ?? -1) > i) keep(key, attrs.predicate);
      });
      return;
    }
    // graphology lists the relations between two entities in both directions.
    for (const other of byDegree.slice(i + 1)) graph.forEachEdge(id, other, (key, attrs) => keep(key, attrs.predicate));
  });
  const position = new Map(options.ids.map((id, i) => [id, i]));
  const place = (key: string): number => Math.min(position.get(graph.source(key)) ?? Infinity, position.get(graph.target(key)) ?? Infinity);
  return [...keys].sort((a, b) => place(a) - place(b) || (a < b ? -1 : a > b ? 1 : 0)).map((key) => relationRecord(store, key));
}

/** Entities within `depth` hops of the seeds, seeds included at distance 0, in no order. */
function reach(store: ReadonlyStore, seeds: readonly string[], options: TraversalOptions): Reached[] {
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_NEIGHBOR_DEPTH) {
    throw new InvalidInputError(`neighbors: depth must be an integer from 0 to ${MAX_NEIGHBOR_DEPTH}, got ${depth}.`);
  }
  const graph = undirectedProjection(store, options.predicates ?? null);
  const types = allowed(options.types);
  const distances = new Map<string, number>();
  for (const seed of seeds) {
    bfsFromNode(graph, seed, (id, attrs, distance) => {
      const isSeed = distance === 0;
      if (!isSeed && types !== undefined && !types.has(attrs.type)) return true;
      const known = distances.get(id);
      if (known === undefined || distance < known) distances.set(id, distance);
      // Returning true stops the search from going past this entity.
      return distance >= depth;
    });
  }
  return [...distances].map(([id, distance]) => ({ id, distance }));
}

function wholeGraph(store: ReadonlyStore, types: readonly EntityType[] | null | undefined): Reached[] {
  const wanted = allowed(types);
  const ids = store.graph.nodes().filter((id) => wanted === undefined || wanted.has(store.graph.getNodeAttributes(id).type));
  return byDistanceThenCentrality(
    store,
    ids.map((id) => ({ id, distance: 0 })),
  );
}

function byDistanceThenCentrality(store: ReadonlyStore, reached: Reached[]): Reached[] {
  return reached.sort(nearestThenMostCentral(store));
}

/** Nearest first, then the most central, then by id (entities not ranked yet share a rank). */
function nearestThenMostCentral(store: ReadonlyStore): (a: Reached, b: Reached) => number {
  const central = centralities(store);
  return (a, b) => a.distance - b.distance || central.rankOf(a.id) - central.rankOf(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
