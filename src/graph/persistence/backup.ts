// The backup file: JSON lines, versioned, the same whichever backend wrote or reads it (see
// docs/BACKUP.md). A header line, one line per document with its extraction, the curation
// operations, and an end line with the counts, so a truncated file is refused instead of restored.
import { createReadStream, closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { type Extraction, InvalidInputError, countOf, documentId } from '../../domain/index.js';
import { isCurationOp } from '../curation.js';
import { reason } from './codec.js';
import { SCHEMA_VERSION } from './migrations.js';
import { type CurationEntry, type LogEntry, type Storage, type StorageCounts } from './storage.js';

/** The `format` of the header line. */
export const BACKUP_FORMAT = 'news-kg-backup';
/** The format version this code writes, and the newest it reads. */
export const BACKUP_VERSION = 1;

/** First line of a backup. */
export interface BackupHeader {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: number;
  readonly createdAt: string;
  /** Schema version of the storage it was taken from (for information; restore does not need it). */
  readonly schemaVersion: number;
  /** Backend it was taken from. */
  readonly backend: string;
}

/** A document line. */
interface DocumentLine {
  readonly type: 'document';
  readonly seq: number;
  readonly extractorVersion: string;
  readonly ingestedAt: string;
  readonly extraction: Extraction;
}

/** A curation line. */
interface CurationLine {
  readonly type: 'curation';
  readonly seq: number;
  readonly at: string;
  /** Who made it; absent in backups of news-kg before curations recorded it. */
  readonly by?: string | null;
  readonly op: CurationEntry['op'];
}

/** The last line. */
interface EndLine {
  readonly type: 'end';
  readonly documents: number;
  readonly curations: number;
}

/**
 * Writes every document and curation operation of `storage`, from one snapshot, to `file`. The
 * file appears only once complete (written beside it, flushed, then renamed). Returns the counts.
 */
export async function writeBackup(storage: Storage, file: string): Promise<StorageCounts> {
  const partial = `${file}.partial`;
  const fd = openSync(partial, 'w');
  try {
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      schemaVersion: SCHEMA_VERSION,
      backend: storage.backend,
    };
    writeSync(fd, `${JSON.stringify(header)}\n`);
    const curations: CurationLine[] = [];
    let documents = 0;
    const lastSeq = await storage.readLog((entry) => {
      if (entry.kind === 'curation') {
        curations.push({ type: 'curation', seq: entry.seq, at: entry.at, by: entry.by, op: entry.op });
        return;
      }
      const line: DocumentLine = {
        type: 'document',
        seq: entry.seq,
        extractorVersion: entry.extractorVersion,
        ingestedAt: entry.ingestedAt,
        extraction: entry.extraction,
      };
      writeSync(fd, `${JSON.stringify(line)}\n`);
      documents += 1;
    });
    for (const line of curations) writeSync(fd, `${JSON.stringify(line)}\n`);
    const end: EndLine = { type: 'end', documents, curations: curations.length };
    writeSync(fd, `${JSON.stringify(end)}\n`);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(partial, file);
    return { documents, curations: curations.length, lastSeq };
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // Already closed.
    }
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * The log entries of a backup file, in file order. Throws InvalidInputError naming the line when
 * the file is not a backup, is of a newer version, holds a malformed line or is truncated.
 */
export async function* readBackup(file: string): AsyncGenerator<LogEntry> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let number = 0;
  let ended: EndLine | undefined;
  let documents = 0;
  let curations = 0;
  const where = (): string => `"${file}" line ${number}`;
  for await (const text of lines) {
    number += 1;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new InvalidInputError(`${where()} is not JSON (${reason(error)}).`);
    }
    if (number === 1) {
      checkHeader(value, where());
      continue;
    }
    if (ended !== undefined) throw new InvalidInputError(`${where()} follows the end line.`);
    const line = (typeof value === 'object' && value !== null ? value : {}) as LooseLine;
    switch (line.type) {
      case 'document':
        documents += 1;
        yield documentFromLine(line, where());
        break;
      case 'curation':
        curations += 1;
        if (typeof line.seq !== 'number' || typeof line.at !== 'string' || !isCurationOp(line.op) || !isOptionalBy(line.by)) {
          throw new InvalidInputError(`${where()} is not a valid curation line.`);
        }
        yield { kind: 'curation', seq: line.seq, at: line.at, by: line.by ?? null, op: line.op, undoneBy: null };
        break;
      case 'end':
        if (typeof line.documents !== 'number' || typeof line.curations !== 'number') throw new InvalidInputError(`${where()} is not a valid end line.`);
        ended = { type: 'end', documents: line.documents, curations: line.curations };
        break;
      default:
        throw new InvalidInputError(`${where()} has an unknown type ${JSON.stringify(line.type)}.`);
    }
  }
  if (number === 0) throw new InvalidInputError(`"${file}" is empty.`);
  if (ended === undefined) throw new InvalidInputError(`"${file}" is truncated (no end line after line ${number}).`);
  if (ended.documents !== documents || ended.curations !== curations) {
    throw new InvalidInputError(
      `"${file}" is incomplete: its end line counts ${countOf(ended.documents, 'document')} and ${countOf(ended.curations, 'curation operation')}, the file holds ${documents} and ${curations}.`,
    );
  }
}

