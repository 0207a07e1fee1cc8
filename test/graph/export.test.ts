// The exported files as the tools that open them read them: GEXF with the attributes networkx
// needs (viz:color as r, g, b; viz:position; a filled <meta>), read back by graphology-gexf, and
// GraphML read back by graphology-graphml, both with the layout's positions. Where python3 has
// networkx, it reads both files too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TYPE_COLORS, exportAs } from '../../src/graph/export/index.js';
import { GraphStore } from '../../src/graph/index.js';
import { extract } from '../../src/ingest/index.js';

const seed = readFileSync(fileURLToPath(new URL('../../seeds/almaty-unrest.txt', import.meta.url)), 'utf8');

let store: GraphStore;
let gexf: string;
let dir: string;
beforeAll(() => {
  store = new GraphStore();
  store.applyExtraction(extract({ text: seed }));
  gexf = exportAs(store, { format: 'GEXF' });
  dir = mkdtempSync(join(tmpdir(), 'news-kg-export-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Elements of an XML text by tag name (namespace prefix included, as written). */
function elements(xml: string, tag: string): { getAttribute(name: string): string | null; textContent: string | null }[] {
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as {
    getElementsByTagName(tag: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  };
  return Array.from(document.getElementsByTagName(tag));
}

describe('export: GEXF for Gephi and networkx', () => {
  it('gives every node a colour as r, g and b in 0-255 (no hex, which networkx cannot read)', () => {
    const colors = elements(gexf, 'viz:color');
    expect(colors).toHaveLength(store.graph.order);
    for (const color of colors) {
      expect(color.getAttribute('hex')).toBeNull();
      for (const channel of ['r', 'g', 'b']) expect(Number(color.getAttribute(channel))).toSatisfy((v: number) => Number.isInteger(v) && v >= 0 && v <= 255);
    }
  });

  it('gives every node a position from the layout, spread out rather than piled at the origin', () => {
    const positions = elements(gexf, 'viz:position').map((p) => [Number(p.getAttribute('x')), Number(p.getAttribute('y'))] as const);
    expect(positions).toHaveLength(store.graph.order);
    for (const [x, y] of positions) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(new Set(positions.map(([x, y]) => `${x},${y}`)).size).toBe(positions.length);
  });

  it('fills <meta>: the day it was made, the creator and what it holds', () => {
    const [meta] = elements(gexf, 'meta');
    expect(meta?.getAttribute('lastmodifieddate')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(elements(gexf, 'creator')[0]?.textContent).toBe('news-kg');
    expect(elements(gexf, 'description')[0]?.textContent).toBe(
      `News knowledge graph: ${store.graph.order} entities and ${store.graph.size} relations from 1 document.`,
    );
  });

  it('is read back whole by graphology-gexf, with the type colours, positions and attributes', () => {
    const graph = parseGexf(MultiDirectedGraph, gexf);
    expect(graph.order).toBe(store.graph.order);
    expect(graph.size).toBe(store.graph.size);
    graph.forEachNode((node, attrs) => {
      const { type } = store.graph.getNodeAttributes(node);
      const hex = TYPE_COLORS[type];
      const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',');
      expect(String(attrs.color).replace(/\s/g, '')).toBe(`rgb(${rgb})`);
      expect(attrs).toMatchObject({ type, x: expect.any(Number), y: expect.any(Number), size: expect.any(Number) });
    });
  });

  it('lays the same graph out the same way every time', () => {
    expect(exportAs(store, { format: 'GEXF' })).toBe(gexf);
  });
});

describe('export: GraphML for yEd and Cytoscape', () => {
  it('is read back whole by graphology-graphml, with positions and typed attributes', () => {
    const graph = parseGraphml(MultiDirectedGraph, exportAs(store, { format: 'GRAPHML' }));
    expect(graph.order).toBe(store.graph.order);
    expect(graph.size).toBe(store.graph.size);
    graph.forEachNode((_node, attrs) => expect(attrs).toMatchObject({ x: expect.any(Number), y: expect.any(Number), pagerank: expect.any(Number) }));
  });
});

describe('export: networkx, where python3 has it', () => {
  it('networkx reads both files with every node, edge, colour and position (or python3/networkx is absent here)', () => {
    const probe = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' });
    if (probe.status !== 0) {
      // Without networkx, the GEXF checks above (r/g/b colours, positions, meta) stand in for it.
      expect(probe.error !== undefined || /No module named/.test(probe.stderr)).toBe(true);
      return;
    }
    writeFileSync(join(dir, 'kg.gexf'), gexf);
    writeFileSync(join(dir, 'kg.graphml'), exportAs(store, { format: 'GRAPHML' }));
    const script = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1]); h = nx.read_graphml(sys.argv[2])
viz = [d['viz'] for _, d in g.nodes(data=True)]
print(json.dumps({'gexf': [g.number_of_nodes(), g.number_of_edges()], 'graphml': [h.number_of_nodes(), h.number_of_edges()],
  'colours': sum(1 for v in viz if {'r', 'g', 'b'} <= set(v['color'])), 'positions': sum(1 for v in viz if 'x' in v['position'] and 'y' in v['position'])}))`;
    const run = spawnSync('python3', ['-c', script, join(dir, 'kg.gexf'), join(dir, 'kg.graphml')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const n = store.graph.order;
    const m = store.graph.size;
    expect(JSON.parse(run.stdout)).toEqual({ gexf: [n, m], graphml: [n, m], colours: n, positions: n });
  });
});
