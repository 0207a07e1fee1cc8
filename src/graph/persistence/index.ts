// Durable storage of the graph: the Storage interface, its SQLite and PostgreSQL backends, the
// PersistentGraph that keeps the in-memory store in step with storage, and the backup format.
export { type ChangeEntry, type LogEntry, type Storage } from './storage.js';
export { SCHEMA_VERSION } from './migrations.js';
export { SqliteStorage } from './sqlite-storage.js';
export { PostgresStorage } from './postgres-storage.js';
export { openStorage, openMemoryStorage, resolveStorageTarget } from './open-storage.js';
export {
  PersistentGraph,
  alreadyPresent,
  type CurationLogItem,
  type CurationResult,
  type LoadReport,
  type RemoveResult,
  type RemovedCounts,
} from './persistent-graph.js';
export { writeBackup, readBackup } from './backup.js';