function checkHeader(value: unknown, where: string): void {
  const header = value as Partial<BackupHeader> | null;
  if (typeof header !== 'object' || header === null || header.format !== BACKUP_FORMAT) {
    throw new InvalidInputError(`${where} is not a news-kg backup header (expected "format": "${BACKUP_FORMAT}").`);
  }
  if (typeof header.version !== 'number' || header.version < 1 || header.version > BACKUP_VERSION) {
    throw new InvalidInputError(`${where}: backup format version ${String(header.version)} is not supported; this news-kg reads version ${BACKUP_VERSION}.`);
  }
}

/** A parsed line before its shape is checked. */
interface LooseLine {
  readonly type?: unknown;
  readonly seq?: unknown;
  readonly at?: unknown;
  readonly by?: unknown;
  readonly op?: unknown;
  readonly extractorVersion?: unknown;
  readonly ingestedAt?: unknown;
  readonly extraction?: unknown;
  readonly documents?: unknown;
  readonly curations?: unknown;
}

function isOptionalBy(value: unknown): value is string | null | undefined {
  return value === undefined || value === null || typeof value === 'string';
}

function documentFromLine(line: LooseLine, where: string): LogEntry {
  const { seq, extractorVersion, ingestedAt, extraction } = line;
  if (typeof seq !== 'number' || typeof extractorVersion !== 'string' || typeof ingestedAt !== 'string' || !isExtraction(extraction)) {
    throw new InvalidInputError(`${where} is not a valid document line.`);
  }
  // The id is the hash of the text: a line whose text was altered is refused.
  if (documentId(extraction.document.text) !== extraction.document.id) {
    throw new InvalidInputError(`${where}: document "${extraction.document.id}" does not match its text.`);
  }
  return { kind: 'document', seq, extractorVersion, ingestedAt, extraction };
}

/** The parts of an Extraction a restore relies on. */
function isExtraction(value: unknown): value is Extraction {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as {
    document?: { id?: unknown; text?: unknown; sentences?: unknown };
    entities?: unknown;
    relations?: unknown;
    statements?: unknown;
    facts?: unknown;
  };
  return (
    typeof candidate.document?.id === 'string' &&
    typeof candidate.document.text === 'string' &&
    Array.isArray(candidate.document.sentences) &&
    Array.isArray(candidate.entities) &&
    Array.isArray(candidate.relations) &&
    Array.isArray(candidate.statements) &&
    Array.isArray(candidate.facts)
  );
}
