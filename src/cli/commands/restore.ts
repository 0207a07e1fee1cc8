// `kg restore FILE`: load a backup (docs/BACKUP.md) into an empty storage, SQLite or PostgreSQL,
// whichever wrote it, in one transaction: a damaged or truncated file restores nothing. The file is
// read through once before the storage is opened, so a missing or damaged file touches nothing.
import { access, constants, stat } from 'node:fs/promises';
import { type Command } from 'commander';
import { KgError, countOf } from '../../domain/index.js';
import { readBackup } from '../../graph/persistence/index.js';
import { CliError } from '../read-article.js';
import { type StorageCliOptions, addStorageOptions, withStorage } from '../storage-options.js';

/** Register `restore` on the program. */
export function registerRestore(program: Command): void {
  addStorageOptions(
    program
      .command('restore')
      .description('Load a backup file into an empty storage (SQLite with --data, PostgreSQL with --database-url), all or nothing.')
      .argument('<file>', 'a backup written by kg backup'),
  ).action(async (file: string, options: StorageCliOptions) => {
    await checkBackupFile(file);
    const counts = await withStorage(options, 'new', (storage) => storage.importLog(readBackup(file)));
    process.stdout.write(
      `kg restore: ${countOf(counts.documents, 'document')} and ${countOf(counts.curations, 'curation operation')} restored from ${file}.\n`,
    );
  });
}

/** Reads the whole backup once, checking every line, without any storage; throws CliError when it is missing or damaged. */
async function checkBackupFile(file: string): Promise<void> {
  try {
    await access(file, constants.R_OK);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new CliError(`cannot read the backup file "${file}" (${code}); nothing was restored.`);
  }
  if (!(await stat(file)).isFile()) throw new CliError(`"${file}" is not a file; give the backup file written by kg backup. Nothing was restored.`);
  try {
    for await (const entry of readBackup(file)) void entry;
  } catch (error) {
    if (error instanceof KgError) throw new CliError(`${error.message.replace(/\.$/, '')}; nothing was restored.`);
    throw error;
  }
}
