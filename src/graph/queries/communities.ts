// Communities of entities (Louvain, graphology-communities-louvain) over the undirected relations,
// computed once per graph version. The random walk is seeded, so the same graph always splits the
// same way, and communities are numbered from the largest down.
import { louvain } from '../graphology-lib.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { centralities } from './centrality.js';
import { undirectedProjection } from './projection.js';
import { seededRandom } from './seeded-random.js';
import { perVersion } from './version-cache.js';

/** A group of entities more related to each other than to the rest of the graph. */
export interface CommunityRecord {
  /** Number from 0, the largest community first. */
  readonly index: number;
  /** Entity ids, the most central (PageRank) first. */
  readonly members: readonly string[];
}

/** Every community and the community of each entity. */
export interface CommunityPartition {
  readonly communities: readonly CommunityRecord[];
  readonly byEntity: ReadonlyMap<string, number>;
  /** Newman's modularity of the partition, from -0.5 to 1. */
  readonly modularity: number;
}

/** Communities of the graph, per graph version. */
export const communityPartition = perVersion((store: ReadonlyStore): CommunityPartition => {
  const graph = undirectedProjection(store);
  if (graph.order === 0) return { communities: [], byEntity: new Map(), modularity: 0 };
  const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(0x6b67) });
  const central = centralities(store);
  const groups = new Map<number, string[]>();
  for (const [id, community] of Object.entries(detailed.communities)) {
    const members = groups.get(community);
    if (members === undefined) groups.set(community, [id]);
    else members.push(id);
  }
  const pagerankOf = (id: string): number => central.pagerankOf(id);
  const ordered = [...groups.values()]
    .map((members) => members.sort((a, b) => pagerankOf(b) - pagerankOf(a) || (a < b ? -1 : 1)))
    .sort((a, b) => b.length - a.length || ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
  const communities = ordered.map((members, index) => ({ index, members }));
  const byEntity = new Map(communities.flatMap((c) => c.members.map((id) => [id, c.index] as const)));
  return { communities, byEntity, modularity: detailed.modularity };
});

/** Communities with at least `minSize` members, the largest first. */
export function listCommunities(store: ReadonlyStore, options: { readonly minSize?: number | null } = {}): CommunityRecord[] {
  const minSize = options.minSize ?? 1;
  return communityPartition(store).communities.filter((c) => c.members.length >= minSize);
}

/** The community of an entity (merged ids are followed), or null when there is no such entity. */
export function communityOf(store: ReadonlyStore, options: { readonly id: string }): CommunityRecord | null {
  const id = store.resolveEntityId(options.id);
  if (id === undefined) return null;
  const partition = communityPartition(store);
  const index = partition.byEntity.get(id);
  return index === undefined ? null : (partition.communities[index] ?? null);
}
