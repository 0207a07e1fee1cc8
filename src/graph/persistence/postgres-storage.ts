// The shared backend: PostgreSQL through `pg`, for several service processes on one database.
// Every write locks the one row of kg_counter, takes the next change number and commits with
// synchronous_commit on, so change numbers are committed in order, without gaps, and durably;
// it also sends NOTIFY, which the other processes LISTEN for to load the changes above the last
// one they applied (with a periodic check as a safety net for a dropped listening connection).
import pg from 'pg';
import { ConflictError, type Extraction, KgError, StorageError, countOf } from '../../domain/index.js';
import { type CurationOp } from '../curation.js';
import {
  type CurationRow,
  type DocumentRow,
  curationJson,
  documentEntityRows,
  documentEntry,
  documentRow,
  extractionJson,
  operationInWords,
  reason,
} from './codec.js';
import { changeBatch, changesNeedRebuild, logInterleaver } from './log-assembly.js';
import { SCHEMA_VERSION_TABLE, pendingMigrations } from './migrations.js';
import {
  type ChangeBatch,
  type CurationWrite,
  type DocumentEntry,
  type LogEntry,
  type NewDocument,
  type Storage,
  type StorageCounts,
  type WriteOutcome,
} from './storage.js';

/** The NOTIFY channel of committed changes; the payload is the change number. */
export const CHANGES_CHANNEL = 'news_kg_changes';

/** Connections per process: writes are serialised anyway, reads are served from memory. */
const POOL_SIZE = 4;
const CONNECT_TIMEOUT_MS = 5_000;
/** Delay before a dropped listening connection is opened again. */
const RELISTEN_DELAY_MS = 1_000;
/** Period of the safety-net check for changes whose notification was missed. */
const POLL_INTERVAL_MS = 5_000;
/** Documents read per round trip when the whole log is read. */
const PAGE_SIZE = 100;

const DOCUMENT_COLUMNS = `id, seq, title, source, published_at AS "publishedAt", text, extraction,
  extractor_version AS "extractorVersion", ingested_at AS "ingestedAt"`;

type Client = pg.PoolClient;
type ChangeKind = 'add' | 'replace' | 'remove' | 'curate' | 'restore';
/** A change a write made, to record in kg_changes. */
interface Change {
  readonly seq: number;
  readonly kind: ChangeKind;
  readonly documentId: string | null;
  readonly at: string;
}

/** The PostgreSQL backend. Open it with PostgresStorage.open(). */
export class PostgresStorage implements Storage {
  readonly backend = 'postgres';
  readonly location: string;
  readonly #url: string;
  readonly #pool: pg.Pool;
  readonly #stops = new Set<() => void>();

  private constructor(url: string, pool: pg.Pool) {
    this.#url = url;
    this.#pool = pool;
    this.location = redactUrl(url);
  }

  /**
   * Connects to the database at `url` and brings its schema up to date. Throws StorageError, in
   * one line, when the database cannot be reached or used.
   */
  static async open(url: string): Promise<PostgresStorage> {
    const pool = new pg.Pool(connectionConfig(url, POOL_SIZE));
    // An idle connection that breaks (server restart) is replaced on next use; nothing to do here.
    pool.on('error', () => undefined);
    const storage = new PostgresStorage(url, pool);
    try {
      await storage.#migrate();
      return storage;
    } catch (error) {
      await pool.end().catch(() => undefined);
      if (error instanceof KgError) throw error;
      throw new StorageError(`cannot use PostgreSQL at ${storage.location} (${connectionProblem(error)}).`, { cause: error });
    }
  }

  addDocument(extraction: Extraction, extractorVersion: string): Promise<WriteOutcome> {
    return this.#write('addDocument', (client, lastSeq) => insertDocument(client, extraction, extractorVersion, lastSeq + 1));
  }

  addDocuments(documents: readonly NewDocument[]): Promise<WriteOutcome[]> {
    return this.#writeAll('addDocuments', (client, lastSeq) => insertDocuments(client, documents, lastSeq));
  }

