// API overhead: the same entity lookup served by GraphQL (`entity(id)` with the fields the raw route
// returns) and by the raw JSON route `GET /api/entities/:id`, side by side against one server in one
// run, the load coming from a separate process. Prints requests per second and median latency of each, and the ratio (goal: GraphQL within 2x).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/server.js';
import { ENTITY_LOOKUP, runLoad } from './http-load.js';

const REQUESTS = 3_000;
const ROUNDS = 3;
const CONCURRENCY = 8;

/** Runs the load generator in a child process against one request and prints its figures. */
async function measure(label: string, spec: { url: string; method: 'GET' | 'POST'; body?: string }): Promise<{ rate: number; median: number }> {
  const result = await runLoad({ ...spec, requests: REQUESTS, concurrency: CONCURRENCY });
  console.log(`${label.padEnd(26)} ${Math.round(result.rate).toString().padStart(6)} req/s   median ${result.median.toFixed(2)} ms`);
  return result;
}

const dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
// The load is the point: the per-address rate limit (on by default) would answer it with 429.
const server = await startServer({ port: 0, dataDir, quiet: true, rateLimits: { perAddress: 0, perKey: 0 } });
try {
  const list = (await (
    await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entities(type: PERSON, first: 1) { edges { node { id } } } }' }),
    })
  ).json()) as { data: { entities: { edges: { node: { id: string } }[] } } };
  const id = list.data.entities.edges[0]?.node.id;
  if (!id) throw new Error('graphql-vs-raw: the seed graph has no person to look up.');
  console.log(`entity ${id}, ${REQUESTS} requests, ${CONCURRENCY} in flight`);
  // Both sides must answer the lookup, not an error, or the comparison means nothing.
  const sample = (await (
    await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ENTITY_LOOKUP, variables: { id } }),
    })
  ).json()) as { errors?: unknown; data?: { entity?: { relations: unknown[] } } };
  if (sample.errors || !sample.data?.entity) throw new Error(`graphql-vs-raw: the GraphQL lookup failed: ${JSON.stringify(sample.errors)}`);
  // Alternating rounds, so that a slow moment of this shared machine hits both sides alike.
  const ratios: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const raw = await measure(`raw HTTP route (${round})`, { url: `${server.url}/api/entities/${encodeURIComponent(id)}`, method: 'GET' });
    const gql = await measure(`GraphQL entity(id) (${round})`, {
      url: `${server.url}/graphql`,
      method: 'POST',
      body: JSON.stringify({ query: ENTITY_LOOKUP, variables: { id } }),
    });
    ratios.push(raw.rate / gql.rate);
  }
  ratios.sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)] ?? 0;
  console.log(`ratio: GraphQL takes ${median.toFixed(2)}x the time of the raw route per request, median of ${ROUNDS} rounds (goal: within 2x)`);
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
