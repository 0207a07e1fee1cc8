// The scale benchmark: a generated news stream (bench/scale-corpus.ts) applied to one graph until it
// holds 10,000, 100,000 and 1,000,000 relations; at each size, in one run: the time to load it
// (applying the extractions; generating them is not counted), the heap per document and per
// relation, p50/p99 of GraphQL queries executed in process (entity(id) with its relations,
// neighbors at depth 2, search, path) and the throughput of the same 1-hop lookup over HTTP through
// GraphQL and through the raw JSON route, the load coming from a separate process. Prints a table.
// Run: npm run bench:scale [-- sizes...]   (e.g. -- 10000 100000; needs --expose-gc for the heap)
import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { pino } from 'pino';
import { OverviewCache, createApolloServer, createContext, executeOverview, restRoutes, selectionGuard } from '../src/api/index.js';
import { GraphStore, seededRandom } from '../src/graph/index.js';
import { PersistentGraph, openMemoryStorage } from '../src/graph/persistence/index.js';
import { ENTITY_LOOKUP, runLoad } from './http-load.js';
import { scaleCorpus } from './scale-corpus.js';

const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (SIZES.length === 0) SIZES.push(10_000, 100_000, 1_000_000);
/** Samples per query kind and size. */
const SAMPLES = { entity: 2_000, neighbors: 300, search: 300, path: 200 } as const;
const HTTP_REQUESTS = 3_000;
const HTTP_CONCURRENCY = 8;

const NEIGHBORS = `query Around($id: ID!) { entity(id: $id) { neighbors(depth: 2, first: 50) { totalCount edges { distance node { id name type } } } } }`;
const SEARCH = `query Find($q: String!) { search(query: $q, first: 10) { totalCount edges { score matchedIn node { id name } snippet { text } } } }`;
const PATH = `query Between($from: ID!, $to: ID!) { path(from: $from, to: $to) { length steps { direction relation { id predicate } } } }`;

function heapBytes(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

const logger = pino({ level: 'error' });
const store = new GraphStore();
// The API reads the store through a PersistentGraph; the bench never writes through it, so its
// storage (empty, in memory) is never read: the store is filled directly below.
const graph = new PersistentGraph(openMemoryStorage(), store);
const app = express();
const httpServer = http.createServer(app);
// No time limit: the bench reports how long queries take, also those the service's limit (2 s) would stop.
const apollo = createApolloServer({ logger, httpServer, limits: { timeoutMs: 600_000 } });
await apollo.start();
app.use(
  restRoutes(
    store,
    new OverviewCache(
      store,
      executeOverview(apollo, () => createContext(graph, logger)),
    ),
  ),
);
app.use('/graphql', express.json({ limit: '1mb' }), selectionGuard(), expressMiddleware(apollo, { context: async () => createContext(graph, logger) }));
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

/** Answers the result budget refused (QUERY_TOO_COMPLEX: the lookup of a hub with all its relations), by query. */
const refused = new Map<string, number>();

/**
 * Runs one GraphQL operation in process; its time in ms. A refusal by the result budget counts as
 * an answer (the service gives it too, and fast); any other error stops the bench.
 */
async function timed(query: string, variables: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(graph, logger) });
  const ms = performance.now() - started;
  const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
  if (errors !== undefined && errors.every((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')) {
    const name = /query (\w+)/.exec(query)?.[1] ?? query;
    refused.set(name, (refused.get(name) ?? 0) + 1);
  } else if (response.body.kind !== 'single' || errors !== undefined) {
    throw new Error(`scale bench: ${query.slice(0, 30)}... failed: ${JSON.stringify(errors ?? 'incremental')}`);
  }
  return ms;
}

/** p50 and p99 of `n` runs of `run(i)`, in ms. */
async function latencies(n: number, run: (i: number) => Promise<number>): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) times.push(await run(i));
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** Requests per second of one HTTP request sent by bench/load-client.js in a child process. */
async function throughput(spec: { url: string; method: 'GET' | 'POST'; body?: string }): Promise<number> {
  return (await runLoad({ ...spec, requests: HTTP_REQUESTS, concurrency: HTTP_CONCURRENCY })).rate;
}

