// The graph as a plain graphology graph with flat, file-friendly attributes: what the GEXF, GraphML
// and JSON exports write. Entities carry their type, colour and centrality (so a tool can size
// and colour them at once) and a position from the layout; relations carry their predicate as label,
// role, confidence and the first sentence that states them. The graph's own attributes say who made
// it, what it holds and when (GEXF's <meta>).
import { MultiDirectedGraph } from 'graphology';
import { countOf } from '../../domain/index.js';
import { type ReadonlyStore } from '../readonly-store.js';
import { centralities, communityPartition } from '../queries/index.js';
import { layoutPositions } from './layout.js';
import { TYPE_COLORS } from './palette.js';

/** Attributes of an exported entity. */
export type ExportNodeAttrs = {
  readonly label: string;
  readonly type: string;
  readonly aliases: string;
  readonly mentions: number;
  readonly documents: number;
  readonly degree: number;
  readonly pagerank: number;
  readonly betweenness: number;
  readonly community: number;
  readonly color: string;
  readonly size: number;
  readonly x: number;
  readonly y: number;
};

/** Attributes of the exported graph: GEXF writes them as <meta>. */
export type ExportGraphAttrs = {
  readonly creator: string;
  readonly description: string;
  /** Day of the export, YYYY-MM-DD. */
  readonly lastModifiedDate: string;
};

/** Attributes of an exported relation. */
export type ExportEdgeAttrs = {
  readonly label: string;
  readonly predicate: string;
  readonly role: string;
  readonly confidence: number;
  readonly rule: string;
  readonly evidenceCount: number;
  readonly evidence: string;
};

/** A copy of the graph with export attributes; changing it does not change the store. */
export function exportGraph(store: ReadonlyStore, now: Date = new Date()): MultiDirectedGraph<ExportNodeAttrs, ExportEdgeAttrs, ExportGraphAttrs> {
  const graph = new MultiDirectedGraph<ExportNodeAttrs, ExportEdgeAttrs, ExportGraphAttrs>();
  const central = centralities(store);
  const communities = communityPartition(store).byEntity;
  const maxRank = Math.max(1e-9, ...[...central.values()].map((c) => c.pagerank));
  store.graph.forEachNode((id, attrs) => {
    const c = central.get(id);
    graph.addNode(id, {
      label: attrs.name,
      type: attrs.type,
      aliases: attrs.aliases.join('; '),
      mentions: attrs.mentions.length,
      documents: attrs.documents.length,
      degree: c?.degree ?? 0,
      pagerank: round(c?.pagerank ?? 0),
      betweenness: round(c?.betweenness ?? 0),
      community: communities.get(id) ?? -1,
      color: TYPE_COLORS[attrs.type],
      size: round(4 + 16 * Math.sqrt((c?.pagerank ?? 0) / maxRank)),
      x: 0,
      y: 0,
    });
  });
  store.graph.forEachEdge((key, attrs, source, target) => {
    graph.addEdgeWithKey(key, source, target, {
      label: attrs.predicate,
      predicate: attrs.predicate,
      role: attrs.role ?? '',
      confidence: attrs.confidence,
      rule: attrs.rule,
      evidenceCount: attrs.evidence.length,
      evidence: attrs.evidence[0]?.text ?? '',
    });
  });
  for (const [node, { x, y }] of layoutPositions(graph)) graph.mergeNodeAttributes(node, { x, y });
  graph.replaceAttributes({
    creator: 'news-kg',
    description: `News knowledge graph: ${countOf(graph.order, 'entity')} and ${countOf(graph.size, 'relation')} from ${countOf([...store.documents()].length, 'document')}.`,
    lastModifiedDate: now.toISOString().slice(0, 10),
  });
  return graph;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
