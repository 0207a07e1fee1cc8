// Crash recovery on the embedded backend: a SQLite file in a temporary directory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { SqliteStorage } from '../../src/graph/persistence/index.js';
import { describeCrashTest } from './crash.contract.js';

const root = await mkdtemp(join(tmpdir(), 'news-kg-crash-'));
afterAll(() => rm(root, { recursive: true, force: true }));
let runs = 0;

describeCrashTest('SQLite', {
  async newStorage() {
    runs += 1;
    const dir = join(root, `data-${runs}`);
    return { env: { KG_DATA: dir }, open: async () => SqliteStorage.open(join(dir, 'kg.sqlite')) };
  },
});
