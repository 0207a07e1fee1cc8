// The one place that imports graphology's standard library. Several of its packages are CommonJS
// modules whose `module.exports` is the function itself while their typings declare a default
// export; under NodeNext the default import is then typed as the module object, not the function.
// `interop` takes whichever of the two the runtime gives, so callers get typed functions.
import louvainModule from 'graphology-communities-louvain';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';

export { bidirectional } from 'graphology-shortest-path/unweighted.js';
export { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
export { bfsFromNode } from 'graphology-traversal';
export { write as writeGexf } from 'graphology-gexf';

/** The function a CommonJS module exports, whether the runtime hands over the function or a namespace around it. */
function interop<T>(module: { readonly default: T }): T {
  const candidate: unknown = module;
  return typeof candidate === 'function' ? (candidate as T) : module.default;
}

/** PageRank of every node (graphology-metrics). */
export const pagerank = interop(pagerankModule);
/** ForceAtlas2 layout, the one Gephi and the explorer use (graphology-layout-forceatlas2). */
export const forceAtlas2 = interop(forceAtlas2Module);
/** Louvain community detection (graphology-communities-louvain). */
export const louvain = interop(louvainModule);
