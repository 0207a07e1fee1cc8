// PageRank as a self-contained task: the directed links as typed arrays in, one rank per entity
// out. The service computes it in a worker thread on large graphs (pagerank-thread.ts), so the
// event loop never waits for it; the task form is what crosses to the thread.
import { DirectedGraph } from 'graphology';
import { pagerank } from '../graphology-lib.js';
import { type GraphView } from '../store.js';

/** The directed links of a graph of `order` entities, by entity index, with their weights. */
export interface PagerankTask {
  readonly order: number;
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
}

/** The part of the store's graph a task is read from. */
type RelationGraph = Pick<GraphView, 'nodes' | 'size' | 'forEachEdge'>;

/**
 * The task for the store's graph, and the entity id of each index: one entry per relation, of
 * weight 1, which runPagerankTask sums into one link per ordered pair of entities. Read from the
 * relations themselves in one pass over graphology's edge list, so no directed projection is kept in
 * memory for the one algorithm that needs direction. (Walking each node's out-relations instead
 * took twice as long, and the first walk seven times as long: it enumerates one object per node.)
 */
export function pagerankTask(graph: RelationGraph): { readonly ids: readonly string[]; readonly task: PagerankTask } {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  let k = 0;
  graph.forEachEdge((_key, _attrs, source, target) => {
    sources[k] = index.get(source) ?? 0;
    targets[k] = index.get(target) ?? 0;
    k += 1;
  });
  return { ids, task: { order: ids.length, sources, targets, weights: new Float64Array(k).fill(1) } };
}

/** PageRank of each entity index (graphology-metrics, weighted by the links' weights). */
export function runPagerankTask(task: PagerankTask): Float64Array {
  const graph = new DirectedGraph<Record<string, never>, { weight: number }>();
  for (let i = 0; i < task.order; i++) graph.addNode(String(i));
  // A pair comes once per relation between the two: its link weighs their sum. The entries are
  // sorted by pair, in typed arrays, and each pair added once, so the graph is built with no lookup
  // per entry (building it was most of this thread's work, and its garbage collection competes with
  // the main thread's for the machine's cores).
  const pairOf = new Float64Array(task.sources.length);
  for (let k = 0; k < pairOf.length; k++) pairOf[k] = (task.sources[k] ?? 0) * task.order + (task.targets[k] ?? 0);
  const entries = Uint32Array.from({ length: pairOf.length }, (_, k) => k).sort((a, b) => (pairOf[a] ?? 0) - (pairOf[b] ?? 0));
  for (let i = 0; i < entries.length;) {
    const first = entries[i] ?? 0;
    let weight = 0;
    for (; i < entries.length && pairOf[entries[i] ?? 0] === pairOf[first]; i++) weight += task.weights[entries[i] ?? 0] ?? 1;
    graph.addEdge(String(task.sources[first]), String(task.targets[first]), { weight });
  }
  const ranks = task.order === 0 ? {} : pagerank(graph, { getEdgeWeight: 'weight' });
  const out = new Float64Array(task.order);
  for (let i = 0; i < task.order; i++) out[i] = ranks[String(i)] ?? 0;
  return out;
}
