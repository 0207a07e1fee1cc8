// Durable storage of the graph: the Storage interface, its SQLite and PostgreSQL backends, the
// PersistentGraph that keeps the in-memory store in step with storage, and the backup format.
export {
  type ChangeBatch,
  type CurationEntry,
  type DocumentEntry,
  type LogEntry,
  type Storage,
  type StorageBackend,
  type StorageCounts,
  type WriteOutcome,
} from './storage.js';
export { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations.js';
export { SqliteStorage } from './sqlite-storage.js';
export { PostgresStorage, CHANGES_CHANNEL, redactUrl } from './postgres-storage.js';
export {
  openStorage,
  openMemoryStorage,
  resolveStorageTarget,
  SQLITE_FILE,
  DEFAULT_DATA_DIR,
  type StorageOptions,
  type StorageTarget,
} from './open-storage.js';
export {
  PersistentGraph,
  alreadyPresent,
  type CurationLogItem,
  type CurationResult,
  type LoadReport,
  type PersistenceLogger,
  type RemoveResult,
  type RemovedCounts,
} from './persistent-graph.js';
export { writeBackup, readBackup, BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader } from './backup.js';
