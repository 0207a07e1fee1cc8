// PageRank as a self-contained task: the relations as typed arrays in, one rank per entity
// out. The service computes it in a worker thread on large graphs (pagerank-thread.ts), so the
// event loop never waits for it; the task form is what crosses to the thread.
import { DirectedGraph } from 'graphology';
import { pagerank } from '../graphology-lib.js';
import { type GraphView } from '../store.js';

/** The relations of a graph of `order` entities, by entity index: one entry per relation. */
export interface PagerankTask {
  readonly order: number;
  readonly sources: Int32Array;
  readonly targets: Int32Array;
}

/** The part of the store's graph a task is read from. */
type RelationGraph = Pick<GraphView, 'nodes' | 'size' | 'forEachEdge'>;

/**
 * The task for the store's graph, and the entity id of each index: one entry per relation, which
 * runPagerankTask counts into one link per ordered pair of entities. Read from the
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
  return { ids, task: { order: ids.length, sources, targets } };
}

/** PageRank of each entity index (graphology-metrics, each link weighted by its number of relations). */
export function runPagerankTask(task: PagerankTask): Float64Array {
  const graph = new DirectedGraph<Record<string, never>, { weight: number }>();
  for (let i = 0; i < task.order; i++) graph.addNode(String(i));
  // A pair comes once per relation between the two: its link weighs their number. The pairs, as
  // numbers (source x order + target), are sorted in a typed array and each added once, so the graph
  // is built with no lookup per relation (building it was most of this thread's work, and its
  // garbage collection competes with the main thread's for the machine's cores).
  const pairs = new Float64Array(task.sources.length);
  for (let k = 0; k < pairs.length; k++) pairs[k] = (task.sources[k] ?? 0) * task.order + (task.targets[k] ?? 0);
  pairs.sort();
  for (let i = 0; i < pairs.length;) {
    const pair = pairs[i] ?? 0;
    const start = i;
    while (i < pairs.length && pairs[i] === pair) i++;
    const source = Math.floor(pair / task.order);
    graph.addEdge(String(source), String(pair - source * task.order), { weight: i - start });
  }
  const ranks = task.order === 0 ? {} : pagerank(graph, { getEdgeWeight: 'weight' });
  const out = new Float64Array(task.order);
  for (let i = 0; i < task.order; i++) out[i] = ranks[String(i)] ?? 0;
  return out;
}
