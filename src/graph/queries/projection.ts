// Projections of the knowledge graph for graph algorithms. Terminology: the store's graph is a
// directed multi-graph of *relations*; a projection is a simple graph with one *link* per pair
// of entities, weighted by the number of relations it stands for. Paths, neighbourhoods and
// communities treat relations as undirected (a REQUESTED edge connects both ends either way);
// PageRank keeps their direction and reads the relations themselves (pagerank-task.ts). The projection over every relation is the store's own, kept up
// to date (../link-projection.ts); those over some predicates are built once per graph version.
import { UndirectedGraph } from 'graphology';
import { type RelationType } from '../../domain/index.js';
import { buildProjection, type LinkAttrs, type LinkNodeAttrs } from '../link-projection.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { perVersionKeyed } from './version-cache.js';

export { type LinkAttrs, type LinkNodeAttrs } from '../link-projection.js';

/** Undirected projection over the relations of `predicates` (all relations when null). */
export function undirectedProjection(store: ReadonlyStore, predicates: readonly RelationType[] | null = null): UndirectedGraph<LinkNodeAttrs, LinkAttrs> {
  if (predicates === null || predicates.length === 0) return store.links.undirected;
  return filteredUndirected(store, [...new Set(predicates)].sort().join(','));
}

const filteredUndirected = perVersionKeyed((store: ReadonlyStore, key: string) => {
  const wanted = new Set(key.split(','));
  const graph = new UndirectedGraph<LinkNodeAttrs, LinkAttrs>();
  buildProjection(store.graph, graph, (attrs) => wanted.has(attrs.predicate));
  return graph;
});
