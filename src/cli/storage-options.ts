// The storage options shared by the commands that work on stored data directly (reindex, backup,
// restore): --data DIR for the SQLite file, --database-url URL for PostgreSQL, defaulting like the
// service (DATABASE_URL, then KG_DATA, then ./data). Storage failures become one-line CLI errors.
import { type Command } from 'commander';
import { KgError } from '../domain/index.js';
import { type Storage, openStorage } from '../graph/persistence/index.js';
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

/** Opens the storage the options select, runs `work` on it and closes it; KgErrors become CliErrors. */
export async function withStorage<T>(options: StorageCliOptions, work: (storage: Storage) => Promise<T>): Promise<T> {
  if (options.data !== undefined && options.databaseUrl !== undefined) throw new CliError('give --data or --database-url, not both.');
  let storage: Storage;
  try {
    storage = await openStorage({
      ...(options.data === undefined ? {} : { dataDir: options.data }),
      ...(options.databaseUrl === undefined ? {} : { databaseUrl: options.databaseUrl }),
    });
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

/** Our own errors, as one-line CLI errors with their code; anything else is left as it is. */
function asCliError(error: unknown): unknown {
  return error instanceof KgError ? new CliError(`${error.code}: ${error.message}`) : error;
}
