// How central each entity is: degree, PageRank (graphology-metrics) and betweenness (betweenness.ts).
// Degree is read live. PageRank and the rank it gives are computed for the whole graph, never per
// request: on small graphs once per graph version, when first read; on large ones (where it takes
// seconds) in a worker thread, while readers get the last finished ranking, marked stale, so no
// request waits for it and the event loop never pauses for it. Betweenness is the costly one (exact
// below a budget, estimated from a sample above it), computed per version only when read.
import { betweenness } from './betweenness.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { pagerankInThread } from './pagerank-thread.js';
import { pagerankTask, runPagerankTask } from './pagerank-task.js';
import { undirectedProjection } from './projection.js';
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
  /** True while PageRank and rank are those of an earlier version of the graph (a refresh is under way). */
  readonly stale: boolean;
}

/** Centrality of every entity of a graph version. */
export interface CentralityTable {
  get(id: string): Centrality | undefined;
  values(): IterableIterator<Centrality>;
  /** The entity's position by PageRank (for sorting many entities: no object per call). */
  rankOf(id: string): number;
  /** The entity's PageRank (for sorting many entities). */
  pagerankOf(id: string): number;
}

/** Above this many relations PageRank is computed in the worker thread (below, it takes well under 100 ms). */
export const BACKGROUND_PAGERANK_ABOVE = 20_000;
/** Least time between two background refreshes, so a stream of writes does not keep the thread busy. */
const MIN_REFRESH_INTERVAL_MS = 2_000;
/**
 * Preparing a task and ranking its result run on the event loop (about 0.4 s at a million
 * relations): refreshes are spaced by at least this many times that cost, so they take at most a
 * twentieth of the event loop under a stream of writes.
 */
const REFRESH_COST_FACTOR = 20;

/** PageRank of every entity of one graph version, and each entity's position by it. */
interface Ranking {
  readonly version: number;
  readonly index: ReadonlyMap<string, number>;
  readonly pagerank: Float64Array;
  /** 1-based position by PageRank, by entity index. */
  readonly rank: Int32Array;
}

interface RankingState {
  current?: Ranking;
  refreshing: boolean;
  lastStart: number;
  /** Event-loop time the last refresh took (its task and its ranking), in milliseconds. */
  lastCostMs: number;
}

const states = new WeakMap<ReadonlyStore, RankingState>();

/** Normalised betweenness of every entity, per graph version; computed on first read only. */
const betweennessByVersion = perVersion((store: ReadonlyStore): Readonly<Record<string, number>> => betweenness(undirectedProjection(store)).values);

/** The table last handed out per store, for as long as neither the graph nor its ranking changes. */
const tables = new WeakMap<ReadonlyStore, { readonly version: number; readonly ranking: Ranking; readonly table: CentralityTable }>();

/** Centrality of every entity: current degree, and the freshest PageRank ranking there is. */
export function centralities(store: ReadonlyStore): CentralityTable {
  const { ranking, stale } = currentRanking(store);
  const known = tables.get(store);
  if (known?.version === store.version && known.ranking === ranking) return known.table;
  const table = tableOf(store, ranking, stale);
  tables.set(store, { version: store.version, ranking, table });
  return table;
}

function tableOf(store: ReadonlyStore, ranking: Ranking, stale: boolean): CentralityTable {
  const links = undirectedProjection(store);
  const others = Math.max(1, links.order - 1);
  const of = (id: string): Centrality | undefined => {
    if (!store.graph.hasNode(id)) return undefined;
    const i = ranking.index.get(id);
    return {
      degree: store.graph.degree(id),
      degreeCentrality: links.hasNode(id) ? links.degree(id) / others : 0,
      pagerank: i === undefined ? 0 : (ranking.pagerank[i] ?? 0),
      get betweenness(): number {
        return betweennessByVersion(store)[id] ?? 0;
      },
      // An entity newer than the ranking comes after every ranked one.
      rank: i === undefined ? ranking.index.size + 1 : (ranking.rank[i] ?? ranking.index.size + 1),
      stale,
    };
  };
  const unranked = ranking.index.size + 1;
  return {
    get: of,
    rankOf: (id) => {
      const i = ranking.index.get(id);
      return i === undefined ? unranked : (ranking.rank[i] ?? unranked);
    },
    pagerankOf: (id) => {
      const i = ranking.index.get(id);
      return i === undefined ? 0 : (ranking.pagerank[i] ?? 0);
    },
    *values() {
      for (const id of store.graph.nodes()) {
        const c = of(id);
        if (c) yield c;
      }
    },
  };
}

