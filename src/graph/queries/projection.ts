// Projections of the knowledge graph for graph algorithms. Terminology: the store's graph is a
// directed multi-graph of *relations*; a projection is a simple graph with one *link* per pair
// of entities, carrying the keys of the relations it stands for. Paths, neighbourhoods and
// communities treat relations as undirected (a REQUESTED edge connects both ends either way);
// PageRank keeps their direction. Projections are built once per graph version.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { type EntityType, type RelationType } from '../../domain/index.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { perVersion, perVersionKeyed } from './version-cache.js';

/** A node of a projection: the entity's type, so traversals can filter on it. */
export type LinkNodeAttrs = { readonly type: EntityType };
/** A link of a projection: the relations between two entities and how many there are. */
export type LinkAttrs = { readonly relations: readonly string[]; readonly weight: number };

/** Undirected projection over the relations of `predicates` (all relations when null). */
export function undirectedProjection(store: ReadonlyStore, predicates: readonly RelationType[] | null = null): UndirectedGraph<LinkNodeAttrs, LinkAttrs> {
  if (predicates === null || predicates.length === 0) return fullUndirected(store);
  return filteredUndirected(store, [...new Set(predicates)].sort().join(','));
}

/** Directed projection over every relation, for algorithms where direction matters (PageRank). */
export const directedProjection = perVersion((store: ReadonlyStore): DirectedGraph<LinkNodeAttrs, LinkAttrs> => {
  const graph = new DirectedGraph<LinkNodeAttrs, LinkAttrs>();
  addNodes(store, graph);
  store.graph.forEachEdge((key, _attrs, source, target) => addLink(graph, source, target, key));
  return graph;
});

const fullUndirected = perVersion((store: ReadonlyStore) => buildUndirected(store, () => true));

const filteredUndirected = perVersionKeyed((store: ReadonlyStore, key: string) => {
  const wanted = new Set(key.split(','));
  return buildUndirected(store, (predicate) => wanted.has(predicate));
});

function buildUndirected(store: ReadonlyStore, keep: (predicate: RelationType) => boolean): UndirectedGraph<LinkNodeAttrs, LinkAttrs> {
  const graph = new UndirectedGraph<LinkNodeAttrs, LinkAttrs>();
  addNodes(store, graph);
  store.graph.forEachEdge((key, attrs, source, target) => {
    if (keep(attrs.predicate)) addLink(graph, source, target, key);
  });
  return graph;
}

function addNodes(store: ReadonlyStore, graph: UndirectedGraph<LinkNodeAttrs, LinkAttrs> | DirectedGraph<LinkNodeAttrs, LinkAttrs>): void {
  store.graph.forEachNode((id, attrs) => graph.addNode(id, { type: attrs.type }));
}

function addLink(graph: UndirectedGraph<LinkNodeAttrs, LinkAttrs> | DirectedGraph<LinkNodeAttrs, LinkAttrs>, source: string, target: string, relation: string): void {
  graph.updateEdge(source, target, (attrs: Partial<LinkAttrs>) => {
    const relations = [...(attrs.relations ?? []), relation];
    return { relations, weight: relations.length };
  });
}
