// PageRank as a self-contained task: the directed links as typed arrays in, one rank per entity
// out. The service computes it in a worker thread on large graphs (pagerank-thread.ts), so the
// event loop never waits for it; the task form is what crosses to the thread.
import { DirectedGraph } from 'graphology';
import { pagerank } from '../graphology-lib.js';
import { type LinkAttrs, type LinkNodeAttrs } from '../link-projection.js';

/** The directed links of a graph of `order` entities, by entity index, with their weights. */
export interface PagerankTask {
  readonly order: number;
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
}

/** The task for a directed projection, and the entity id of each index. */
export function pagerankTask(directed: DirectedGraph<LinkNodeAttrs, LinkAttrs>): { readonly ids: readonly string[]; readonly task: PagerankTask } {
  const ids = directed.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const sources = new Int32Array(directed.size);
  const targets = new Int32Array(directed.size);
  const weights = new Float64Array(directed.size);
  let k = 0;
  directed.forEachEdge((_key, attrs, source, target) => {
    sources[k] = index.get(source) ?? 0;
    targets[k] = index.get(target) ?? 0;
    weights[k] = attrs.weight;
    k += 1;
  });
  return { ids, task: { order: ids.length, sources, targets, weights } };
}

/** PageRank of each entity index (graphology-metrics, weighted by the links' weights). */
export function runPagerankTask(task: PagerankTask): Float64Array {
  const graph = new DirectedGraph<Record<string, never>, { weight: number }>();
  for (let i = 0; i < task.order; i++) graph.addNode(String(i));
  for (let k = 0; k < task.sources.length; k++) graph.addEdge(String(task.sources[k]), String(task.targets[k]), { weight: task.weights[k] ?? 1 });
  const ranks = task.order === 0 ? {} : pagerank(graph, { getEdgeWeight: 'weight' });
  const out = new Float64Array(task.order);
  for (let i = 0; i < task.order; i++) out[i] = ranks[String(i)] ?? 0;
  return out;
}