/** True while a large graph's ranking is the last version's, or its degrees, until the thread's result is in. */
export function rankingIsStale(store: ReadonlyStore): boolean {
  return currentRanking(store).stale;
}

/** Centrality of one entity (merged ids are followed), or null when there is no such entity. */
export function centralityOf(store: ReadonlyStore, options: { readonly id: string }): Centrality | null {
  const id = store.resolveEntityId(options.id);
  return id === undefined ? null : (centralities(store).get(id) ?? null);
}

/** The ranking of the store's version, or on a large graph the last one finished (and a refresh started). */
function currentRanking(store: ReadonlyStore): { ranking: Ranking; stale: boolean } {
  let state = states.get(store);
  if (state === undefined) {
    state = { refreshing: false, lastStart: -Infinity, lastCostMs: 0 };
    states.set(store, state);
  }
  if (state.current?.version === store.version) return { ranking: state.current, stale: false };
  if (store.graph.size <= BACKGROUND_PAGERANK_ABOVE) {
    state.current = rankingNow(store);
    return { ranking: state.current, stale: false };
  }
  refreshInBackground(store, state);
  // Until the first ranking of a large graph is ready, entities are ranked by degree.
  return { ranking: state.current ?? byDegree(store), stale: true };
}

function rankingNow(store: ReadonlyStore): Ranking {
  const { ids, task } = pagerankTask(store.graph);
  return rankingOf(store.version, ids, runPagerankTask(task));
}

function refreshInBackground(store: ReadonlyStore, state: RankingState): void {
  const now = performance.now();
  if (state.refreshing || !refreshDue(now, state.lastStart, state.lastCostMs)) return;
  state.refreshing = true;
  state.lastStart = now;
  const version = store.version;
  const { ids, task } = pagerankTask(store.graph);
  const taskMs = performance.now() - now;
  pagerankInThread(task)
    .then((ranks) => {
      const ranking = performance.now();
      state.current = rankingOf(version, ids, ranks);
      state.lastCostMs = taskMs + performance.now() - ranking;
    })
    // Without the thread (it failed to start or died), the ranking is computed here, once.
    .catch(() => {
      state.current = rankingNow(store);
    })
    .finally(() => {
      state.refreshing = false;
    });
}

/** True when a refresh may start at `now`: 2 s after the last one started, or 20 times its event-loop cost. */
export function refreshDue(now: number, lastStart: number, lastCostMs: number): boolean {
  return now - lastStart >= Math.max(MIN_REFRESH_INTERVAL_MS, REFRESH_COST_FACTOR * lastCostMs);
}

const byDegree = perVersion((store: ReadonlyStore): Ranking => {
  const ids = store.graph.nodes();
  const total = Math.max(1, 2 * store.graph.size);
  return rankingOf(
    -1,
    ids,
    Float64Array.from(ids, (id) => store.graph.degree(id) / total),
  );
});

/** Positions by descending PageRank, ties by id so that the order is the same on every run. */
function rankingOf(version: number, ids: readonly string[], pagerankById: Float64Array): Ranking {
  const order = ids.map((_, i) => i).sort((a, b) => (pagerankById[b] ?? 0) - (pagerankById[a] ?? 0) || ((ids[a] ?? '') < (ids[b] ?? '') ? -1 : 1));
  const rank = new Int32Array(ids.length);
  order.forEach((i, position) => (rank[i] = position + 1));
  return { version, index: new Map(ids.map((id, i) => [id, i])), pagerank: pagerankById, rank };
}
