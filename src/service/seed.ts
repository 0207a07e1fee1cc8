// Loading a folder of articles (seeds/*.txt) on first start, through the same ingest service as
// the API. "First start" is recorded in storage, so seeds come back neither after a restart nor
// after a curator deleted them.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Logger } from 'pino';
import { KgError, StorageError } from '../domain/index.js';
import { type PersistentGraph } from '../graph/persistence/index.js';
import { type Extractor, inProcessExtractor } from './extractor.js';
import { ingestDocument } from './ingest-service.js';

/**
 * Ingests every `*.txt` of `dir`, in name order; returns how many were read. A missing folder
 * reads nothing; an unusable file is logged and skipped, so one bad seed cannot stop the service.
 * A storage failure is not skipped: it stops the start.
 */
export async function ingestFolder(graph: PersistentGraph, dir: string, logger: Logger, extractor: Extractor = inProcessExtractor): Promise<number> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  } catch (error) {
    logger.warn({ err: error, dir }, 'no seed articles read');
    return 0;
  }
  let read = 0;
  for (const name of names) {
    try {
      const text = await readFile(join(dir, name), 'utf8');
      await ingestDocument(graph, { text, source: name }, extractor);
      read += 1;
    } catch (error) {
      if (error instanceof StorageError) throw error;
      if (!(error instanceof KgError) && !isFileError(error)) throw error;
      logger.warn({ err: error, file: join(dir, name) }, 'seed article skipped');
    }
  }
  return read;
}

/**
 * Ingests the seed articles when the storage has never been seeded and holds no document (a first
 * start), then records that it was seeded; returns how many were read (0 on later starts).
 */
export async function seedOnFirstStart(graph: PersistentGraph, dir: string, logger: Logger, extractor: Extractor = inProcessExtractor): Promise<number> {
  if (await graph.storage.isSeeded()) return 0;
  const read = (await graph.storage.counts()).documents > 0 ? 0 : await ingestFolder(graph, dir, logger, extractor);
  await graph.storage.markSeeded();
  return read;
}

function isFileError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('E');
}
