// Betweenness: exact under the budget (the same values as graphology-metrics, hop distances), and
// over it estimated from a sample of sources whose size the budget bounds, close to the exact values.
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../src/graph/queries/betweenness.js';
import { seededRandom } from '../../src/graph/index.js';

const reference = betweennessModule as unknown as (graph: UndirectedGraph, options: { getEdgeWeight: null; normalized: boolean }) => Record<string, number>;

/** A random connected graph: a spanning chain plus random chords, and one hub linked to a third of the nodes. */
function randomGraph(nodes: number, chords: number): UndirectedGraph {
  const random = seededRandom(7);
  const graph = new UndirectedGraph();
  for (let i = 0; i < nodes; i++) graph.addNode(`n${i}`);
  for (let i = 1; i < nodes; i++) graph.addEdge(`n${i - 1}`, `n${i}`);
  for (let c = 0; c < chords; c++) graph.mergeEdge(`n${Math.floor(random() * nodes)}`, `n${Math.floor(random() * nodes)}`);
  for (let i = 1; i < nodes; i += 3) graph.mergeEdge('n0', `n${i}`);
  return graph;
}

describe('betweenness', () => {
  it('is exact under the budget: the values graphology-metrics gives', () => {
    const graph = randomGraph(300, 400);
    const result = betweenness(graph);
    expect(result).toMatchObject({ exact: true, sources: 300 });
    const expected = reference(graph, { getEdgeWeight: null, normalized: true });
    for (const node of graph.nodes()) expect(result.values[node]).toBeCloseTo(expected[node] ?? Number.NaN, 10);
  });

  it('over the budget, searches from a sample the budget bounds and stays close to the exact values', () => {
    const graph = randomGraph(2000, 3000);
    const perSource = graph.order + graph.size;
    const result = betweenness(graph, perSource * 400);
    expect(result).toMatchObject({ exact: false, sources: 400 });
    const exact = betweenness(graph, Number.POSITIVE_INFINITY).values;
    // The hub is found, and the estimate of every node with a real share is within 25% of it.
    const top = (values: Readonly<Record<string, number>>): string => Object.entries(values).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    expect(top(result.values)).toBe('n0');
    expect(top(exact)).toBe('n0');
    for (const node of graph.nodes()) {
      const truth = exact[node] ?? 0;
      if (truth > 0.01) expect(Math.abs((result.values[node] ?? 0) - truth) / truth, node).toBeLessThan(0.25);
    }
    // The same graph gives the same estimate.
    expect(betweenness(graph, perSource * 400).values).toEqual(result.values);
  });

  it('gives nothing to divide on graphs of two nodes or fewer', () => {
    const graph = new UndirectedGraph();
    graph.addNode('a');
    graph.addNode('b');
    graph.addEdge('a', 'b');
    expect(betweenness(graph).values).toEqual({ a: 0, b: 0 });
  });
});
