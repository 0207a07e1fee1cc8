// `kg backup --out FILE`: write every stored document with its extraction, and the curation log,
// to one JSON-lines file (docs/BACKUP.md), from one consistent snapshot; the service may keep running.
import { type Command } from 'commander';
import { countOf } from '../../domain/index.js';
import { writeBackup } from '../../graph/persistence/index.js';
import { type StorageCliOptions, addStorageOptions, withStorage } from '../storage-options.js';

/** Register `backup` on the program. */
export function registerBackup(program: Command): void {
  addStorageOptions(
    program
      .command('backup')
      .description('Write all stored articles, their extractions and the curation log to a JSON-lines backup file (see docs/BACKUP.md).')
      .requiredOption('--out <file>', 'the backup file to write (replaced when it exists)'),
  ).action(async (options: StorageCliOptions & { out: string }) => {
    const counts = await withStorage(options, 'existing', (storage) => writeBackup(storage, options.out));
    process.stdout.write(
      `kg backup: ${countOf(counts.documents, 'document')} and ${countOf(counts.curations, 'curation operation')} written to ${options.out}.\n`,
    );
  });
}
