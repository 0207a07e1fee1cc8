// The real service over HTTP: seed articles loaded, GraphQL queries and the ingest mutation, the
// raw JSON route, the GraphiQL page, and hostile requests that must never take it down.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OVERVIEW_QUERY } from '../../src/api/index.js';
import { MAX_BODY_BYTES, type RunningServer, startServer } from '../../src/server.js';
import { runKg } from '../support/run-kg.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe('News KG server over HTTP', () => {
  let server: RunningServer;
  let webDir: string;

  /** POSTs a GraphQL operation and returns the status and parsed body. */
  async function graphql<T>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GraphQLBody<T> }> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLBody<T> };
  }

  beforeAll(async () => {
    // A stand-in for the Vite build, so this test does not depend on `npm run build`.
    webDir = await mkdtemp(join(tmpdir(), 'news-kg-web-'));
    await mkdir(join(webDir, 'assets'));
    await mkdir(join(webDir, 'graphiql'));
    await writeFile(join(webDir, 'graphiql', 'index.html'), '<!doctype html><title>News knowledge graph - GraphiQL</title>');
    await writeFile(join(webDir, 'assets', 'main-abc123.js'), 'console.log("graphiql");');
    server = await startServer({ port: 0, host: '127.0.0.1', seedsDir: join(repoRoot, 'seeds'), webDir, dataDir: join(webDir, 'data'), quiet: true });
  });

  afterAll(async () => {
    await server.close();
    await rm(webDir, { recursive: true, force: true });
  });

  it('listens on a free port of the given host', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers the health check with the sizes of the store', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; documents: number; entities: number };
    expect(body.status).toBe('ok');
    expect(body.documents).toBeGreaterThan(0);
    expect(body.entities).toBeGreaterThan(0);
  });

  it('lists the people of the seed articles through GraphQL', async () => {
    const { status, body } = await graphql<{ entities: { totalCount: number; edges: { node: { type: string } }[] } }>(`
      {
        entities(type: PERSON, first: 5) {
          totalCount
          edges {
            node {
              id
              name
              type
              relations {
                predicate
                target {
                  name
                }
              }
            }
          }
        }
      }
    `);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.entities.totalCount).toBeGreaterThan(0);
    expect(body.data?.entities.edges[0]?.node.type).toBe('PERSON');
  });

  it('ingests a new article and counts it in the stats', async () => {
    const before = await graphql<{ stats: { documents: number; entities: number } }>(`
      {
        stats {
          documents
          entities
        }
      }
    `);
    const { body } = await graphql<{ ingestDocument: { alreadyPresent: boolean; newEntities: { name: string; type: string }[] } }>(
      `
        mutation ($input: IngestDocumentInput!) {
          ingestDocument(input: $input) {
            alreadyPresent
            added {
              entities
            }
            newEntities {
              name
              type
            }
          }
        }
      `,
      { input: { text: 'Talks in Lyon\n\nThe foreign minister of France met officials from Portugal in Lyon on Friday.' } },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.ingestDocument.alreadyPresent).toBe(false);
    expect(body.data?.ingestDocument.newEntities).toContainEqual({ name: 'France', type: 'COUNTRY' });
    const after = await graphql<{ stats: { documents: number; entities: number } }>(`
      {
        stats {
          documents
          entities
        }
      }
    `);
    expect(after.body.data?.stats.documents).toBe((before.body.data?.stats.documents ?? 0) + 1);
    expect(after.body.data?.stats.entities).toBeGreaterThan(before.body.data?.stats.entities ?? 0);
  });

  it('refuses an empty article with BAD_USER_INPUT', async () => {
    const { body } = await graphql(`
      mutation {
        ingestDocument(input: { text: "   " }) {
          alreadyPresent
        }
      }
    `);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('serves the same entity on the raw JSON route as through GraphQL', async () => {
    const { body } = await graphql<{
      entities: { edges: { node: { id: string; name: string; type: string; aliases: string[]; relations: { id: string }[] } }[] };
    }>(`
      {
        entities(type: PERSON, first: 1) {
          edges {
            node {
              id
              name
              type
              aliases
              relations {
                id
              }
            }
          }
        }
      }
    `);
    const entity = body.data?.entities.edges[0]?.node;
    if (entity === undefined) throw new Error('no person in the seed articles');
    const response = await fetch(`${server.url}/api/entities/${encodeURIComponent(entity.id)}`);
    expect(response.status).toBe(200);
    const raw = (await response.json()) as { id: string; name: string; type: string; aliases: string[]; relations: { id: string }[] };
    expect({ ...raw, relations: raw.relations.map((r) => ({ id: r.id })) }).toMatchObject(entity);
  });

  it('answers 404 with NOT_FOUND for an unknown entity on the raw route', async () => {
    const response = await fetch(`${server.url}/api/entities/person:nobody`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as GraphQLBody<never>).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("serves the explorer's overview as the GraphQL query answers it, and refuses a bad limit", async () => {
    const { body } = await graphql(OVERVIEW_QUERY, { limit: 6 });
    const response = await fetch(`${server.url}/api/overview?limit=6`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: body.data });
    const fallback = (await (await fetch(`${server.url}/api/overview`)).json()) as { data: { subgraph: { nodes: unknown[] } } };
    expect(fallback.data.subgraph.nodes.length).toBeGreaterThan(6);
    for (const limit of ['0', '1001', '2.5', 'ten']) {
      const refused = await fetch(`${server.url}/api/overview?limit=${limit}`);
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as GraphQLBody<never>).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('serves the GraphiQL page at / and /graphiql, and its assets', async () => {
    for (const path of ['/', '/graphiql']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('GraphiQL');
    }
    const asset = await fetch(`${server.url}/assets/main-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it("does not show Apollo's landing page to a browser at /graphql", async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).not.toContain('text/html');
  });

  const hostile: [string, RequestInit, number][] = [
    ['malformed JSON', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' }, 400],
    ['a JSON body that is not an object', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '"query"' }, 400],
    ['a batch of operations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[{"query":"{ stats { documents } }"}]' }, 400],
    ['a body without a query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }, 400],
    ['a form post (cross-site request)', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ stats { documents } }"}' }, 400],
    ['a body over the size limit', { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"query":"${'x'.repeat(MAX_BODY_BYTES)}"}` }, 413],
  ];
  it.each(hostile)('answers %s with a JSON error and keeps serving', async (_label, init, status) => {
    const response = await fetch(`${server.url}/graphql`, init);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/json');
    const after = await graphql<{ stats: { documents: number } }>(`
      {
        stats {
          documents
        }
      }
    `);
    expect(after.status).toBe(200);
  });

  it('takes articles from `kg ingest` and reports what each added', async () => {
    const file = join(webDir, 'madrid.txt');
    await writeFile(file, 'Summit in Madrid\n\nThe prime minister of Spain received delegations from Italy in Madrid.');
    const first = await runKg(['ingest', file, '--url', `${server.url}/graphql`]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/added \d+ entities/);
    expect(first.stdout).toContain('Spain (COUNTRY)');
    const again = await runKg(['ingest', file, '--url', `${server.url}/graphql`]);
    expect(again.stdout).toContain('already ingested');
  });

  it('makes `kg ingest` fail in one line, before sending anything, when a file is unreadable', async () => {
    const before = await graphql<{ stats: { documents: number } }>(`
      {
        stats {
          documents
        }
      }
    `);
    const good = join(webDir, 'good.txt');
    await writeFile(good, 'Berlin talks\n\nGermany hosted Poland in Berlin.');
    const result = await runKg(['ingest', good, join(webDir, 'missing.txt'), '--url', `${server.url}/graphql`]);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    const after = await graphql<{ stats: { documents: number } }>(`
      {
        stats {
          documents
        }
      }
    `);
    expect(after.body.data?.stats.documents).toBe(before.body.data?.stats.documents);
  });

  it('answers an unknown route with 404 as JSON', async () => {
    const response = await fetch(`${server.url}/no/such/route`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
  });
});

describe('News KG server as a process', () => {
  it('prints one ready line and exits cleanly on SIGTERM', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'news-kg-process-'));
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'server.ts')], {
      cwd: repoRoot,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', KG_DATA: dataDir, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await expect.poll(() => stdout, { timeout: 30_000 }).toContain('\n');
    expect(stdout).toMatch(
      /^News KG ready at http:\/\/127\.0\.0\.1:\d+\/ \(GraphQL \/graphql\), storage: SQLite file \S+kg\.sqlite; \d+ documents?, \d+ entit(y|ies), \d+ relations? loaded; protected mode: no API key configured, writes accepted from this machine only \(set KG_API_KEYS to open it\)\n$/,
    );
    const url = /http:\/\/[\d.:]+/.exec(stdout)?.[0];
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    // Standard error says what the start did: the storage it read, then the first-start seeding.
    expect(stderr).toContain(`Loading the stored graph from SQLite file ${join(dataDir, 'kg.sqlite')}...`);
    expect(stderr).toMatch(/First start: reading the seed articles in .*seeds\.\.\.\n {2}1 seed article ingested in/);
    await rm(dataDir, { recursive: true, force: true });
  });
});
