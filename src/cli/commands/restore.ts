// `kg restore FILE`: load a backup (docs/BACKUP.md) into an empty storage, SQLite or PostgreSQL,
// whichever wrote it, in one transaction: a damaged or truncated file restores nothing.
import { type Command } from 'commander';
import { readBackup } from '../../graph/persistence/index.js';
import { type StorageCliOptions, addStorageOptions, withStorage } from '../storage-options.js';

/** Register `restore` on the program. */
export function registerRestore(program: Command): void {
  addStorageOptions(
    program
      .command('restore')
      .description('Load a backup file into an empty storage (SQLite with --data, PostgreSQL with --database-url), all or nothing.')
      .argument('<file>', 'a backup written by kg backup'),
  ).action(async (file: string, options: StorageCliOptions) => {
    const counts = await withStorage(options, (storage) => storage.importLog(readBackup(file)));
    process.stdout.write(`kg restore: ${counts.documents} documents and ${counts.curations} curation operations restored from ${file}.\n`);
  });
}
