// Choosing and opening the storage backend: PostgreSQL when a database URL is given, otherwise
// the SQLite file kg.sqlite in the data directory. Explicit options win over the environment
// (DATABASE_URL, then KG_DATA), which wins over the default directory ./data.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StorageError } from '../../domain/index.js';
import { reason } from './codec.js';
import { PostgresStorage } from './postgres-storage.js';
import { SqliteStorage } from './sqlite-storage.js';
import { type Storage } from './storage.js';

/** Name of the SQLite file inside the data directory. */
export const SQLITE_FILE = 'kg.sqlite';

/** Data directory when neither an option nor KG_DATA names one (relative to the working directory). */
export const DEFAULT_DATA_DIR = 'data';

/** What the caller asked for; both optional. */
export interface StorageOptions {
  /** Directory of the SQLite file. */
  readonly dataDir?: string;
  /** PostgreSQL connection URL (postgres://user:password@host:port/database). */
  readonly databaseUrl?: string;
}

/** The storage the options and environment select. */
export type StorageTarget = { readonly backend: 'sqlite'; readonly file: string } | { readonly backend: 'postgres'; readonly url: string };

/** The storage that `options`, then the environment, select. */
export function resolveStorageTarget(options: StorageOptions = {}, env: NodeJS.ProcessEnv = process.env): StorageTarget {
  if (options.databaseUrl !== undefined && options.databaseUrl !== '') return { backend: 'postgres', url: options.databaseUrl };
  if (options.dataDir !== undefined && options.dataDir !== '') return { backend: 'sqlite', file: join(resolve(options.dataDir), SQLITE_FILE) };
  if (env.DATABASE_URL !== undefined && env.DATABASE_URL !== '') return { backend: 'postgres', url: env.DATABASE_URL };
  return { backend: 'sqlite', file: join(resolve(env.KG_DATA || DEFAULT_DATA_DIR), SQLITE_FILE) };
}

/** Opens the selected storage (creating the data directory when needed); throws StorageError in one line when it cannot. */
export async function openStorage(options: StorageOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<Storage> {
  const target = resolveStorageTarget(options, env);
  if (target.backend === 'postgres') return PostgresStorage.open(target.url);
  const dir = resolve(target.file, '..');
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new StorageError(`cannot create the data directory "${dir}" (${reason(error)}).`, { cause: error });
  }
  return SqliteStorage.open(target.file);
}

/** A private, empty in-memory SQLite storage (for tests and one-off tools): real storage code, nothing kept. */
export function openMemoryStorage(): Storage {
  return SqliteStorage.open(':memory:');
}
