// Loading a folder of articles (seeds/*.txt) at start, through the same ingest service as the API.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Logger } from 'pino';
import { KgError } from '../domain/index.js';
import { type GraphStore } from '../graph/index.js';
import { ingestDocument } from './ingest-service.js';

/**
 * Ingests every `*.txt` of `dir`, in name order; returns how many were read. A missing folder
 * reads nothing; an unusable file is logged and skipped, so one bad seed cannot stop the service.
 */
export async function ingestFolder(store: GraphStore, dir: string, logger: Logger): Promise<number> {
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
      ingestDocument(store, { text, source: name });
      read += 1;
    } catch (error) {
      if (!(error instanceof KgError) && !isFileError(error)) throw error;
      logger.warn({ err: error, file: join(dir, name) }, 'seed article skipped');
    }
  }
  return read;
}

function isFileError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('E');
}
