// The graph in memory kept in step with durable storage. Every write is committed to storage
// first and applied to the GraphStore only then, so what readers see is always on disk. Writes of
// this process run one at a time, and each is applied at its place in the change sequence: changes
// other processes committed before it are applied first, exactly as a rebuild from the log would
// apply them, so every replica's graph equals the one a restart would load.
import { ConflictError, type Extraction, KgError, NotFoundError, StorageError } from '../../domain/index.js';
import { type DocumentRecord } from '../attributes.js';
import { type CurationOp } from '../curation.js';
import { type AddedCounts, type ApplyResult, GraphStore } from '../store.js';
import { reason } from './codec.js';
import { type CurationEntry, type LogEntry, type Storage } from './storage.js';

/** Where the persistent graph reports what it skipped or failed to do in the background. */
export interface PersistenceLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/** What loading the stored log did. */
export interface LoadReport {
  readonly documents: number;
  readonly curations: number;
  /** Curation operations that no longer apply (their entities are gone), skipped as on every rebuild. */
  readonly skippedCurations: number;
  readonly milliseconds: number;
}

/** One curation of the log as the graph applied it. */
export interface CurationLogItem extends CurationEntry {
  /** False when the operation no longer applied when the graph was last rebuilt (or was undone). */
  readonly applied: boolean;
}

/** What a curation did: the id of the entity or relation it leaves, and the curation as logged. */
export interface CurationResult {
  readonly id: string;
  readonly curation: CurationLogItem;
}

/** How many things a deletion took out of the graph (those other documents support stay). */
export type RemovedCounts = AddedCounts;

/** What deleting a document did. */
export interface RemoveResult {
  readonly document: DocumentRecord;
  readonly removed: RemovedCounts;
}

const NOTHING: AddedCounts = { entities: 0, relations: 0, statements: 0, facts: 0 };

const SILENT: PersistenceLogger = { info: () => undefined, warn: () => undefined };

/** A GraphStore and the Storage that makes it durable. */
export class PersistentGraph {
  /** The graph readers query; only this class writes it. */
  readonly store: GraphStore;
  readonly storage: Storage;
  readonly #logger: PersistenceLogger;
  /** The last change of the log that the store reflects. */
  #lastSeq = 0;
  /** Tail of the queue of writes and syncs: they run one at a time. */
  #queue: Promise<unknown> = Promise.resolve();
  #syncQueued = false;
  /** Highest change number announced by a notification. */
  #notified = 0;
  /** True when a check without a change number (a periodic one) is pending. */
  #checkRequested = false;
  #stopWatching: (() => void) | undefined;
  /** The curation log the graph reflects, in change order. */
  #history: CurationLogItem[] = [];

  constructor(storage: Storage, store: GraphStore = new GraphStore(), logger: PersistenceLogger = SILENT) {
    this.storage = storage;
    this.store = store;
    this.#logger = logger;
  }

  /** Number of the last change the graph reflects. */
  get lastSeq(): number {
    return this.#lastSeq;
  }

