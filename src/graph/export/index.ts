// Exporting the graph as a file: GEXF (Gephi), GraphML (yEd, Cytoscape) or graphology's JSON
// serialisation, written as text so the API and the CLI can hand it over as it is.
import { writeGexf } from '../graphology-lib.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { exportGraph } from './export-graph.js';
import { writeGraphml } from './graphml.js';

export { exportGraph, type ExportEdgeAttrs, type ExportGraphAttrs, type ExportNodeAttrs } from './export-graph.js';
export { writeGraphml } from './graphml.js';
export { TYPE_COLORS } from './palette.js';

/** File formats the graph can be exported to. */
export const EXPORT_FORMATS = ['GEXF', 'GRAPHML', 'JSON'] as const;
/** A file format the graph can be exported to. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The whole graph as the text of a file in `format`. */
export function exportAs(store: ReadonlyStore, options: { readonly format: ExportFormat }): string {
  const graph = exportGraph(store);
  switch (options.format) {
    case 'GEXF':
      // Colours as r, g and b: GEXF 1.3 also allows hex="#rrggbb", which networkx cannot read.
      graph.updateEachNodeAttributes((_node, attrs) => ({ ...attrs, color: rgbOf(attrs.color) }));
      return writeGexf(graph, { version: '1.3', pretty: true });
    case 'GRAPHML':
      return writeGraphml(graph);
    case 'JSON':
      return `${JSON.stringify(graph.export(), null, 2)}\n`;
    default: {
      const unreachable: never = options.format;
      throw new Error(`exportAs: unknown format "${String(unreachable)}".`);
    }
  }
}

/** "#d1495b" as "rgb(209, 73, 91)", which graphology-gexf writes as viz:color r, g and b. */
function rgbOf(hex: string): string {
  const value = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (value === undefined) return hex;
  const channel = (i: number): number => parseInt(value.slice(i, i + 2), 16);
  return `rgb(${channel(0)}, ${channel(2)}, ${channel(4)})`;
}
