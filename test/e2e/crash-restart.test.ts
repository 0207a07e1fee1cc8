// The service across restarts, as a process: seed articles only on first start, curations that
// stay, and storage it cannot use (a corrupt file, an unreachable database) stopping it with one
// clear line and a non-zero exit code instead of a stack trace.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../graph/persistence/postgres-server.js';
import { failedStart, graphql, listDocuments, startServerProcess, stopServerProcess } from './crash-harness.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'news-kg-restart-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('The service across restarts', () => {
  it('ingests the seed articles on first start only, and keeps merges, renames and deletions', async () => {
    const env = { KG_DATA: join(root, 'kept') };
    const first = await startServerProcess(env);
    const seeded = await listDocuments(first.url);
    expect(seeded.length).toBeGreaterThan(0);
    expect(seeded.every((d) => d.source?.endsWith('.txt'))).toBe(true);

    const ingest = await graphql<{ ingestDocument: { document: { id: string } } }>(
      first.url,
      `
        mutation ($input: IngestDocumentInput!) {
          ingestDocument(input: $input) {
            document {
              id
            }
          }
        }
      `,
      { input: { text: 'Talks in Lyon\n\nThe foreign minister of France met officials from Portugal and Spain in Lyon on Friday.' } },
    );
    const added = ingest.data?.ingestDocument.document.id;
    const rename = await graphql(
      first.url,
      `
        mutation {
          renameEntity(id: "country:france", name: "French Republic") {
            id
          }
        }
      `,
    );
    const merge = await graphql(
      first.url,
      `
        mutation {
          mergeEntities(keep: "country:spain", merge: ["country:portugal"]) {
            id
          }
        }
      `,
    );
    expect([rename.errors, merge.errors]).toEqual([undefined, undefined]);
    const seedId = seeded[0]?.id ?? '';
    const deleted = await graphql(
      first.url,
      `
        mutation ($id: ID!) {
          deleteDocument(id: $id) {
            id
          }
        }
      `,
      { id: seedId },
    );
    expect(deleted.errors).toBeUndefined();
    expect(await stopServerProcess(first)).toBe(0);

    const second = await startServerProcess(env);
    try {
      // The deleted seed article did not come back: seeds are for the first start only.
      expect((await listDocuments(second.url)).map((d) => d.id)).toEqual([added]);
      const france = await graphql<{ entity: { name: string; aliases: string[] } }>(
        second.url,
        `
          {
            entity(id: "country:france") {
              name
              aliases
            }
          }
        `,
      );
      expect(france.data?.entity.name).toBe('French Republic');
      expect(france.data?.entity.aliases).toContain('France');
      const portugal = await graphql<{ entity: { id: string } }>(
        second.url,
        `
          {
            entity(id: "country:portugal") {
              id
            }
          }
        `,
      );
      expect(portugal.data?.entity.id).toBe('country:spain');
    } finally {
      await stopServerProcess(second);
    }
  });

  it('answers NOT_FOUND, BAD_USER_INPUT and CONFLICT to curations it refuses', async () => {
    const server = await startServerProcess({ KG_DATA: join(root, 'refusals') });
    try {
      const codes = async (query: string): Promise<string | undefined> => (await graphql(server.url, query)).errors?.[0]?.extensions?.code;
      expect(await codes(`mutation { deleteDocument(id: "doc:0000000000000000") { id } }`)).toBe('NOT_FOUND');
      expect(await codes(`mutation { renameEntity(id: "person:nobody", name: "X") { id } }`)).toBe('NOT_FOUND');
      expect(await codes(`mutation { renameEntity(id: "country:kazakhstan", name: "   ") { id } }`)).toBe('BAD_USER_INPUT');
      expect(await codes(`mutation { mergeEntities(keep: "country:kazakhstan", merge: []) { id } }`)).toBe('BAD_USER_INPUT');
      expect(await codes(`mutation { mergeEntities(keep: "country:kazakhstan", merge: ["country:kazakhstan"]) { id } }`)).toBe('CONFLICT');
    } finally {
      await stopServerProcess(server);
    }
  });
});

describe('The service with storage it cannot use', () => {
  it('stops with one line naming the file, and exit code 1, when the SQLite file is corrupt', async () => {
    const dir = join(root, 'corrupt');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'kg.sqlite'), Buffer.alloc(8_192, 0xab));
    const result = await failedStart({ KG_DATA: dir });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^News KG could not start: .*kg\.sqlite.*not a database.*\.\n$/);
    expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('stops with one line, and exit code 1, when a stored extraction is damaged', async () => {
    const dir = join(root, 'damaged');
    const first = await startServerProcess({ KG_DATA: dir });
    await stopServerProcess(first);
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(join(dir, 'kg.sqlite'));
    db.prepare('UPDATE kg_documents SET extraction = ?').run('not json');
    db.close();
    const result = await failedStart({ KG_DATA: dir });
    expect(result.code).toBe(1);
    // The start said what it was doing (loading the stored graph), then failed in one line.
    const lines = result.stderr.trim().split('\n');
    expect(lines.filter((line) => line.startsWith('News KG could not start'))).toHaveLength(1);
    expect(lines.slice(0, -1)).toEqual([`Loading the stored graph from SQLite file ${join(dir, 'kg.sqlite')}...`]);
    expect(result.stderr).toMatch(/\nNews KG could not start: .*extraction of document "doc:[0-9a-f]+".*\n$/);
  });

  it('stops with one line, and exit code 1, when the database cannot be reached', async () => {
    const result = await failedStart({ DATABASE_URL: `postgres://kg:hunter2@127.0.0.1:${await freePort()}/kg` });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^News KG could not start: .*cannot .*PostgreSQL at postgres:\/\/kg:\*\*\*@127\.0\.0\.1:\d+\/kg.*ECONNREFUSED.*\n$/);
    expect(result.stderr).not.toContain('hunter2');
  });
});
