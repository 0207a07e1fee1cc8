// Exporting the graph: the `export` query's GEXF, GraphML and JSON read back by graphology's own
// parsers (so Gephi, yEd and Cytoscape get well-formed files with every entity and relation), and
// `kg export` fetching the same from a running service into a file.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument, packageRoot } from '../../src/service/index.js';
import { startServer } from '../../src/server.js';
import { type Harness, startHarness } from './harness.js';
import { runKg } from '../support/run-kg.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const CSTO = 'alliance:collective-security-treaty-organization';

describe('export(format)', () => {
  let api: Harness;
  let sizes: { entities: number; relations: number };

  async function exported(format: string): Promise<string> {
    const result = await api.run<{ export: string }>(`query($format: ExportFormat!) { export(format: $format) }`, { format });
    expect(result.errors).toBeUndefined();
    return result.data?.export ?? '';
  }

  beforeAll(async () => {
    api = await startHarness();
    await ingestDocument(api.graph, { text: readFileSync(join(packageRoot(), 'seeds', 'almaty-unrest.txt'), 'utf8') });
    const stats = await api.run<{ stats: { entities: number; relations: number } }>(`{ stats { entities relations } }`);
    sizes = stats.data?.stats ?? { entities: -1, relations: -1 };
  });
  afterAll(() => api.stop());

  it('writes GEXF that graphology-gexf reads back whole, with labels, types and colours', async () => {
    const graph = parseGexf(MultiDirectedGraph, await exported('GEXF'));
    expect(graph.order).toBe(sizes.entities);
    expect(graph.size).toBe(sizes.relations);
    expect(graph.getNodeAttributes(CSTO)).toMatchObject({ label: 'Collective Security Treaty Organization', type: 'ALLIANCE', color: expect.any(String) });
    expect(graph.someEdge((_e, attrs) => attrs.label === 'REQUESTED')).toBe(true);
  });

  it('writes GraphML that graphology-graphml reads back whole, with typed attributes', async () => {
    const text = await exported('GRAPHML');
    expect(text).toContain('<key id="n_pagerank" for="node" attr.name="pagerank" attr.type="double"/>');
    const graph = parseGraphml(MultiDirectedGraph, text);
    expect(graph.order).toBe(sizes.entities);
    expect(graph.size).toBe(sizes.relations);
    expect(graph.getNodeAttribute(CSTO, 'type')).toBe('ALLIANCE');
    expect(typeof graph.getNodeAttribute(CSTO, 'pagerank')).toBe('number');
  });

  it("writes graphology's JSON serialisation, which graphology imports", async () => {
    const graph = MultiDirectedGraph.from(JSON.parse(await exported('JSON')) as Parameters<typeof MultiDirectedGraph.from>[0]);
    expect(graph.order).toBe(sizes.entities);
    expect(graph.size).toBe(sizes.relations);
  });
});

describe('kg export', { timeout: 60_000 }, () => {
  let server: { url: string; close(): Promise<void> };
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'news-kg-export-'));
    server = await startServer({ port: 0, host: '127.0.0.1', seedsDir: join(repoRoot, 'seeds'), dataDir: join(dir, 'data'), quiet: true });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the graph of a running service to a file', async () => {
    const out = join(dir, 'graph.gexf');
    const result = await runKg(['export', '--format', 'gexf', '--url', `${server.url}/graphql`, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('wrote GEXF');
    const graph = parseGexf(MultiDirectedGraph, await readFile(out, 'utf8'));
    expect(graph.hasNode(CSTO)).toBe(true);
  });

  it('prints to standard output without --out', async () => {
    const result = await runKg(['export', '--format', 'GraphML', '--url', `${server.url}/graphql`]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<\?xml[\s\S]*<\/graphml>\n$/);
  });

  it('fails in one line for an unknown format or an unreachable service', async () => {
    const format = await runKg(['export', '--format', 'svg']);
    expect(format.code).not.toBe(0);
    expect(format.stderr.trim().split('\n')).toHaveLength(1);
    const unreachable = await runKg(['export', '--url', 'http://127.0.0.1:9/graphql']);
    expect(unreachable.code).not.toBe(0);
    expect(unreachable.stderr).toMatch(/^kg: cannot reach .*\n$/);
  });
});
