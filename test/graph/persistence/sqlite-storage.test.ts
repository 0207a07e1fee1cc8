// The storage contract on SQLite files in a temporary directory, and what only SQLite can get
// wrong: files that are not SQLite, another application's database, a newer schema.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { StorageError } from '../../../src/domain/index.js';
import { PersistentGraph, SCHEMA_VERSION, SqliteStorage, openStorage } from '../../../src/graph/persistence/index.js';
import { almaty } from './fixtures.js';
import { describeCurationContract } from './curation.contract.js';
import { describeStorageContract } from './storage.contract.js';

const root = await mkdtemp(join(tmpdir(), 'news-kg-sqlite-'));
let files = 0;
afterAll(() => rm(root, { recursive: true, force: true }));

/** A path for a new SQLite file under the temporary directory. */
function newFile(): string {
  files += 1;
  return join(root, `kg-${files}.sqlite`);
}

/** The SQL of docs/SCALING.md, run on the storage's file through a connection of its own. */
const DOCUMENTS_NAMING = `SELECT d.id FROM kg_document_entities e JOIN kg_documents d ON d.id = e.document_id
  WHERE e.entity_id = ? ORDER BY d.seq`;

describeStorageContract('SQLite', {
  async newLocation() {
    const file = newFile();
    return async () => SqliteStorage.open(file);
  },
  async documentsNaming(storage, entityId) {
    const db = new Database(storage.location, { readonly: true });
    try {
      return db.prepare(DOCUMENTS_NAMING).pluck().all(entityId) as string[];
    } finally {
      db.close();
    }
  },
});

describeCurationContract('SQLite', {
  async newLocation() {
    const file = newFile();
    return async () => SqliteStorage.open(file);
  },
});

describe('SqliteStorage: files it cannot use', () => {
  it('refuses a file that is not a SQLite database with one clear StorageError', async () => {
    const file = newFile();
    await writeFile(file, 'this is not a database, just some text that happens to be here\n'.repeat(100));
    expect(() => SqliteStorage.open(file)).toThrow(StorageError);
    expect(() => SqliteStorage.open(file)).toThrow(/kg-\d+\.sqlite.*not a database/);
  });

  it('refuses an empty (0-byte) file that was already there, and still creates a new one', async () => {
    const truncated = newFile();
    await writeFile(truncated, '');
    expect(() => SqliteStorage.open(truncated)).toThrow(StorageError);
    const fresh = newFile();
    const storage = SqliteStorage.open(fresh);
    await storage.close();
    // Once made, the file has a header; opening it again works.
    const again = SqliteStorage.open(fresh);
    await again.close();
  });

  it("refuses another application's SQLite database", () => {
    const file = newFile();
    const other = new Database(file);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    other.close();
    expect(() => SqliteStorage.open(file)).toThrow(StorageError);
  });

  it('refuses a database written by a newer schema version', async () => {
    const file = newFile();
    await SqliteStorage.open(file).close();
    const db = new Database(file);
    db.prepare('INSERT INTO kg_schema_version (version, description, applied_at) VALUES (?, ?, ?)').run(SCHEMA_VERSION + 1, 'from the future', '2099-01-01');
    db.close();
    expect(() => SqliteStorage.open(file)).toThrow(/newer/);
  });

  it('reports a damaged extraction by document id when the graph is loaded', async () => {
    const file = newFile();
    const storage = SqliteStorage.open(file);
    await storage.addDocument(almaty, 'v1');
    await storage.close();
    const db = new Database(file);
    db.prepare('UPDATE kg_documents SET extraction = ? WHERE id = ?').run('{"document": {"id": ', almaty.document.id);
    db.close();
    const graph = new PersistentGraph(SqliteStorage.open(file));
    await expect(graph.load()).rejects.toThrow(StorageError);
    await expect(graph.load()).rejects.toThrow(almaty.document.id);
    await graph.close();
  });

  it('creates the data directory, and refuses one that cannot be created', async () => {
    const dir = join(root, 'nested', 'data');
    const storage = await openStorage({ dataDir: dir }, {});
    expect(storage.location).toBe(join(dir, 'kg.sqlite'));
    await storage.close();
    const blocker = join(root, 'a-file');
    await writeFile(blocker, 'x');
    await expect(openStorage({ dataDir: join(blocker, 'data') }, {})).rejects.toBeInstanceOf(StorageError);
  });

  it('keeps its data in WAL mode with full synchronous commits', async () => {
    const file = newFile();
    const storage = SqliteStorage.open(file);
    await storage.addDocument(almaty, 'v1');
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    await storage.close();
  });
});