/** A query a reader might type for a name: the whole surname, its first letters, or a typo in it. */
function searchQuery(name: string, i: number): string {
  const words = name.split(' ');
  const word = words[words.length - 1] ?? name;
  switch (i % 3) {
    case 0:
      return name;
    case 1:
      return word.slice(0, Math.max(3, Math.ceil(word.length / 2)));
    default:
      // One letter dropped from the middle: one typo.
      return word.length > 4 ? word.slice(0, 2) + word.slice(3) : word;
  }
}

interface Row {
  relations: number;
  entities: number;
  documents: number;
  loadSeconds: number;
  heapMiB: number;
  heapWithIndexesMiB: number;
  perDocument: number;
  perRelation: number;
  firstQueryMs: number;
  indexSeconds: number;
  longestPauseMs: number;
  entity: { p50: number; p99: number };
  neighbors: { p50: number; p99: number };
  search: { p50: number; p99: number };
  path: { p50: number; p99: number };
  raw: number;
  gql: number;
}

// Heap is measured right after loading each size, before its queries: for the sizes after the first
// it still holds the search index and centrality of the size before (the index catches up on the
// next search), so the per-document figure of the first size is the cleanest.
const rows: Row[] = [];
const corpus = scaleCorpus();
const heapBefore = heapBytes();
let applyMs = 0;
for (const target of SIZES) {
  while (store.graph.size < target) {
    const { value } = corpus.next();
    if (value === undefined) break;
    const started = performance.now();
    store.applyExtraction(value);
    applyMs += performance.now() - started;
  }
  const heap = heapBytes() - heapBefore;
  const documents = [...store.documents()].length;
  const { order: entities, size: relations } = store.graph;
  console.log(
    `${relations} relations, ${entities} entities, ${documents} documents: loaded in ${(applyMs / 1000).toFixed(1)} s, heap ${(heap / 2 ** 20).toFixed(0)} MiB`,
  );

  const random = seededRandom(relations);
  const nodes = store.graph.nodes();
  const anyEntity = (): string => nodes[Math.floor(random() * nodes.length)] ?? '';
  // The search index catches up in slices, as the server does after loading (a search meanwhile
  // waits a second, then is refused); the longest event-loop pause while it does is measured.
  const pauses = monitorEventLoopDelay({ resolution: 10 });
  pauses.enable();
  await new Promise((resolve) => setTimeout(resolve, 30));
  const indexStarted = performance.now();
  await store.fullText.whenBuilt();
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 30));
  pauses.disable();
  const longestPauseMs = pauses.max / 1e6;
  // The first query of a version computes what is cached per version (centrality for the order of neighbours).
  const firstStarted = performance.now();
  await timed(SEARCH, { q: 'talks' });
  await timed(NEIGHBORS, { id: anyEntity() });
  const firstQueryMs = performance.now() - firstStarted;
  const entity = await latencies(SAMPLES.entity, () => timed(ENTITY_LOOKUP, { id: anyEntity() }));
  const neighbors = await latencies(SAMPLES.neighbors, () => timed(NEIGHBORS, { id: anyEntity() }));
  const search = await latencies(SAMPLES.search, (i) => timed(SEARCH, { q: searchQuery(store.graph.getNodeAttributes(anyEntity()).name, i) }));
  const path = await latencies(SAMPLES.path, () => timed(PATH, { from: anyEntity(), to: anyEntity() }));
  const heapWithIndexes = heapBytes() - heapBefore;
  if (refused.size > 0) console.log(`  refused by the result budget (too large an answer): ${[...refused].map(([q, n]) => `${q} ${n}`).join(', ')}`);
  refused.clear();
  console.log(
    `  in process, ms p50/p99: entity ${entity.p50.toFixed(2)}/${entity.p99.toFixed(2)}, neighbors(2) ${neighbors.p50.toFixed(2)}/${neighbors.p99.toFixed(2)}, ` +
      `search ${search.p50.toFixed(2)}/${search.p99.toFixed(2)}, path ${path.p50.toFixed(2)}/${path.p99.toFixed(2)}; first queries of the version ${firstQueryMs.toFixed(0)} ms; ` +
      `heap with the search index and centrality ${(heapWithIndexes / 2 ** 20).toFixed(0)} MiB; ` +
      `search index catch-up ${indexSeconds.toFixed(1)} s in slices, longest event-loop pause ${longestPauseMs.toFixed(0)} ms`,
  );

  // The 1-hop lookup over HTTP: a person of median degree, the same one for both routes.
  const people = nodes.filter((id) => id.startsWith('person:')).sort((a, b) => store.graph.degree(a) - store.graph.degree(b));
  const id = people[Math.floor(people.length / 2)] ?? anyEntity();
  const raw: number[] = [];
  const gql: number[] = [];
  // Alternating rounds, so a slow moment of the shared machine hits both sides alike.
  for (let round = 0; round < 2; round += 1) {
    raw.push(await throughput({ url: `${url}/api/entities/${encodeURIComponent(id)}`, method: 'GET' }));
    gql.push(await throughput({ url: `${url}/graphql`, method: 'POST', body: JSON.stringify({ query: ENTITY_LOOKUP, variables: { id } }) }));
  }
  const row: Row = {
    relations,
    entities,
    documents,
    loadSeconds: applyMs / 1000,
    heapMiB: heap / 2 ** 20,
    heapWithIndexesMiB: heapWithIndexes / 2 ** 20,
    perDocument: heap / documents,
    perRelation: heap / relations,
    firstQueryMs,
    indexSeconds,
    longestPauseMs,
    entity,
    neighbors,
    search,
    path,
    raw: Math.max(...raw),
    gql: Math.max(...gql),
  };
  rows.push(row);
  console.log(
    `  HTTP 1-hop lookup of ${id} (degree ${store.graph.degree(id)}): raw ${row.raw.toFixed(0)} req/s, GraphQL ${row.gql.toFixed(0)} req/s (${((row.gql / row.raw) * 100).toFixed(0)}%)`,
  );
}