  replaceExtraction(extraction: Extraction, extractorVersion: string): Promise<WriteOutcome> {
    const id = extraction.document.id;
    const json = extractionJson(extraction);
    return this.#write('replaceExtraction', async (client, lastSeq) => {
      const stored = await client.query<{ extraction: string; version: string }>(
        'SELECT extraction, extractor_version AS version FROM kg_documents WHERE id = $1',
        [id],
      );
      const row = stored.rows[0];
      if (row === undefined || (row.extraction === json && row.version === extractorVersion)) return undefined;
      const seq = lastSeq + 1;
      const at = new Date().toISOString();
      await client.query('UPDATE kg_documents SET extraction = $1, extractor_version = $2, title = $3, extracted_at = $4 WHERE id = $5', [
        json,
        extractorVersion,
        extraction.document.title,
        at,
        id,
      ]);
      await client.query('DELETE FROM kg_document_entities WHERE document_id = $1', [id]);
      await insertEntities(client, extraction);
      return { seq, kind: 'replace', documentId: id, at };
    });
  }

  removeDocument(id: string): Promise<WriteOutcome> {
    return this.#write('removeDocument', async (client, lastSeq) => {
      const deleted = await client.query('DELETE FROM kg_documents WHERE id = $1', [id]);
      if (deleted.rowCount === 0) return undefined;
      return { seq: lastSeq + 1, kind: 'remove', documentId: id, at: new Date().toISOString() };
    });
  }

  async appendCuration(op: CurationOp, by: string | null = null): Promise<CurationWrite> {
    let at = '';
    const outcome = await this.#write('appendCuration', async (client, lastSeq) => {
      const seq = lastSeq + 1;
      at = new Date().toISOString();
      await client.query('INSERT INTO kg_curations (seq, op, created_at, created_by) VALUES ($1, $2, $3, $4)', [seq, curationJson(op), at, by]);
      return { seq, kind: 'curate', documentId: null, at };
    });
    return { ...outcome, at };
  }

  readLog(visit: (entry: LogEntry) => void): Promise<number> {
    return this.#snapshot('readLog', async (client) => {
      const lastSeq = await readLastSeq(client);
      const log = logInterleaver(await readCurations(client, 'WHERE seq <= $1', lastSeq), visit);
      let after = 0;
      for (;;) {
        const page = await client.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM kg_documents WHERE seq > $1 ORDER BY seq LIMIT ${PAGE_SIZE}`, [after]);
        for (const raw of page.rows) {
          const row = { ...raw, seq: Number(raw.seq) };
          log.document(row);
          after = row.seq;
        }
        if (page.rows.length < PAGE_SIZE) break;
      }
      log.end();
      return lastSeq;
    });
  }

  getDocument(id: string): Promise<DocumentEntry | undefined> {
    return this.#query('getDocument', async (client) => {
      const { rows } = await client.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM kg_documents WHERE id = $1`, [id]);
      const row = rows[0];
      return row === undefined ? undefined : documentEntry({ ...row, seq: Number(row.seq) });
    });
  }

  documentIds(): Promise<string[]> {
    return this.#query('documentIds', async (client) => (await client.query<{ id: string }>('SELECT id FROM kg_documents ORDER BY seq')).rows.map((r) => r.id));
  }

  changesSince(seq: number): Promise<ChangeBatch> {
    return this.#snapshot('changesSince', async (client) => {
      const changes = (
        await client.query<{ seq: string; kind: string; document_id: string | null }>(
          'SELECT seq, kind, document_id FROM kg_changes WHERE seq > $1 ORDER BY seq',
          [seq],
        )
      ).rows.map((c) => ({ seq: Number(c.seq), kind: c.kind, document_id: c.document_id }));
      if (changes.length === 0 || changesNeedRebuild(changes)) return changeBatch(changes, new Map(), new Map(), seq);
      const documents = new Map(
        (await client.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM kg_documents WHERE seq > $1`, [seq])).rows.map((row) => [
          Number(row.seq),
          { ...row, seq: Number(row.seq) },
        ]),
      );
      const curations = new Map((await readCurations(client, 'WHERE seq > $1', seq)).map((c) => [c.seq, c]));
      return changeBatch(changes, documents, curations, seq);
    });
  }

  counts(): Promise<StorageCounts> {
    return this.#query('counts', (client) => readCounts(client));
  }

  isSeeded(): Promise<boolean> {
    return this.#query('isSeeded', async (client) => (await client.query(`SELECT 1 FROM kg_meta WHERE key = 'seeded_at'`)).rowCount !== 0);
  }

  async markSeeded(): Promise<void> {
    await this.#query('markSeeded', (client) =>
      client.query(`INSERT INTO kg_meta (key, value) VALUES ('seeded_at', $1) ON CONFLICT (key) DO NOTHING`, [new Date().toISOString()]),
    );
  }

  importLog(entries: AsyncIterable<LogEntry>): Promise<StorageCounts> {
    return this.#transaction('importLog', async (client) => {
      const lastSeq = Number((await client.query<{ last_seq: string }>('SELECT last_seq FROM kg_counter WHERE id = 1 FOR UPDATE')).rows[0]?.last_seq ?? 0);
      const before = await readCounts(client);
      if (before.documents > 0 || before.curations > 0) {
        throw new ConflictError(
          `${this.location} already holds ${countOf(before.documents, 'document')} and ${countOf(before.curations, 'curation operation')}; restore into an empty store.`,
        );
      }
      let maxSeq = lastSeq;
      for await (const entry of entries) {
        if (entry.kind === 'document') {
          const row = documentRow(entry.extraction, entry.extractorVersion, entry.seq, entry.ingestedAt);
          await client.query(
            `INSERT INTO kg_documents (id, seq, title, source, published_at, text, extraction, extractor_version, ingested_at, extracted_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
            [row.id, row.seq, row.title, row.source, row.publishedAt, row.text, row.extraction, row.extractorVersion, row.ingestedAt],
          );
          await insertEntities(client, entry.extraction);
        } else {
          await client.query('INSERT INTO kg_curations (seq, op, created_at, created_by) VALUES ($1, $2, $3, $4)', [
            entry.seq,
            curationJson(entry.op),
            entry.at,
            entry.by,
          ]);
        }
        maxSeq = Math.max(maxSeq, entry.seq);
      }
      // One more change tells the running services to rebuild from the restored log.
      await recordChanges(client, [{ seq: maxSeq + 1, kind: 'restore', documentId: null, at: new Date().toISOString() }]);
      return readCounts(client);
    });
  }

  watch(listener: (seq?: number) => void): () => void {
    let stopped = false;
    let client: pg.Client | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const reconnect = (): void => {
      client = undefined;
      if (stopped || retry !== undefined) return;
      retry = setTimeout(() => {
        retry = undefined;
        void listen();
      }, RELISTEN_DELAY_MS);
      retry.unref();
    };
    const listen = async (): Promise<void> => {
      const candidate = new pg.Client(connectionConfig(this.#url, 1));
      candidate.on('notification', (message) => {
        const seq = Number(message.payload);
        listener(Number.isSafeInteger(seq) ? seq : undefined);
      });
      candidate.on('error', () => reconnect());
      candidate.on('end', () => reconnect());
      try {
        await candidate.connect();
        await candidate.query(`LISTEN ${CHANGES_CHANNEL}`);
        if (stopped) {
          await candidate.end();
          return;
        }
        client = candidate;
        // Whatever was committed while no connection listened.
        listener(undefined);
      } catch {
        await candidate.end().catch(() => undefined);
        reconnect();
      }
    };
    const poll = setInterval(() => listener(undefined), POLL_INTERVAL_MS);
    poll.unref();
    void listen();
    const stop = (): void => {
      stopped = true;
      clearInterval(poll);
      if (retry !== undefined) clearTimeout(retry);
      void client?.end().catch(() => undefined);
      this.#stops.delete(stop);
    };
    this.#stops.add(stop);
    return stop;
  }

  async close(): Promise<void> {
    for (const stop of [...this.#stops]) stop();
    if (!this.#pool.ended) await this.#pool.end();
  }

  /** Applies the migrations the database still needs, in one transaction, one process at a time. */
  async #migrate(): Promise<void> {
    await this.#transaction('openStorage', async (client) => {
      // Several replicas may start together: the first migrates, the others wait and find nothing to do.
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('news-kg schema'))`);
      await client.query(SCHEMA_VERSION_TABLE);
      const current = Number((await client.query<{ v: number }>('SELECT COALESCE(MAX(version), 0) AS v FROM kg_schema_version')).rows[0]?.v ?? 0);
      for (const migration of pendingMigrations(current, this.location)) {
        for (const statement of migration.sql.postgres) await client.query(statement);
        await client.query('INSERT INTO kg_schema_version (version, description, applied_at) VALUES ($1, $2, $3)', [
          migration.version,
          migration.description,
          new Date().toISOString(),
        ]);
      }
    });
  }

  /**
   * Runs a write: locks the change counter (so writes from every process are numbered in commit
   * order), lets `work` write given the last change number, records its change and notifies. When
   * `work` returns undefined nothing was written.
   */
  #write(what: string, work: (client: Client, lastSeq: number) => Promise<Change | undefined>): Promise<WriteOutcome> {
    return this.#writeAll(what, async (client, lastSeq) => [await work(client, lastSeq)]).then(([outcome]) => outcome ?? { applied: false, seq: 0 });
  }

  /**
   * Runs a write of several changes in one transaction, as #write does one: `work` numbers them
   * from the last change number on, consecutively (undefined for an item that wrote nothing). They
   * are recorded together, and one notification announces the last.
   */
  #writeAll(what: string, work: (client: Client, lastSeq: number) => Promise<(Change | undefined)[]>): Promise<WriteOutcome[]> {
    return this.#transaction(what, async (client) => {
      const lastSeq = Number((await client.query<{ last_seq: string }>('SELECT last_seq FROM kg_counter WHERE id = 1 FOR UPDATE')).rows[0]?.last_seq ?? 0);
      const changes = await work(client, lastSeq);
      const outcomes: WriteOutcome[] = [];
      let seq = lastSeq;
      for (const change of changes) {
        if (change !== undefined) seq = change.seq;
        outcomes.push(change === undefined ? { applied: false, seq } : { applied: true, seq: change.seq });
      }
      const recorded = changes.filter((c): c is Change => c !== undefined);
      if (recorded.length > 0) await recordChanges(client, recorded);
      return outcomes;
    });
  }

  /** Runs `work` in one read-only transaction that sees one snapshot. */
  #snapshot<T>(what: string, work: (client: Client) => Promise<T>): Promise<T> {
    return this.#transaction(what, work, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  /** Runs `work` on a pooled connection, outside any transaction. */
  async #query<T>(what: string, work: (client: Client) => Promise<T>): Promise<T> {
    const client = await this.#connect(what);
    try {
      const result = await work(client);
      client.release();
      return result;
    } catch (error) {
      client.release(!(error instanceof KgError));
      throw this.#storageError(what, error);
    }
  }

  /** Runs `work` in a transaction; failures roll it back and, other than ours, become StorageError. */
  async #transaction<T>(what: string, work: (client: Client) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    const client = await this.#connect(what);
    try {
      await client.query(begin);
      const result = await work(client);
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      const broken = await client.query('ROLLBACK').then(
        () => false,
        () => true,
      );
      client.release(broken);
      throw this.#storageError(what, error);
    }
  }

  async #connect(what: string): Promise<Client> {
    try {
      return await this.#pool.connect();
    } catch (error) {
      throw new StorageError(`cannot reach PostgreSQL at ${this.location} (${connectionProblem(error)}) while ${operationInWords(what)}.`, { cause: error });
    }
  }

  #storageError(what: string, error: unknown): Error {
    if (error instanceof KgError) return error;
    return new StorageError(`PostgreSQL at ${this.location}: ${connectionProblem(error)} (while ${operationInWords(what)}).`, { cause: error });
  }
}

/** Connection settings: durable commits, bounded waits. */
function connectionConfig(url: string, max: number): pg.PoolConfig {
  return {
    connectionString: url,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // Acknowledged means on disk: never let a server default turn this off.
    options: '-c synchronous_commit=on',
    application_name: 'news-kg',
  };
}

async function readLastSeq(client: Client): Promise<number> {
  return Number((await client.query<{ last_seq: string }>('SELECT last_seq FROM kg_counter WHERE id = 1')).rows[0]?.last_seq ?? 0);
}

async function readCounts(client: Client): Promise<StorageCounts> {
  const { rows } = await client.query<{ documents: string; curations: string; last_seq: string }>(
    `SELECT (SELECT COUNT(*) FROM kg_documents) AS documents, (SELECT COUNT(*) FROM kg_curations) AS curations,
            (SELECT last_seq FROM kg_counter WHERE id = 1) AS last_seq`,
  );
  const row = rows[0];
  return { documents: Number(row?.documents ?? 0), curations: Number(row?.curations ?? 0), lastSeq: Number(row?.last_seq ?? 0) };
}

async function readCurations(client: Client, where: string, seq: number): Promise<CurationRow[]> {
  const { rows } = await client.query<{ seq: string; op: string; at: string; by: string | null }>(
    `SELECT seq, op, created_at AS at, created_by AS "by" FROM kg_curations ${where} ORDER BY seq`,
    [seq],
  );
  return rows.map((r) => ({ seq: Number(r.seq), op: r.op, at: r.at, by: r.by }));
}

async function insertEntities(client: Client, extraction: Extraction): Promise<void> {
  await insertEntitiesOf(client, [extraction]);
}

/** The entity rows of several documents, in one statement. */
async function insertEntitiesOf(client: Client, extractions: readonly Extraction[]): Promise<void> {
  const rows = extractions.flatMap((extraction) => documentEntityRows(extraction).map((r) => ({ documentId: extraction.document.id, ...r })));
  if (rows.length === 0) return;
  await client.query({
    name: 'kg-insert-document-entities',
    text: `INSERT INTO kg_document_entities (document_id, entity_id, name, type)
     SELECT d, e, n, t FROM json_to_recordset($1::json) AS r(d text, e text, n text, t text) ON CONFLICT DO NOTHING`,
    values: [JSON.stringify(rows.map((r) => ({ d: r.documentId, e: r.entityId, n: r.name, t: r.type })))],
  });
}

/**
 * Records changes (numbered consecutively, in order), moves the counter to the last and notifies
 * the listening processes of it (on commit).
 */
async function recordChanges(client: Client, changes: readonly Change[]): Promise<void> {
  const last = changes[changes.length - 1]?.seq ?? 0;
  // One round trip: writes hold the counter's lock, so each one saved shortens every writer's wait.
  await client.query(
    `WITH change AS (INSERT INTO kg_changes (seq, kind, document_id, at)
                     SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[])),
          counter AS (UPDATE kg_counter SET last_seq = $5 WHERE id = 1)
     SELECT pg_notify($6, $7)`,
    [changes.map((c) => c.seq), changes.map((c) => c.kind), changes.map((c) => c.documentId), changes.map((c) => c.at), last, CHANGES_CHANNEL, String(last)],
  );
}

/**
 * Inserts a new document numbered `seq` with its entities, inside the caller's transaction (which
 * holds the counter's lock); undefined when its id is already stored.
 */
async function insertDocument(client: Client, extraction: Extraction, extractorVersion: string, seq: number): Promise<Change | undefined> {
  const at = new Date().toISOString();
  const row = documentRow(extraction, extractorVersion, seq, at);
  // The counter is locked, so no other writer can insert this id meanwhile; a conflict means it is already stored.
  const inserted = await client.query(
    `INSERT INTO kg_documents (id, seq, title, source, published_at, text, extraction, extractor_version, ingested_at, extracted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) ON CONFLICT (id) DO NOTHING`,
    [row.id, row.seq, row.title, row.source, row.publishedAt, row.text, row.extraction, row.extractorVersion, row.ingestedAt],
  );
  if (inserted.rowCount === 0) return undefined;
  await insertEntities(client, extraction);
  return { seq, kind: 'add', documentId: extraction.document.id, at };
}

/**
 * A batch of documents in three round trips, whatever its size (two statements a document cost a
 * round trip each): which ids are stored already, then every new document in one multi-row
 * insert, then all their entity rows in one. New documents are numbered consecutively from
 * `lastSeq`; one stored before, or earlier in the same batch, writes nothing (undefined).
 */
async function insertDocuments(client: Client, documents: readonly NewDocument[], lastSeq: number): Promise<(Change | undefined)[]> {
  const ids = documents.map((d) => d.extraction.document.id);
  // The counter is locked (see #writeAll), so no other writer can store one of these ids meanwhile.
  const stored = await client.query<{ id: string }>('SELECT id FROM kg_documents WHERE id = ANY($1::text[])', [ids]);
  const present = new Set(stored.rows.map((r) => r.id));
  const at = new Date().toISOString();
  let seq = lastSeq;
  const fresh: DocumentRow[] = [];
  const changes = documents.map((d): Change | undefined => {
    const id = d.extraction.document.id;
    if (present.has(id)) return undefined;
    present.add(id);
    seq += 1;
    fresh.push(documentRow(d.extraction, d.extractorVersion, seq, at));
    return { seq, kind: 'add', documentId: id, at };
  });
  if (fresh.length === 0) return changes;
  // One parameter per value (a multi-row VALUES), not arrays: a text[] of 100 extraction JSONs is
  // escaped into one array literal and parsed back by the server, which measured slower than the
  // whole rest of the insert.
  const values = fresh.map((_, i) => `(${Array.from({ length: 9 }, (_, k) => `$${i * 9 + k + 1}`).join(', ')}, $${i * 9 + 9})`);
  await client.query({
    name: `kg-insert-documents-${fresh.length}`,
    text: `INSERT INTO kg_documents (id, seq, title, source, published_at, text, extraction, extractor_version, ingested_at, extracted_at)
     VALUES ${values.join(', ')}`,
    values: fresh.flatMap((row) => [row.id, row.seq, row.title, row.source, row.publishedAt, row.text, row.extraction, row.extractorVersion, row.ingestedAt]),
  });
  await insertEntitiesOf(
    client,
    documents.filter((_, i) => changes[i] !== undefined).map((d) => d.extraction),
  );
  return changes;
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.href;
  } catch {
    return '(an unparsable DATABASE_URL)';
  }
}

/** A connection error in a few words: its code (ECONNREFUSED, 28P01...) and message. */
function connectionProblem(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return connectionProblem(error.errors[0]);
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    const message = error.message.replace(/\s+/g, ' ').trim();
    if (code !== undefined && !message.includes(code)) return message === '' ? code : `${code}: ${message}`;
    return message === '' ? (code ?? error.name) : message;
  }
  return reason(error);
}
