// Exporting the graph as a file: GEXF (Gephi), GraphML (yEd, Cytoscape) or graphology's JSON
// serialisation, written as text so the API and the CLI can hand it over as it is.
import { writeGexf } from '../graphology-lib.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { exportGraph } from './export-graph.js';
import { writeGraphml } from './graphml.js';

export { TYPE_COLORS } from './palette.js';

/** File formats the graph can be exported to. */
export const EXPORT_FORMATS = ['GEXF', 'GRAPHML', 'JSON'] as const;
/** A file format the graph can be exported to. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface CachedExports {
  readonly version: number;
  readonly texts: Map<ExportFormat, string>;
}

const exportsByStore = new WeakMap<ReadonlyStore, CachedExports>();
/** Length of the last export of each format, at any version: the best guess of the next one's. */
const lastLengths = new WeakMap<ReadonlyStore, Map<ExportFormat, number>>();

/**
 * The whole graph as the text of a file in `format`. Cached per graph version and format, so
 * asking again (or many aliases of one request) costs nothing until the graph changes.
 */
export function exportAs(store: ReadonlyStore, options: { readonly format: ExportFormat }): string {
  let cached = exportsByStore.get(store);
  if (cached === undefined || cached.version !== store.version) {
    cached = { version: store.version, texts: new Map() };
    exportsByStore.set(store, cached);
  }
  const hit = cached.texts.get(options.format);
  if (hit !== undefined) return hit;
  const text = render(store, options.format);
  cached.texts.set(options.format, text);
  const lengths = lastLengths.get(store) ?? new Map<ExportFormat, number>();
  lengths.set(options.format, text.length);
  lastLengths.set(store, lengths);
  return text;
}

/** Characters an export is expected to have per entity and per relation, before one was made. */
const CHARS_PER_ENTITY = 700;
const CHARS_PER_RELATION = 700;

/**
 * The length, in characters, an export in `format` has (when made at this version) or is expected
 * to have (from the last export made, or from the size of the graph), without making it.
 */
export function exportLengthHint(store: ReadonlyStore, format: ExportFormat): number {
  const cached = exportsByStore.get(store);
  const exact = cached?.version === store.version ? cached.texts.get(format)?.length : undefined;
  if (exact !== undefined) return exact;
  const estimate = store.graph.order * CHARS_PER_ENTITY + store.graph.size * CHARS_PER_RELATION;
  return Math.max(estimate, lastLengths.get(store)?.get(format) ?? 0);
}

function render(store: ReadonlyStore, format: ExportFormat): string {
  const graph = exportGraph(store);
  switch (format) {
    case 'GEXF':
      // Colours as r, g and b: GEXF 1.3 also allows hex="#rrggbb", which networkx cannot read.
      graph.updateEachNodeAttributes((_node, attrs) => ({ ...attrs, color: rgbOf(attrs.color) }));
      return writeGexf(graph, { version: '1.3', pretty: true });
    case 'GRAPHML':
      return writeGraphml(graph);
    case 'JSON':
      return `${JSON.stringify(graph.export(), null, 2)}\n`;
    default: {
      const unreachable: never = format;
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