const ms = (l: { p50: number; p99: number }): string => `${l.p50.toFixed(2)} / ${l.p99.toFixed(2)}`;
console.log(
  '\n| relations | entities | documents | load (s) | heap (MiB) | heap with search index and centrality (MiB) | heap per document | heap per relation | entity(id) p50 / p99 (ms) | neighbors depth 2 | search | path | first queries of a version (ms) | search index catch-up (s, in slices) | longest pause meanwhile (ms) | raw route (req/s) | GraphQL (req/s) | GraphQL / raw |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.relations.toLocaleString('en')} | ${r.entities.toLocaleString('en')} | ${r.documents.toLocaleString('en')} | ${r.loadSeconds.toFixed(1)} | ${r.heapMiB.toFixed(0)} | ${r.heapWithIndexesMiB.toFixed(0)} | ` +
      `${(r.perDocument / 1024).toFixed(1)} KiB | ${r.perRelation.toFixed(0)} B | ${ms(r.entity)} | ${ms(r.neighbors)} | ${ms(r.search)} | ${ms(r.path)} | ${r.firstQueryMs.toFixed(0)} | ${r.indexSeconds.toFixed(1)} | ${r.longestPauseMs.toFixed(0)} | ` +
      `${r.raw.toFixed(0)} | ${r.gql.toFixed(0)} | ${((r.gql / r.raw) * 100).toFixed(0)}% |`,
  );
}
await apollo.stop();
await graph.close();
