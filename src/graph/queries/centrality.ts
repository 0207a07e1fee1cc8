// How central each entity is: degree, PageRank (graphology-metrics) and betweenness (betweenness.ts),
// computed for the whole graph once per graph version and cached, never per request. Betweenness is
// the costly one (exact below a budget, estimated from a sample above it), so it is computed only
// when something reads it, not on every new version.
import { degreeCentrality, pagerank } from '../graphology-lib.js';
import { betweenness } from './betweenness.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { directedProjection, undirectedProjection } from './projection.js';
import { perVersion } from './version-cache.js';

/** Centrality measures of one entity. */
export interface Centrality {
  /** Number of relations of the entity, in either direction. */
  readonly degree: number;
  /** Share of the other entities the entity is directly related to, from 0 to 1. */
  readonly degreeCentrality: number;
  /** PageRank over the directed relations, weighted by how many relations link two entities; sums to 1 over the graph. */
  readonly pagerank: number;
  /** Normalised betweenness over the undirected relations, from 0 to 1: how often the entity lies on shortest paths. */
  readonly betweenness: number;
  /** Position of the entity when all are sorted by PageRank, 1 for the most central. */
  readonly rank: number;
}

/** Normalised betweenness of every entity, per graph version; computed on first read only. */
const betweennessByVersion = perVersion((store: ReadonlyStore): Readonly<Record<string, number>> => betweenness(undirectedProjection(store)).values);

/** Centrality of every entity, per graph version. */
export const centralities = perVersion((store: ReadonlyStore): ReadonlyMap<string, Centrality> => {
  const undirected = undirectedProjection(store);
  const directed = directedProjection(store);
  const degrees = degreeCentrality(undirected);
  const ranks = directed.order === 0 ? {} : pagerank(directed, { getEdgeWeight: 'weight' });
  const ids = store.graph.nodes();
  const byRank = [...ids].sort((a, b) => (ranks[b] ?? 0) - (ranks[a] ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  const rankOf = new Map(byRank.map((id, index) => [id, index + 1]));
  return new Map(
    ids.map((id) => [
      id,
      {
        degree: store.graph.degree(id),
        degreeCentrality: degrees[id] ?? 0,
        pagerank: ranks[id] ?? 0,
        get betweenness(): number {
          return betweennessByVersion(store)[id] ?? 0;
        },
        rank: rankOf.get(id) ?? ids.length,
      },
    ]),
  );
});

/** Centrality of one entity (merged ids are followed), or null when there is no such entity. */
export function centralityOf(store: ReadonlyStore, options: { readonly id: string }): Centrality | null {
  const id = store.resolveEntityId(options.id);
  return id === undefined ? null : (centralities(store).get(id) ?? null);
}