  /**
   * Replaces the store's contents with the stored log, replayed in order. Throws StorageError in one
   * line when the storage cannot be read or holds something that cannot be applied.
   */
  load(): Promise<LoadReport> {
    return this.#exclusive(async () => {
      const started = performance.now();
      const tally = { documents: 0, curations: 0, skippedCurations: 0 };
      this.store.reset();
      this.#history = [];
      // Nothing is served yet, so entries are applied as they arrive instead of being held first.
      this.#lastSeq = await this.storage.readLog((entry) => this.#apply(entry, tally));
      return { ...tally, milliseconds: performance.now() - started };
    });
  }

  /**
   * Stores a document with its extraction durably, then applies it. A document already stored
   * (here or by another process) is not stored again: the result says alreadyPresent.
   */
  async addExtraction(extraction: Extraction, extractorVersion: string): Promise<ApplyResult> {
    const [result] = await this.addExtractions([extraction], extractorVersion);
    return result ?? alreadyPresent(extraction.document);
  }

  /**
   * Stores several documents with their extractions in one transaction, then applies them in
   * order; resolves (one result per extraction, in order) only once all are committed, and stores
   * none when storage fails. A document already stored, here, by another process or earlier in the
   * batch, is not stored again: its result says alreadyPresent.
   */
  addExtractions(extractions: readonly Extraction[], extractorVersion: string): Promise<ApplyResult[]> {
    return this.#exclusive(async () => {
      if (extractions.length === 0) return [];
      const outcomes = await this.storage.addDocuments(extractions.map((extraction) => ({ extraction, extractorVersion })));
      const stored = (i: number): DocumentRecord | undefined => extractions[i] && this.store.getDocument(extractions[i].document.id);
      const first = outcomes.find((o) => o.applied);
      // Nothing new: another process may have stored them a moment ago, so bring the graph up to date first.
      if (first === undefined) await this.#catchUp();
      // The batch's changes are numbered consecutively, so the changes of others all come before the first.
      else if (await this.#catchUp(first.seq - 1)) {
        // A rebuild read a snapshot that already holds this batch: what each document added is unknown.
        return extractions.map((e, i) => ({ ...alreadyPresent(stored(i) ?? e.document), alreadyPresent: !(outcomes[i]?.applied ?? false) }));
      }
      return extractions.map((extraction, i) => {
        const outcome = outcomes[i];
        if (outcome?.applied !== true) return alreadyPresent(stored(i) ?? extraction.document);
        this.#lastSeq = outcome.seq;
        return this.store.applyExtraction(extraction);
      });
    });
  }

  /**
   * Deletes a document and everything only it supported, so entities, relations, statements and
   * facts other documents support stay: in place when that leaves the graph a replay of the log
   * without it would, else by that replay (see GraphStore.removeDocumentInPlace). Throws
   * NotFoundError when there is no such document.
   */
  removeDocument(id: string): Promise<RemoveResult> {
    return this.#exclusive(async () => {
      await this.#catchUp();
      const document = this.store.getDocument(id) ?? (await this.storage.getDocument(id))?.extraction.document;
      const outcome = await this.storage.removeDocument(id);
      if (!outcome.applied || document === undefined) throw new NotFoundError(`deleteDocument: no document "${id}".`);
      const before = this.#sizes();
      if (!(await this.#catchUp(outcome.seq - 1))) await this.#removeFromGraph(id, outcome.seq);
      const after = this.#sizes();
      return {
        document,
        removed: {
          entities: Math.max(0, before.entities - after.entities),
          relations: Math.max(0, before.relations - after.relations),
          statements: Math.max(0, before.statements - after.statements),
          facts: Math.max(0, before.facts - after.facts),
        },
      };
    });
  }

  /**
   * Checks a curation operation against the graph, stores it in the curation log with its author
   * (`by`, null when unknown), then applies it; returns the id of the entity or relation it leaves
   * and the curation as logged. An undo is checked against the log and applied by rebuilding the
   * graph from the log without the curation it reverts, so the graph is exactly what it would have
   * been without it. Throws (NotFoundError, InvalidInputError, ConflictError) without storing
   * anything when it cannot apply.
   */
  curate(op: CurationOp, by: string | null = null): Promise<CurationResult> {
    return this.#exclusive(async () => {
      await this.#catchUp();
      if (op.kind === 'undo') this.#checkUndo(op.seq);
      else this.store.checkCuration(op);
      const outcome = await this.storage.appendCuration(op, by);
      const entry: CurationEntry = { kind: 'curation', seq: outcome.seq, op, at: outcome.at, by, undoneBy: null };
      if (op.kind === 'undo') {
        await this.#rebuild();
        return { id: String(op.seq), curation: this.#logged(entry) };
      }
      if (await this.#catchUp(outcome.seq - 1)) return { id: this.#curatedId(op), curation: this.#logged(entry) };
      this.#lastSeq = outcome.seq;
      // Another process's change may have come first and made the operation moot; a rebuild then
      // skips it too, so the graph stays what the log says, and the caller hears why.
      let id: string;
      try {
        id = this.store.applyCuration(op, entry);
      } catch (error) {
        this.#history.push({ ...entry, applied: false });
        throw error;
      }
      const item = { ...entry, applied: true };
      this.#history.push(item);
      return { id, curation: item };
    });
  }

  /** The curations of the log the graph reflects, newest first. */
  curations(): readonly CurationLogItem[] {
    return [...this.#history].reverse();
  }

  /** The logged curation numbered `seq`, or undefined. */
  curation(seq: number): CurationLogItem | undefined {
    return this.#history.find((item) => item.seq === seq);
  }

  /** Throws unless the curation numbered `seq` exists and is in effect. */
  #checkUndo(seq: number): void {
    const target = this.curation(seq);
    if (target === undefined) throw new NotFoundError(`undoCuration: no curation ${seq}.`);
    if (target.undoneBy !== null) throw new ConflictError(`undoCuration: curation ${seq} is already undone (by curation ${target.undoneBy}).`);
  }

  /** `entry` as the graph holds it after a rebuild (or as given when the rebuild did not see it). */
  #logged(entry: CurationEntry): CurationLogItem {
    return this.curation(entry.seq) ?? { ...entry, applied: true };
  }

  /** The entity or relation a curation is about, as the graph names it now. */
  #curatedId(op: CurationOp): string {
    switch (op.kind) {
      case 'merge':
        return this.store.resolveEntityId(op.keep) ?? op.keep;
      case 'rename':
      case 'set-type':
        return this.store.resolveEntityId(op.id) ?? op.id;
      case 'reject':
      case 'restore':
      case 'confirm':
        return op.relation;
      case 'add-relation':
        return op.subject;
      case 'undo':
        return String(op.seq);
      default: {
        const unreachable: never = op;
        throw new Error(`curate: unknown operation ${JSON.stringify(unreachable)}.`);
      }
    }
  }

  /** Applies what other processes committed since the last change the graph reflects. */
  sync(): Promise<void> {
    return this.#exclusive(async () => {
      await this.#catchUp();
    });
  }

  /** Starts following other processes' writes (NOTIFY on PostgreSQL, a periodic check on SQLite). */
  follow(): void {
    this.#stopWatching ??= this.storage.watch((seq) => this.#requestSync(seq));
  }

  /** Stops following, waits for the writes in progress, and closes the storage. */
  async close(): Promise<void> {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
    await this.#queue;
    await this.storage.close();
  }

  /**
   * Queues one sync unless one is already waiting. `seq` is the change a notification announced:
   * one this graph already reflects (its own write, typically) needs no sync.
   */
  #requestSync(seq?: number): void {
    if (seq === undefined) this.#checkRequested = true;
    else this.#notified = Math.max(this.#notified, seq);
    if (!this.#checkRequested && this.#notified <= this.#lastSeq) return;
    if (this.#syncQueued) return;
    this.#syncQueued = true;
    this.#exclusive(async () => {
      this.#syncQueued = false;
      if (!this.#checkRequested && this.#notified <= this.#lastSeq) return;
      this.#checkRequested = false;
      await this.#catchUp();
    }).catch((error: unknown) => this.#logger.warn({ err: error }, 'could not follow the changes of other processes; will retry'));
  }

  /**
   * Applies the changes after #lastSeq, up to `upTo` when given (the caller's own change comes
   * next). Returns true when it had to rebuild from the whole log instead (re-extractions, restores,
   * undos and the deletions that cannot be made in place), which leaves the graph at the newest change.
   */
  async #catchUp(upTo = Infinity): Promise<boolean> {
    if (upTo <= this.#lastSeq) return false;
    const batch = await this.storage.changesSince(this.#lastSeq);
    // An undo reverts an earlier curation: only a replay of the whole log can leave it out.
    if (batch.rebuild || batch.entries.some((e) => e.kind === 'curation' && e.op.kind === 'undo')) {
      await this.#rebuild();
      return true;
    }
    const tally = { documents: 0, curations: 0, skippedCurations: 0 };
    for (const entry of batch.entries) {
      if (entry.seq > upTo) break;
      if (entry.kind === 'removal') {
        // The rebuild, when the deletion needs one, reads the newest log: nothing of the batch is left to apply.
        if (await this.#removeFromGraph(entry.document, entry.seq)) return true;
        continue;
      }
      this.#apply(entry, tally);
      this.#lastSeq = entry.seq;
    }
    if (upTo === Infinity) this.#lastSeq = Math.max(this.#lastSeq, batch.lastSeq);
    else if (batch.lastSeq > upTo) this.#requestSync(batch.lastSeq);
    return false;
  }

  /**
   * Reads the whole log and replays it into a new store beside the live one, yielding to the event
   * loop every REBUILD_SLICE_MS, then hands the new store over in one synchronous step: readers
   * keep getting answers meanwhile, from the graph as it was before the change that needs the
   * rebuild (that change shows once the rebuild is done; writes wait for it in the queue). The
   * new graph's search index is built the same way first, when the live one had been.
   */
  async #rebuild(): Promise<void> {
    const fresh = this.store.emptyLike();
    const history: CurationLogItem[] = [];
    const tally = { documents: 0, curations: 0, skippedCurations: 0 };
    // Entries are applied while the log is still being read (it yields between pages), and each is
    // let go once applied. Reading runs well ahead of applying (at 20,000 generated documents, up
    // to 16,000 entries read and not yet applied), so this does not bound what is held; what keeps
    // the pauses short is the page of 100 parsed at a time and the 10 ms slices of applying.
    const pending: (LogEntry | undefined)[] = [];
    let reading = true;
    const read = this.storage.readLog((entry) => pending.push(entry));
    const stop = (): void => {
      reading = false;
    };
    read.then(stop, stop);
    let next = 0;
    while (reading || next < pending.length) {
      const sliceStarted = performance.now();
      for (; next < pending.length && performance.now() - sliceStarted <= REBUILD_SLICE_MS; next += 1) {
        const entry = pending[next];
        pending[next] = undefined;
        if (entry !== undefined) applyEntry(fresh, history, entry, tally);
      }
      if (next === pending.length) {
        pending.length = 0;
        next = 0;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    const lastSeq = await read;
    // Searches would otherwise wait for the new graph's index after the hand-over.
    if (this.store.fullText.started) await fresh.fullText.whenBuilt();
    this.store.adopt(fresh);
    this.#history = history;
    this.#lastSeq = lastSeq;
  }

  /**
   * Takes the document deleted by change `seq` out of the graph: in place when it can be, else by
   * a rebuild from the newest log, in which case it returns true.
   */
  async #removeFromGraph(id: string, seq: number): Promise<boolean> {
    const why = this.store.removeDocumentInPlace(id, this.#history);
    if (why === undefined) {
      this.#lastSeq = seq;
      return false;
    }
    this.#logger.info({ document: id, why }, 'the deletion is applied by a rebuild from the log');
    await this.#rebuild();
    return true;
  }

  /** Applies one log entry to the live store; see applyEntry. */
  #apply(entry: LogEntry, tally: Tally): void {
    applyEntry(this.store, this.#history, entry, tally);
  }

  #sizes(): AddedCounts {
    return {
      entities: this.store.graph.order,
      relations: this.store.graph.size,
      statements: [...this.store.statements()].length,
      facts: [...this.store.facts()].length,
    };
  }

  /** Runs `work` after every write and sync queued before it. */
  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

/** What a replay counted. */
interface Tally {
  documents: number;
  curations: number;
  skippedCurations: number;
}

/** Longest stretch a rebuild runs without letting the event loop answer requests, in milliseconds. */
const REBUILD_SLICE_MS = 10;

/**
 * Applies one log entry to `store`, recording curations in `history`; a curation operation that no
 * longer applies is skipped, as on every replay.
 */
function applyEntry(store: GraphStore, history: CurationLogItem[], entry: LogEntry, tally: Tally): void {
  if (entry.kind === 'document') {
    try {
      store.applyExtraction(entry.extraction);
    } catch (error) {
      throw new StorageError(`the stored extraction of document "${entry.extraction.document.id}" cannot be applied (${reason(error)}).`, {
        cause: error,
      });
    }
    tally.documents += 1;
    return;
  }
  if (entry.undoneBy !== null) {
    history.push({ ...entry, applied: false });
    tally.curations += 1;
    return;
  }
  try {
    store.applyCuration(entry.op, entry);
    history.push({ ...entry, applied: true });
    tally.curations += 1;
  } catch (error) {
    if (!(error instanceof KgError)) throw error;
    history.push({ ...entry, applied: false });
    tally.skippedCurations += 1;
  }
}

/** The result of ingesting a document that was already there. */
export function alreadyPresent(document: DocumentRecord): ApplyResult {
  return { document, alreadyPresent: true, added: NOTHING, newEntityIds: [], mergedInto: new Map() };
}
