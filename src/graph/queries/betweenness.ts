// Betweenness of every entity, by Brandes' algorithm on graphology's indexed single-source Brandes
// (the building block graphology-metrics' own betweenness runs once per node). Exact betweenness
// costs one breadth-first search per node, O(nodes x (nodes + edges)): a second at 5,000 entities,
// hours at 300,000. Past BETWEENNESS_BUDGET the searches start from a fixed sample of entities and
// the dependencies are scaled by nodes / samples (Brandes and Pich, "Centrality estimation in large
// networks", 2007): an unbiased estimate whose cost stays under the budget however large the graph.
import type { AbstractGraph } from 'graphology-types';
import { createUnweightedIndexedBrandes } from '../graphology-lib.js';
import { seededRandom } from './seeded-random.js';

/** Most node-and-edge visits one computation may make: 0.3 to 0.5 s on the project's 2-core machine (23 sources of a 30,000-entity, 100,000-relation graph). */
export const BETWEENNESS_BUDGET = 3_000_000;

/** Betweenness of every node, and how many sources it was computed from (all nodes: exact). */
export interface Betweenness {
  readonly values: Readonly<Record<string, number>>;
  readonly sources: number;
  readonly exact: boolean;
}

/** What graphology's indexed Brandes returns for one source: visit order, predecessors, path counts. */
type SingleSource = (source: number) => [{ size: number; items: ArrayLike<number>; pop(): number }, number[][], Uint32Array];
type IndexedBrandes = SingleSource & { readonly index: { collect(values: Float64Array): Record<string, number> } };

/** Normalised betweenness (divided by (n - 1)(n - 2), as graphology-metrics does) of every node of `graph`, hop distances. */
export function betweenness(graph: AbstractGraph, budget = BETWEENNESS_BUDGET): Betweenness {
  const n = graph.order;
  const brandes = createUnweightedIndexedBrandes(graph) as unknown as IndexedBrandes;
  const perSource = Math.max(1, n + graph.size);
  const sources = sampleOfSources(n, Math.max(1, Math.floor(budget / perSource)));
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (const source of sources) {
    const [stack, predecessors, sigma] = brandes(source);
    for (let j = 0; j < stack.size; j++) delta[stack.items[j] ?? 0] = 0;
    while (stack.size !== 0) {
      const w = stack.pop();
      const coefficient = (1 + (delta[w] ?? 0)) / (sigma[w] ?? 1);
      for (const v of predecessors[w] ?? []) delta[v] = (delta[v] ?? 0) + (sigma[v] ?? 0) * coefficient;
      if (w !== source) centrality[w] = (centrality[w] ?? 0) + (delta[w] ?? 0);
    }
  }
  const scale = (n <= 2 ? 0 : 1 / ((n - 1) * (n - 2))) * (n / Math.max(1, sources.length));
  for (let i = 0; i < n; i++) centrality[i] = (centrality[i] ?? 0) * scale;
  return { values: brandes.index.collect(centrality), sources: sources.length, exact: sources.length === n };
}

/** Every node index when `wanted` covers them all, else `wanted` distinct ones drawn with a fixed seed (same graph, same sample). */
function sampleOfSources(n: number, wanted: number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (wanted >= n) return all;
  const random = seededRandom(0x62747773);
  for (let i = 0; i < wanted; i++) {
    const j = i + Math.floor(random() * (n - i));
    const picked = all[j] ?? j;
    all[j] = all[i] ?? i;
    all[i] = picked;
  }
  return all.slice(0, wanted);
}
