// Load generator of the mixed read/write benchmark, in its own process so that its work does not
// compete with the server's event loop: `concurrency` clients, each sending one request after the
// other for `seconds`, a write (ingestDocument of a short article) with probability `writeShare`,
// else one of three reads (an entity with its relations, its neighbours at depth 2, a search for
// its name). Prints one JSON line: counts, rates and latencies of reads and writes, and errors.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface MixedLoadSpec {
  readonly url: string;
  readonly seconds: number;
  readonly concurrency: number;
  readonly writeShare: number;
  /** A JSON file: { entities: { id, name }[], articles: string[] }. */
  readonly inputFile: string;
  readonly seed: number;
}

export interface Figures {
  readonly count: number;
  readonly rate: number;
  readonly p50: number;
  readonly p99: number;
}

export interface MixedLoadResult {
  readonly reads: Figures;
  readonly writes: Figures;
  /** Answers that were not HTTP 200 or held GraphQL errors, by code. */
  readonly errors: Record<string, number>;
  /** The five slowest requests: what they asked and how long they took (ms). */
  readonly slowest: readonly { readonly request: string; readonly ms: number }[];
}

const ENTITY = `query E($id: ID!) { entity(id: $id) { id name relations { predicate target { id name } } } }`;
const NEIGHBORS = `query N($id: ID!) { entity(id: $id) { neighbors(depth: 2, first: 20) { edges { distance node { id name } } } } }`;
const SEARCH = `query S($q: String!) { search(query: $q, first: 10) { edges { node { id name } } } }`;
const INGEST = `mutation I($text: String!) { ingestDocument(input: { text: $text }) { alreadyPresent } }`;

const spec = JSON.parse(process.argv[2] ?? '{}') as MixedLoadSpec;
const input = JSON.parse(readFileSync(spec.inputFile, 'utf8')) as { entities: { id: string; name: string }[]; articles: string[] };
const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
const target = new URL(`${spec.url}/graphql`);
let state = spec.seed;
const random = (): number => (state = (state * 48271) % 2147483647) / 2147483647;
const errors: Record<string, number> = {};

const slowest: { request: string; ms: number }[] = [];

/** Sends one GraphQL request; resolves with its latency, noting any error by code and the slowest. */
function post(query: string, variables: Record<string, unknown>): Promise<number> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const took = performance.now() - started;
          const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { errors?: { extensions?: { code?: string } }[] };
          const code = answer.errors?.[0]?.extensions?.code ?? (res.statusCode === 200 ? undefined : `HTTP ${res.statusCode}`);
          if (code !== undefined) errors[code] = (errors[code] ?? 0) + 1;
          if (slowest.length < 5 || took > (slowest[4]?.ms ?? 0)) {
            slowest.push({ request: `${query.slice(0, 7)} ${JSON.stringify(variables).slice(0, 60)}`, ms: Math.round(took) });
            slowest.sort((a, b) => b.ms - a.ms).splice(5);
          }
          resolve(took);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function figures(latencies: number[], seconds: number): Figures {
  latencies.sort((a, b) => a - b);
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0;
  return { count: latencies.length, rate: latencies.length / seconds, p50: at(0.5), p99: at(0.99) };
}

const reads: number[] = [];
const writes: number[] = [];
let nextArticle = 0;
const deadline = performance.now() + spec.seconds * 1000;
await Promise.all(
  Array.from({ length: spec.concurrency }, async () => {
    while (performance.now() < deadline) {
      const article = input.articles[nextArticle];
      if (random() < spec.writeShare && article !== undefined) {
        nextArticle += 1;
        writes.push(await post(INGEST, { text: article }));
        continue;
      }
      const entity = input.entities[Math.floor(random() * input.entities.length)] ?? { id: '', name: '' };
      const kind = random();
      if (kind < 1 / 3) reads.push(await post(ENTITY, { id: entity.id }));
      else if (kind < 2 / 3) reads.push(await post(NEIGHBORS, { id: entity.id }));
      else reads.push(await post(SEARCH, { q: entity.name }));
    }
  }),
);
const result: MixedLoadResult = { reads: figures(reads, spec.seconds), writes: figures(writes, spec.seconds), errors, slowest };
process.stdout.write(`${JSON.stringify(result)}\n`);
agent.destroy();
