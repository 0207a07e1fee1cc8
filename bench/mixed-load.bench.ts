// Reads under writes (issue 13): the service on a SQLite store of generated documents (10,000 by
// default), 20 clients in another process for 60 s reading (an entity with its relations, its
// neighbours at depth 2, a search for its name), first with no writes, then with 10% of the
// requests ingesting a short new article (extracted by the worker pool, committed, applied).
// Prints reads per second in both runs and their ratio (goal: >= 50%), latencies, writes per
// second, errors by code and the longest event-loop pause of each run.
//
//   npm run bench:load -- [documents] [seconds] [clients]
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { seededRandom } from '../src/graph/index.js';
import { type LogEntry, SqliteStorage } from '../src/graph/persistence/index.js';
import { startServer } from '../src/server.js';
import type { MixedLoadResult, MixedLoadSpec } from './mixed-load-client.js';
import { scaleCorpus } from './scale-corpus.js';

const DOCUMENTS = Number(process.argv[2] ?? 10_000);
const SECONDS = Number(process.argv[3] ?? 60);
const CLIENTS = Number(process.argv[4] ?? 20);
const WRITE_SHARE = 0.1;

const dir = await mkdtemp(join(tmpdir(), 'news-kg-load-'));
try {
  await run();
} finally {
  await rm(dir, { recursive: true, force: true });
}

async function run(): Promise<void> {
  const storage = SqliteStorage.open(join(dir, 'kg.sqlite'));
  await storage.importLog(generatedLog(DOCUMENTS));
  await storage.markSeeded();
  await storage.close();
  const server = await startServer({ port: 0, dataDir: dir, quiet: true, rateLimits: { perAddress: 0, perKey: 0 } });
  try {
    await server.store.fullText.whenBuilt();
    const { store } = server;
    console.log(`${store.graph.order} entities, ${store.graph.size} relations, ${[...store.documents()].length} documents loaded`);
    const random = seededRandom(7);
    const nodes = store.graph.nodes();
    const entities = Array.from({ length: 2_000 }, () => {
      const id = nodes[Math.floor(random() * nodes.length)] ?? '';
      return { id, name: store.graph.getNodeAttributes(id).name };
    });
    // New articles for the writes: the same generator with another seed, so none is stored yet.
    const articles: string[] = [];
    for (const extraction of scaleCorpus(99)) {
      articles.push(extraction.document.text);
      if (articles.length >= 20_000) break;
    }
    const inputFile = join(dir, 'load-input.json');
    await writeFile(inputFile, JSON.stringify({ entities, articles }));

    const readOnly = await measured({ url: server.url, seconds: SECONDS, concurrency: CLIENTS, writeShare: 0, inputFile, seed: 1 });
    const mixed = await measured({ url: server.url, seconds: SECONDS, concurrency: CLIENTS, writeShare: WRITE_SHARE, inputFile, seed: 2 });
    const row = (label: string, r: MixedLoadResult & { pauseMs: number }): string =>
      `| ${label} | ${r.reads.rate.toFixed(0)} | ${r.reads.p50.toFixed(1)} / ${r.reads.p99.toFixed(1)} | ${r.writes.rate.toFixed(1)} | ` +
      `${r.writes.count > 0 ? `${r.writes.p50.toFixed(1)} / ${r.writes.p99.toFixed(1)}` : '-'} | ${r.pauseMs.toFixed(0)} | ${JSON.stringify(r.errors)} |`;
    console.log(`\n${CLIENTS} clients, ${SECONDS} s each run, ${DOCUMENTS.toLocaleString('en')} documents at start`);
    console.log('| run | reads/s | read p50 / p99 (ms) | writes/s | write p50 / p99 (ms) | longest event-loop pause (ms) | errors |');
    console.log('|---|---|---|---|---|---|---|');
    console.log(row('reads only', readOnly));
    console.log(row(`${WRITE_SHARE * 100}% writes`, mixed));
    for (const [label, r] of [
      ['reads only', readOnly],
      ['with writes', mixed],
    ] as const) {
      console.log(`slowest, ${label}: ${r.slowest.map((s) => `${s.ms} ms ${s.request}`).join('; ')}`);
    }
    console.log(`\nreads under writes: ${((mixed.reads.rate / readOnly.reads.rate) * 100).toFixed(0)}% of the read-only rate (goal: >= 50%)`);
  } finally {
    await server.close();
  }
}

async function* generatedLog(count: number): AsyncGenerator<LogEntry> {
  let seq = 0;
  for (const extraction of scaleCorpus()) {
    seq += 1;
    yield { kind: 'document', seq, extraction, extractorVersion: 'bench', ingestedAt: new Date(0).toISOString() };
    if (seq >= count) return;
  }
}

/** One run of the load client, with the longest event-loop pause of this process meanwhile. */
async function measured(spec: MixedLoadSpec): Promise<MixedLoadResult & { pauseMs: number }> {
  const pauses = monitorEventLoopDelay({ resolution: 10 });
  pauses.enable();
  const client = join(dirname(fileURLToPath(import.meta.url)), 'mixed-load-client.js');
  // Asynchronous on purpose: the server answering the load lives in this process's event loop.
  const { stdout } = await promisify(execFile)(process.execPath, [client, JSON.stringify(spec)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  pauses.disable();
  return { ...(JSON.parse(stdout) as MixedLoadResult), pauseMs: pauses.max / 1e6 };
}
