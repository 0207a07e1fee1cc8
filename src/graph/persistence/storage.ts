// The one interface every storage backend offers (SQLite embedded, PostgreSQL shared). Terminology:
// the *log* is everything stored, in the order it happened: each document with its extraction, and
// each curation operation. Replaying the log into an empty GraphStore rebuilds the graph exactly.
// Every write takes the next number of one *change sequence*; replicas that share a database
// follow each other by reading the changes numbered above the last one they applied.
import { type Extraction } from '../../domain/index.js';
import { type CurationOp } from '../curation.js';

/** Which backend holds the data. */
export type StorageBackend = 'sqlite' | 'postgres';

/** A stored document: its extraction (which holds the text and metadata) and its provenance. */
export interface DocumentEntry {
  readonly kind: 'document';
  /** Change number of its ingestion, which orders the log. */
  readonly seq: number;
  readonly extraction: Extraction;
  /** Version of the extractor that produced `extraction`. */
  readonly extractorVersion: string;
  /** When the document was first stored (ISO 8601). */
  readonly ingestedAt: string;
}

/** A stored curation operation. */
export interface CurationEntry {
  readonly kind: 'curation';
  readonly seq: number;
  readonly op: CurationOp;
  /** When the operation was made (ISO 8601). */
  readonly at: string;
  /** Who made it (the name of the API key), or null when writes were not authenticated. */
  readonly by: string | null;
  /**
   * Number of the undo that reverts it, when one in the same snapshot does (readLog says so;
   * changesSince leaves it null, since an undo makes its readers rebuild from readLog anyway).
   */
  readonly undoneBy: number | null;
}

/** One item of the log. */
export type LogEntry = DocumentEntry | CurationEntry;

/** A document deleted, as a follower learns of it: the log read whole simply no longer holds it. */
export interface RemovalEntry {
  readonly kind: 'removal';
  readonly seq: number;
  /** Id of the deleted document. */
  readonly document: string;
}

/** One change a follower applies: a log entry, or a deletion. */
export type ChangeEntry = LogEntry | RemovalEntry;

/** What one write did. */
export interface WriteOutcome {
  /** False when the write had nothing to do (document already there, or already gone). */
  readonly applied: boolean;
  /** Change number of the write; when not applied, the last change number the storage had. */
  readonly seq: number;
}

/** What appending a curation did: always applied, at this change number and time. */
export interface CurationWrite extends WriteOutcome {
  /** When it was stored (ISO 8601). */
  readonly at: string;
}

/** What changed after a given change number, as a follower needs it. */
export interface ChangeBatch {
  /** New documents, curation operations and deletions, in change order, to apply on top of the graph. */
  readonly entries: readonly ChangeEntry[];
  /** True when some change (a re-extraction, a restore) needs a rebuild from the whole log. */
  readonly rebuild: boolean;
  /** The last change number the batch covers. */
  readonly lastSeq: number;
}

/** A document to store: its extraction and the version of the extractor that produced it. */
export interface NewDocument {
  readonly extraction: Extraction;
  readonly extractorVersion: string;
}

/** Sizes of the stored log. */
export interface StorageCounts {
  readonly documents: number;
  readonly curations: number;
  readonly lastSeq: number;
}

/** Durable storage of the log. Writes resolve only once committed durably. */
export interface Storage {
  readonly backend: StorageBackend;
  /** Where the data is, for messages: a file path, or a database URL without its password. */
  readonly location: string;

  /** Stores a new document with its extraction in one transaction; not applied when its id is already stored. */
  addDocument(extraction: Extraction, extractorVersion: string): Promise<WriteOutcome>;
  /**
   * Stores several new documents in one transaction, in order, each with its own change number
   * (consecutive: no other write comes between them); one outcome per document, in the same order.
   * A document whose id is already stored, or comes earlier in the batch, is not applied. Resolves
   * only once all are committed; when it fails, none is stored.
   */
  addDocuments(documents: readonly NewDocument[]): Promise<WriteOutcome[]>;
  /**
   * Replaces a stored document's extraction (same document id), keeping its place in the log; not
   * applied when the document is gone or the extraction is unchanged.
   */
  replaceExtraction(extraction: Extraction, extractorVersion: string): Promise<WriteOutcome>;
  /** Deletes a document and its extraction; not applied when there is no such document. */
  removeDocument(id: string): Promise<WriteOutcome>;
  /** Appends a curation operation to the log; `by` names who made it (null when unknown). */
  appendCuration(op: CurationOp, by?: string | null): Promise<CurationWrite>;

  /**
   * Reads the whole log from one consistent snapshot, in change order, handing each entry to
   * `visit`; resolves to the last change number the snapshot holds. Each curation says which
   * undo of the snapshot reverts it (`undoneBy`), so a replay can leave it out.
   */
  readLog(visit: (entry: LogEntry) => void): Promise<number>;
  /** The stored document with this id, or undefined. */
  getDocument(id: string): Promise<DocumentEntry | undefined>;
  /** Ids of every stored document, in ingestion order. */
  documentIds(): Promise<string[]>;
  /** What changed after change number `seq`. */
  changesSince(seq: number): Promise<ChangeBatch>;
  /** Sizes of the log. */
  counts(): Promise<StorageCounts>;

  /** True once the seed articles were loaded (they are loaded on first start only). */
  isSeeded(): Promise<boolean>;
  /** Records that the seed articles were loaded. */
  markSeeded(): Promise<void>;

  /**
   * Loads a whole log (a restore) into an empty storage in one transaction, keeping each entry's
   * change number. Throws ConflictError when the storage already holds documents or operations.
   */
  importLog(entries: AsyncIterable<LogEntry>): Promise<StorageCounts>;

  /**
   * Calls `listener` soon after a process commits a change, with the change number when the
   * backend announces it (a listener must then look for changes up to at least that number);
   * returns a function that stops listening. Where the backend cannot tell, it checks periodically
   * and calls `listener` without a number.
   */
  watch(listener: (seq?: number) => void): () => void;

  /** Releases connections and files. */
  close(): Promise<void>;
}
