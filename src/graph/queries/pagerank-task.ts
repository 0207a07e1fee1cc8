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
type RelationGraph = Pick<GraphView, 'nodes' | 'size' | 'forEachOutEdge'>;

/**
 * The task for the store's graph, and the entity id of each index: one link per ordered pair of
 * entities, weighted by the relations from the first to the second. Read from the relations
 * themselves (a node's relations to one neighbour come together), so no directed projection is kept
 * in memory for the one algorithm that needs direction.
 */
export function pagerankTask(graph: RelationGraph): { readonly ids: readonly string[]; readonly task: PagerankTask } {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  const weights = new Float64Array(graph.size);
  let k = 0;
  ids.forEach((id, source) => {
    let last = -1;
    graph.forEachOutEdge(id, (_key, _attrs, _source, to) => {
      const target = index.get(to) ?? 0;
      if (target === last) {
        weights[k - 1] = (weights[k - 1] ?? 0) + 1;
        return;
      }
      sources[k] = source;
      targets[k] = target;
      weights[k] = 1;
      last = target;
      k += 1;
    });
  });
  return { ids, task: { order: ids.length, sources: sources.slice(0, k), targets: targets.slice(0, k), weights: weights.slice(0, k) } };
}

/** PageRank of each entity index (graphology-metrics, weighted by the links' weights). */
export function runPagerankTask(task: PagerankTask): Float64Array {
  const graph = new DirectedGraph<Record<string, never>, { weight: number }>();
  for (let i = 0; i < task.order; i++) graph.addNode(String(i));
  for (let k = 0; k < task.sources.length; k++) {
    // A pair may come twice if a node's relations to one neighbour were not listed together.
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
