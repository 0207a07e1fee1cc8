// GraphML writer. graphology-graphml only reads GraphML, so this writes it: one <key> per
// attribute with its type, then nodes and edges with their <data>. yEd and Cytoscape open the
// result; the tests read it back with graphology-graphml to prove it is well formed.
// A types-only package: `import type`, so no import of it is left in the JavaScript.
import type { Attributes } from 'graphology-types';
import { type MultiDirectedGraph } from 'graphology';

/** The graph as a GraphML document. Attribute types are read from the values: int, double, boolean or string. */
export function writeGraphml<N extends Attributes, E extends Attributes>(graph: MultiDirectedGraph<N, E>): string {
  const nodeKeys = attributeKeys(graph.nodes().map((n) => graph.getNodeAttributes(n)));
  const edgeKeys = attributeKeys(graph.edges().map((e) => graph.getEdgeAttributes(e)));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys].map(([name, type]) => `  <key id="n_${escapeXml(name)}" for="node" attr.name="${escapeXml(name)}" attr.type="${type}"/>`),
    ...[...edgeKeys].map(([name, type]) => `  <key id="e_${escapeXml(name)}" for="edge" attr.name="${escapeXml(name)}" attr.type="${type}"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  graph.forEachNode((node, attrs) => {
    lines.push(`    <node id="${escapeXml(node)}">`, ...dataLines('n', attrs), '    </node>');
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    lines.push(`    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`, ...dataLines('e', attrs), '    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

type GraphmlType = 'int' | 'double' | 'boolean' | 'string';

/** Name and GraphML type of every attribute any of the records has, in first-seen order. */
function attributeKeys(records: readonly Attributes[]): Map<string, GraphmlType> {
  const keys = new Map<string, GraphmlType>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      const type = typeOf(value);
      const known = keys.get(name);
      if (known === undefined) keys.set(name, type);
      else if (known !== type) keys.set(name, known === 'int' && type === 'double' ? 'double' : known === 'double' && type === 'int' ? 'double' : 'string');
    }
  }
  return keys;
}

function typeOf(value: unknown): GraphmlType {
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

function dataLines(prefix: 'n' | 'e', attrs: Attributes): string[] {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name, value]) => `      <data key="${prefix}_${escapeXml(name)}">${escapeXml(String(value))}</data>`);
}

/** Text safe inside XML content and attribute values; characters XML 1.0 forbids are dropped. */
function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
