// ForceAtlas2 off the page's main thread: receives the drawn graph's positions and edges, runs the
// layout in slices and posts the positions after each slice, so the picture settles while the page
// stays responsive. A module worker bundled by Vite (no blob: URL, no eval), so a strict
// Content-Security-Policy with `worker-src 'self'` allows it; graphology-layout-forceatlas2/worker
// builds its worker from a function's source text in a blob: URL, which such a policy refuses.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { type LayoutRequest, type LayoutProgress } from './layout-messages';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { run, keys, xy, sizes, fixed, edges, iterations, slice } = event.data;
  const graph = new Graph({ type: 'undirected', multi: false });
  keys.forEach((key, i) => graph.addNode(key, { x: xy[2 * i] ?? 0, y: xy[2 * i + 1] ?? 0, size: sizes[i] ?? 1, fixed: fixed[i] === 1 }));
  for (let i = 0; i + 1 < edges.length; i += 2) {
    const source = keys[edges[i] ?? 0];
    const target = keys[edges[i + 1] ?? 0];
    if (source === undefined || target === undefined || source === target) continue;
    if (graph.hasEdge(source, target)) graph.updateEdgeAttribute(source, target, 'weight', (w: number | undefined) => (w ?? 1) + 1);
    else graph.addEdge(source, target, { weight: 1 });
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    // LinLog pulls communities together and pushes them apart: clusters become visible.
    linLogMode: true,
    // Hubs' leaves are pushed outwards, which leaves room for labels around the hubs.
    outboundAttractionDistribution: true,
    gravity: 1,
    scalingRatio: 10,
    barnesHutOptimize: graph.order > 2000,
    edgeWeightInfluence: 1,
  };
  let done = 0;
  while (done < iterations) {
    const step = Math.min(slice, iterations - done);
    forceAtlas2.assign(graph, { iterations: step, settings, getEdgeWeight: 'weight' });
    done += step;
    const positions = new Float64Array(keys.length * 2);
    keys.forEach((key, i) => {
      positions[2 * i] = graph.getNodeAttribute(key, 'x') as number;
      positions[2 * i + 1] = graph.getNodeAttribute(key, 'y') as number;
    });
    const message: LayoutProgress = { run, positions, done: done >= iterations };
    self.postMessage(message);
  }
};
