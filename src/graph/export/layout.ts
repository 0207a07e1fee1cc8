// Positions for the exported graph, so Gephi, yEd, Cytoscape and networkx open it drawn rather than
// as a heap at the origin: nodes start on a circle in graph order, then ForceAtlas2 (the layout of
// Gephi and of the explorer page) pulls related entities together. Deterministic: the same graph
// gives the same positions.
import type { Attributes } from 'graphology-types';
import { type MultiDirectedGraph } from 'graphology';
import { forceAtlas2 } from '../graphology-lib.js';

/** ForceAtlas2 rounds; enough for the small to mid-size graphs a news collection gives. */
const ITERATIONS = 150;

/** A position on the drawing plane. */
export interface Position {
  readonly x: number;
  readonly y: number;
}

/** A position for every node of `graph`, by node key. */
export function layoutPositions<N extends Attributes, E extends Attributes>(graph: MultiDirectedGraph<N, E>): Map<string, Position> {
  const nodes = graph.nodes();
  const radius = 10 * Math.sqrt(Math.max(1, nodes.length));
  // A copy holding only positions: the layout writes nothing into the caller's graph.
  const copy = graph.emptyCopy() as unknown as MultiDirectedGraph<{ x: number; y: number }, Attributes>;
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    copy.replaceNodeAttributes(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  graph.forEachEdge((edge, _attrs, source, target) => {
    if (source !== target) copy.addEdgeWithKey(edge, source, target, {});
  });
  const settings = { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: nodes.length > 1000 };
  const positions = nodes.length > 1 ? forceAtlas2(copy, { iterations: ITERATIONS, settings }) : {};
  const result = new Map<string, Position>();
  for (const node of nodes) {
    const { x, y } = positions[node] ?? copy.getNodeAttributes(node);
    result.set(node, { x: round2(x), y: round2(y) });
  }
  return result;
}

function round2(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : 0;
}
