// The store's graph projected to one link per pair of entities, kept up to date as the graph
// changes instead of rebuilt for every graph version: neighbourhoods, paths and centrality read it,
// and rebuilding it took about 1 s at 100,000 relations (12 s at a million) for the first such
// query after every write. Kept from the store's creation on, each added or dropped relation
// updating one link, so no query ever builds it: built on first use, it blocked the first
// neighbours query after a start for 2 s at 100,000 relations. Loading pays instead (about a
// sixth more), before the service listens or, for a rebuild, in its slices. Terminology: a *relation* is an edge of the store's multi-graph, a *link* the
// projection's single edge standing for all relations between two entities.
import { type MultiDirectedGraph, UndirectedGraph } from 'graphology';
import { type EntityAttrs, type RelationAttrs } from './attributes.js';
import { type EntityType } from '../domain/index.js';

/** A node of a projection: the entity's type, so traversals can filter on it. */
export type LinkNodeAttrs = { readonly type: EntityType };
/**
 * A link of a projection: how many relations it stands for. Which relations they are is the
 * store's graph's to say (`outEdges(a, b)` and `inEdges(a, b)`); a list of their keys on every
 * link of two projections took about a tenth of the heap.
 */
export type LinkAttrs = { readonly weight: number };

// Attribute objects are shared (graphology keeps the object it is given, and these are frozen, so
// a write to one throws instead of changing every link): a link or node of a projection then costs
// no object of its own. Most links stand for one relation.
const SHARED_WEIGHTS = 256;
const weights: LinkAttrs[] = Array.from({ length: SHARED_WEIGHTS }, (_, weight) => Object.freeze({ weight }));
const nodeAttrs = new Map<EntityType, LinkNodeAttrs>();

function weightAttrs(weight: number): LinkAttrs {
  return weights[weight] ?? Object.freeze({ weight });
}

function typeAttrs(type: EntityType): LinkNodeAttrs {
  let attrs = nodeAttrs.get(type);
  if (attrs === undefined) {
    attrs = Object.freeze({ type });
    nodeAttrs.set(type, attrs);
  }
  return attrs;
}

type Projection = UndirectedGraph<LinkNodeAttrs, LinkAttrs>;

/**
 * The undirected link projection of one graph, live. (PageRank, the one algorithm that keeps
 * direction, reads the store's relations directly: a directed projection kept beside this one took
 * about a tenth of the heap.)
 */
export class LinkProjection {
  readonly #undirected = new UndirectedGraph<LinkNodeAttrs, LinkAttrs>();

  /** Follows `graph` from now on; `graph` must be empty or the projection is built from it once. */
  constructor(graph: MultiDirectedGraph<EntityAttrs, RelationAttrs>) {
    const p = this.#undirected;
    graph.on('nodeAdded', ({ key, attributes }: { key: string; attributes: EntityAttrs }) => p.addNode(key, typeAttrs(attributes.type)));
    graph.on('nodeAttributesUpdated', ({ key }: { key: string }) => {
      if (p.hasNode(key)) p.replaceNodeAttributes(key, typeAttrs(graph.getNodeAttribute(key, 'type')));
    });
    // A node's relations are dropped (with their own events) before the node.
    graph.on('nodeDropped', ({ key }: { key: string }) => p.hasNode(key) && p.dropNode(key));
    graph.on('edgeAdded', ({ source, target }: { source: string; target: string }) => addLink(p, source, target));
    graph.on('edgeDropped', ({ source, target }: { source: string; target: string }) => dropLink(p, source, target));
    graph.on('cleared', () => p.clear());
    graph.on('edgesCleared', () => p.clearEdges());
    buildProjection(graph, p, () => true);
  }

  /** Every relation as one undirected link per pair of entities. */
  get undirected(): UndirectedGraph<LinkNodeAttrs, LinkAttrs> {
    return this.#undirected;
  }
}

/** The part of the store's graph a projection is built from. */
type Source = Pick<MultiDirectedGraph<EntityAttrs, RelationAttrs>, 'forEachNode' | 'forEachEdge'>;

/** Fills `projection` with the graph's entities and the links of the relations `keep` accepts. */
export function buildProjection(graph: Source, projection: Projection, keep: (attrs: RelationAttrs) => boolean): void {
  graph.forEachNode((id, attrs) => projection.addNode(id, typeAttrs(attrs.type)));
  graph.forEachEdge((_key, attrs, source, target) => {
    if (keep(attrs)) addLink(projection, source, target);
  });
}

// Each relation key is added once and dropped once (the graph's own events), so a count is enough.
function addLink(projection: Projection, source: string, target: string): void {
  const link = projection.edge(source, target);
  if (link === undefined) projection.addEdge(source, target, weightAttrs(1));
  else projection.replaceEdgeAttributes(link, weightAttrs(projection.getEdgeAttributes(link).weight + 1));
}

function dropLink(projection: Projection, source: string, target: string): void {
  const link = projection.edge(source, target);
  if (link === undefined) return;
  const weight = projection.getEdgeAttributes(link).weight - 1;
  if (weight <= 0) projection.dropEdge(link);
  else projection.replaceEdgeAttributes(link, weightAttrs(weight));
}
