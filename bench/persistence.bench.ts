// Storage benchmarks: time to load 10,000 stored documents at start (SQLite and PostgreSQL), the
// heap the loaded graph takes per document, the cost of a deletion (a full rebuild) and of one
// durable ingestion. Prints every figure. Memory per node and edge: bench/memory.bench.ts.
// Run: node --expose-gc --import tsx bench/persistence.bench.ts [documents]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Extraction } from '../src/domain/index.js';
import { GraphStore } from '../src/graph/index.js';
import { type LogEntry, PersistentGraph, PostgresStorage, SqliteStorage, type Storage } from '../src/graph/persistence/index.js';
import { extract } from '../src/ingest/index.js';
import { startPostgres } from '../test/graph/persistence/postgres-server.js';
import { newsCorpus } from './corpus.js';
import { syntheticExtractions } from './synthetic-extractions.js';
import { packageRoot } from '../src/service/package-root.js';

// The package root, whether this runs from bench/ (tsx) or from dist/bench/ (npm run bench:...).
const root = packageRoot();
const count = Number(process.argv[2] ?? 10_000);

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

async function* logOf(extractions: readonly Extraction[]): AsyncGenerator<LogEntry> {
  for (const [i, extraction] of extractions.entries()) {
    yield { kind: 'document', seq: i + 1, extraction, extractorVersion: 'bench', ingestedAt: new Date(0).toISOString() };
  }
}

/** Loads `storage` into a new graph, twice (the first warms the JIT and the OS cache); reports the second. */
async function measureLoad(label: string, open: () => Promise<Storage>): Promise<PersistentGraph> {
  const warm = new PersistentGraph(await open());
  await warm.load();
  await warm.close();
  const before = heapMb();
  const graph = new PersistentGraph(await open());
  const report = await graph.load();
  const after = heapMb();
  const { order, size } = graph.store.graph;
  console.log(
    `${label}: loaded ${report.documents} documents in ${report.milliseconds.toFixed(0)} ms ` +
      `(${((report.documents / report.milliseconds) * 1000).toFixed(0)} documents/s); graph ${order} nodes, ${size} edges; ` +
      `heap +${(after - before).toFixed(0)} MB = ${(((after - before) * 2 ** 20) / report.documents / 1024).toFixed(1)} KiB per document`,
  );
  return graph;
}

const texts = [...new Set(newsCorpus(root, 1).texts)];
const base = texts.map((text) => extract({ text }));
const extractions = syntheticExtractions(base, count);
const bytes = extractions.reduce((sum, e) => sum + JSON.stringify(e).length, 0);
console.log(
  `${count} synthetic documents from ${base.length} real articles; extraction JSON ${(bytes / 2 ** 20).toFixed(0)} MB in all, ${(bytes / count / 1024).toFixed(1)} KiB each`,
);

// Apply only, no storage: the cost of replaying the log (start-up without I/O, and every rebuild).
{
  const before = heapMb();
  const store = new GraphStore();
  const started = performance.now();
  for (const e of extractions) store.applyExtraction(e);
  const ms = performance.now() - started;
  const after = heapMb();
  const { order, size } = store.graph;
  console.log(
    `replay in memory: ${ms.toFixed(0)} ms for ${count} documents; ${order} nodes, ${size} edges; heap +${(after - before).toFixed(0)} MB ` +
      `(${(((after - before) * 2 ** 20) / size).toFixed(0)} bytes per edge, all records included)`,
  );
}

// SQLite.
const dir = mkdtempSync(join(tmpdir(), 'news-kg-bench-'));
try {
  const file = join(dir, 'kg.sqlite');
  const storage = SqliteStorage.open(file);
  let started = performance.now();
  await storage.importLog(logOf(extractions));
  await storage.close();
  console.log(`SQLite: wrote ${count} documents in one transaction in ${(performance.now() - started).toFixed(0)} ms`);
  const graph = await measureLoad('SQLite', async () => SqliteStorage.open(file));
  const victim = extractions[Math.floor(count / 2)]?.document.id ?? '';
  started = performance.now();
  await graph.removeDocument(victim);
  console.log(`SQLite: deleteDocument (a full rebuild) took ${(performance.now() - started).toFixed(0)} ms at ${count} documents`);
  const fresh = syntheticExtractions(base, count + 200).slice(count);
  started = performance.now();
  for (const extraction of fresh) await graph.addExtraction(extraction, 'bench');
  console.log(`SQLite: durable ingestion (commit + apply, extraction excluded): ${((performance.now() - started) / 200).toFixed(2)} ms per document`);
  await graph.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// PostgreSQL (embedded, started for the benchmark).
const postgres = await startPostgres();
try {
  const url = await postgres.createDatabase();
  const storage = await PostgresStorage.open(url);
  const started = performance.now();
  await storage.importLog(logOf(extractions));
  await storage.close();
  console.log(`PostgreSQL: wrote ${count} documents in one transaction in ${(performance.now() - started).toFixed(0)} ms`);
  const graph = await measureLoad('PostgreSQL', () => PostgresStorage.open(url));
  await graph.close();
} finally {
  await postgres.stop();
}
