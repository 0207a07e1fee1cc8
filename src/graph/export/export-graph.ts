// The graph as a plain graphology graph with flat, file-friendly attributes: what the GEXF, GraphML
// and JSON exports write. Entities carry their type, colour and centrality (so a tool can size
// and colour them at once); relations carry their predicate as label, role, confidence and the
// first sentence that states them.
import { MultiDirectedGraph } from 'graphology';
import { type GraphStore } from '../store.js';
import { centralities, communityPartition } from '../queries/index.js';
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
export function exportGraph(store: GraphStore): MultiDirectedGraph<ExportNodeAttrs, ExportEdgeAttrs> {
  const graph = new MultiDirectedGraph<ExportNodeAttrs, ExportEdgeAttrs>();
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
  return graph;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
