// Durable ingestion at the storage layer, extraction excluded: documents per second committed by
// Storage.addDocuments alone, and by PersistentGraph.addExtractions (commit, then apply to the graph), in batches of 1, 10 and
// 100 documents per transaction, on SQLite (synchronous=FULL) and PostgreSQL (embedded, synchronous
// commit), each on top of a store that already holds `base` documents. The documents are synthetic
// variants of the repository's articles, about 30 KiB of extraction JSON each (bench/synthetic-extractions.ts).
// Run: npm run bench:writes [-- documents-per-run]; BENCH_DATABASE_URL=postgresql://... to measure that server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { type Extraction } from '../src/domain/index.js';
import { PersistentGraph, PostgresStorage, SqliteStorage, type Storage } from '../src/graph/persistence/index.js';
import { extract } from '../src/ingest/index.js';
import { startPostgres } from '../test/graph/persistence/postgres-server.js';
import { newsCorpus } from './corpus.js';
import { syntheticExtractions } from './synthetic-extractions.js';
import { packageRoot } from '../src/service/package-root.js';

// The package root, whether this runs from bench/ (tsx) or from dist/bench/ (npm run bench:...).
const root = packageRoot();
const perRun = Number(process.argv[2] ?? 2_000);
const BATCHES = [1, 10, 100] as const;
/** Goals of issue 13, documents per second. */
const GOAL: Readonly<Record<'SQLite' | 'PostgreSQL', number>> = { SQLite: 2_000, PostgreSQL: 1_000 };

const texts = [...new Set(newsCorpus(root, 1).texts)];
const base = texts.map((text) => extract({ text }));
const all = syntheticExtractions(base, perRun * BATCHES.length);

/** Commits `extractions` in batches of `size` (and applies them, when `graph` is a PersistentGraph); documents per second. */
async function rate(target: PersistentGraph | Storage, extractions: readonly Extraction[], size: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < extractions.length; i += size) {
    const batch = extractions.slice(i, i + size);
    if (target instanceof PersistentGraph) await target.addExtractions(batch, 'bench');
    else await target.addDocuments(batch.map((extraction) => ({ extraction, extractorVersion: 'bench' })));
  }
  return (extractions.length / (performance.now() - started)) * 1000;
}

async function measure(label: 'SQLite' | 'PostgreSQL', open: () => Promise<Storage>): Promise<void> {
  const graph = new PersistentGraph(await open());
  await graph.load();
  const rows: string[] = [];
  for (const [i, size] of BATCHES.entries()) {
    // Batches of one are slow: a tenth of the documents is enough to time them.
    const slice = all.slice(i * perRun, (i + 1) * perRun).slice(0, size === 1 ? Math.ceil(perRun / 10) : perRun);
    const half = Math.floor(slice.length / 2);
    const stored = await rate(graph.storage, slice.slice(0, half), size);
    const applied = await rate(graph, slice.slice(half), size);
    rows.push(
      `${label}: ${String(size).padStart(3)} per transaction: storage alone ${stored.toFixed(0).padStart(6)} documents/s, ` +
        `storage + graph ${applied.toFixed(0).padStart(6)} documents/s (${slice.length} documents)`,
    );
  }
  const best = Math.max(...rows.map((r) => Number(/alone +(\d+) documents\/s/.exec(r)?.[1] ?? 0)));
  for (const row of rows) console.log(row);
  console.log(`${label}: best at the storage layer ${best} documents/s; goal ${GOAL[label]} (${best >= GOAL[label] ? 'met' : 'NOT met'})`);
  await graph.close();
}

console.log(
  `${all.length} synthetic documents, ${(all.reduce((s, e) => s + JSON.stringify(e).length, 0) / all.length / 1024).toFixed(1)} KiB of extraction JSON each`,
);
const dir = mkdtempSync(join(tmpdir(), 'news-kg-writes-'));
try {
  await measure('SQLite', async () => SqliteStorage.open(join(dir, 'kg.sqlite')));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// BENCH_DATABASE_URL names a PostgreSQL server to measure instead of the embedded one (whose build
// has no lz4, so its stored texts are compressed with the slower pglz); a new database is made there.
const external = process.env.BENCH_DATABASE_URL;
const postgres = external === undefined ? await startPostgres() : undefined;
try {
  const url = postgres === undefined ? await freshDatabase(external ?? '') : await postgres.createDatabase();
  await measure('PostgreSQL', () => PostgresStorage.open(url));
} finally {
  await postgres?.stop();
}

/** A new, empty database on the server of `url`; its URL. */
async function freshDatabase(url: string): Promise<string> {
  const admin = new pg.Client(url);
  await admin.connect();
  const name = `news_kg_bench_${Date.now()}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.href;
}
