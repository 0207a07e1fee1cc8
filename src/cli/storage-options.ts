// The storage options shared by the commands that work on stored data directly (reindex, backup,
// restore): --data DIR for the SQLite file, --database-url URL for PostgreSQL, defaulting like the
// service (DATABASE_URL, then KG_DATA, then ./data). Storage failures become one-line CLI errors.
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Command } from 'commander';
import { KgError } from '../domain/index.js';
import { type Storage, openStorage, resolveStorageTarget } from '../graph/persistence/index.js';
import { CliError } from './read-article.js';

/** The parsed storage options. */
export interface StorageCliOptions {
  readonly data?: string;
  readonly databaseUrl?: string;
}

/** Adds --data and --database-url to `command`. */
export function addStorageOptions(command: Command): Command {
  return command
    .option('--data <dir>', 'directory of the SQLite file kg.sqlite (default: $KG_DATA, else ./data)')
    .option('--database-url <url>', 'PostgreSQL database instead of SQLite (default: $DATABASE_URL)');
}

/**
 * What a command needs before it opens a SQLite store: `existing` (backup, reindex) a kg.sqlite
 * file that is there, `new` (restore) a data directory that is there; neither is ever created, so
 * a mistyped --data fails instead of reading or filling an empty store somewhere else.
 */
export type StoreRequirement = 'existing' | 'new';

/** Opens the storage the options select, runs `work` on it and closes it; KgErrors become CliErrors. */
export async function withStorage<T>(options: StorageCliOptions, requirement: StoreRequirement, work: (storage: Storage) => Promise<T>): Promise<T> {
  if (options.data !== undefined && options.databaseUrl !== undefined) throw new CliError('give --data or --database-url, not both.');
  const selected = {
    ...(options.data === undefined ? {} : { dataDir: options.data }),
    ...(options.databaseUrl === undefined ? {} : { databaseUrl: options.databaseUrl }),
  };
  const target = resolveStorageTarget(selected);
  if (target.backend === 'sqlite') checkSqliteStore(target.file, requirement);
  let storage: Storage;
  try {
    storage = await openStorage(selected);
  } catch (error) {
    throw asCliError(error);
  }
  try {
    return await work(storage);
  } catch (error) {
    throw asCliError(error);
  } finally {
    await storage.close();
  }
}

/** Refuses a SQLite store that is not there, in one line saying what was looked for and how to choose another. */
function checkSqliteStore(file: string, requirement: StoreRequirement): void {
  const dir = dirname(file);
  if (!isDirectory(dir)) {
    throw new CliError(
      `there is no data directory ${dir}; give the directory that holds kg.sqlite with --data (or KG_DATA), or a PostgreSQL database with --database-url.`,
    );
  }
  if (requirement === 'existing' && !existsSync(file)) {
    throw new CliError(
      `there is no store in ${dir} (no kg.sqlite); give the directory that holds it with --data (or KG_DATA), or a PostgreSQL database with --database-url.`,
    );
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Our own errors, as one-line CLI errors with their code; anything else is left as it is. */
function asCliError(error: unknown): unknown {
  return error instanceof KgError ? new CliError(`${error.code}: ${error.message}`) : error;
}
