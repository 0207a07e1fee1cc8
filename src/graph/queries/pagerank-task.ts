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
  for (let k = 0; k < task.sources.length; k++) {
    // A pair comes once per relation between the two: its link's weight is their number.
    const [source, target, weight] = [String(task.sources[k]), String(task.targets[k]), task.weights[k] ?? 1];
    const link = graph.edge(source, target);
    if (link === undefined) graph.addEdge(source, target, { weight });
    else graph.setEdgeAttribute(link, 'weight', graph.getEdgeAttribute(link, 'weight') + weight);
  }
  const ranks = task.order === 0 ? {} : pagerank(graph, { getEdgeWeight: 'weight' });
  const out = new Float64Array(task.order);
  for (let i = 0; i < task.order; i++) out[i] = ranks[String(i)] ?? 0;
  return out;
}
