// The storage schema, as numbered migrations applied in order and recorded in kg_schema_version.
// Both dialects of each step sit side by side so they cannot drift apart. A step is never edited
// once released: a change to the schema is a new step with the next number.
import { StorageError } from '../../domain/index.js';
import { type StorageBackend } from './storage.js';

/** One step of the schema. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  /** Statements for each backend, run in one transaction. */
  readonly sql: Readonly<Record<StorageBackend, readonly string[]>>;
}

/** Tables shared by both dialects (TEXT dates are ISO 8601; change numbers are 64-bit). */
const BASE_TABLES = [
  `CREATE TABLE kg_counter (id INTEGER PRIMARY KEY CHECK (id = 1), last_seq BIGINT NOT NULL)`,
  `INSERT INTO kg_counter (id, last_seq) VALUES (1, 0)`,
  `CREATE TABLE kg_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  `CREATE TABLE kg_documents (
     id TEXT PRIMARY KEY,
     seq BIGINT NOT NULL UNIQUE,
     title TEXT NOT NULL,
     source TEXT,
     published_at TEXT,
     text TEXT NOT NULL,
     extraction TEXT NOT NULL,
     extractor_version TEXT NOT NULL,
     ingested_at TEXT NOT NULL,
     extracted_at TEXT NOT NULL
   )`,
  `CREATE TABLE kg_curations (seq BIGINT PRIMARY KEY, op TEXT NOT NULL, created_at TEXT NOT NULL)`,
  `CREATE TABLE kg_changes (
     seq BIGINT PRIMARY KEY,
     kind TEXT NOT NULL CHECK (kind IN ('add', 'replace', 'remove', 'curate', 'restore')),
     document_id TEXT,
     at TEXT NOT NULL
   )`,
];

const DOCUMENT_ENTITIES = `CREATE TABLE kg_document_entities (
  document_id TEXT NOT NULL REFERENCES kg_documents (id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  PRIMARY KEY (document_id, entity_id)
)`;

/** Every migration, in order. The last one's number is the schema version this code writes. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents with their extractions, curation log, change sequence',
    sql: { sqlite: BASE_TABLES, postgres: BASE_TABLES },
  },
  {
    version: 2,
    description: 'entities mentioned per document, so the database can answer which documents name an entity',
    sql: {
      sqlite: [
        DOCUMENT_ENTITIES,
        `CREATE INDEX kg_document_entities_entity ON kg_document_entities (entity_id)`,
        `INSERT OR IGNORE INTO kg_document_entities (document_id, entity_id, name, type)
           SELECT d.id, json_extract(e.value, '$.id'), json_extract(e.value, '$.name'), json_extract(e.value, '$.type')
           FROM kg_documents d, json_each(d.extraction, '$.entities') e`,
      ],
      postgres: [
        DOCUMENT_ENTITIES,
        `CREATE INDEX kg_document_entities_entity ON kg_document_entities (entity_id)`,
        `INSERT INTO kg_document_entities (document_id, entity_id, name, type)
           SELECT d.id, e->>'id', e->>'name', e->>'type'
           FROM kg_documents d, json_array_elements((d.extraction::json)->'entities') e
           ON CONFLICT DO NOTHING`,
      ],
    },
  },
  {
    version: 3,
    description: 'who made each curation (the name of the API key), null when writes are not authenticated',
    sql: {
      sqlite: [`ALTER TABLE kg_curations ADD COLUMN created_by TEXT`],
      postgres: [`ALTER TABLE kg_curations ADD COLUMN created_by TEXT`],
    },
  },
  {
    version: 4,
    description: 'PostgreSQL compresses stored texts and extractions with lz4 where the server has it (pglz was the costliest part of a batched write)',
    sql: {
      sqlite: [],
      postgres: [
        `DO $$
         BEGIN
           ALTER TABLE kg_documents ALTER COLUMN extraction SET COMPRESSION lz4, ALTER COLUMN text SET COMPRESSION lz4;
         EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN NULL;
         END $$`,
      ],
    },
  },
];

/** The schema version this code reads and writes. */
export const SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/** Creates the table that records applied migrations. */
export const SCHEMA_VERSION_TABLE = `CREATE TABLE IF NOT EXISTS kg_schema_version (
  version INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/** The migrations a storage at `current` still needs; throws StorageError when it is newer than this code. */
export function pendingMigrations(current: number, location: string): readonly Migration[] {
  if (current > SCHEMA_VERSION) {
    throw new StorageError(`${location} has schema version ${current}, written by a newer news-kg; this one reads up to version ${SCHEMA_VERSION}.`);
  }
  return MIGRATIONS.filter((m) => m.version > current);
}
