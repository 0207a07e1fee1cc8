// The requests of issue 8 that stalled the service, against the real service on loopback over a
// graph with a hub (one country in every article): each gets a bounded answer, refused with a 4xx
// and a stable code or answered within 2 s; then they run in a loop while a benign query sent
// every 100 ms keeps answering. Its latencies are printed (p50, p99); the goal (p99 under 250 ms on
// the 2-core development machine) is a benchmark figure, so the test asserts only that every
// benign query was answered, and within 2 s. No error-level log line may appear.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/server.js';
import { type Answer, type Target, codeOf, startTarget } from './support.js';

const aliases = (count: number, field: string): string => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** A request body nested `depth` deep in its variables, written by hand (JSON.stringify would overflow). */
const deepVariables = (depth: number): string =>
  `{"query":"query($f: DateRange) { documents(published: $f) { id } }","variables":{"f":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`;

/** Each hostile request: what it is, its body, and the stable code of its refusal (undefined: it may be answered). */
const HOSTILE: readonly [string, unknown, string | undefined][] = [
  ['nested lists with texts (44 bytes, 343 MB before)', { query: '{documents{entities{documents{title text}}}}' }, 'QUERY_TOO_COMPLEX'],
  ['two aliases of the same', { query: '{a: documents{entities{documents{title text}}} b: documents{entities{documents{title text}}}}' }, 'QUERY_TOO_COMPLEX'],
  ['20 aliases of export(format: GEXF)', { query: aliases(20, 'export(format: GEXF)') }, 'QUERY_TOO_COMPLEX'],
  [
    'paths(maxLength: 4) { totalCount } between two hubs, 20 aliases',
    { query: aliases(20, 'paths(from: "country:france", to: "city:paris", maxLength: 4) { totalCount hasMore }') },
    'QUERY_TOO_COMPLEX',
  ],
  ['stats { entities } 1,000 times', { query: `{ ${'stats{entities} '.repeat(1000)}}` }, 'QUERY_TOO_COMPLEX'],
  ['a subscription', { query: 'subscription { stats { entities } }' }, 'OPERATION_NOT_SUPPORTED'],
  ['variables nested 100,000 deep', deepVariables(100_000), 'BAD_REQUEST'],
  ['a hub entity with every text', { query: '{ entity(id: "country:france") { documents { text entities { documents { text } } } } }' }, 'QUERY_TOO_COMPLEX'],
  [
    'pages of 100 under pages of 100, the sizes as variables',
    {
      query:
        'query($n: Int) { entities(first: $n) { edges { node { neighbors(depth: 4, first: $n) { edges { node { neighbors(depth: 4, first: $n) { totalCount } } } } } } } }',
      variables: { n: 100 },
    },
    'QUERY_TOO_COMPLEX',
  ],
  [
    'publishedAt 2022-02-30',
    { query: 'mutation { ingestDocument(input: { text: "Report\\n\\nFrance met Spain in Paris.", publishedAt: "2022-02-30" }) { alreadyPresent } }' },
    'BAD_USER_INPUT',
  ],
  [
    'publishedAt 0000-01-01',
    { query: 'mutation { ingestDocument(input: { text: "Report\\n\\nFrance met Spain in Paris.", publishedAt: "0000-01-01" }) { alreadyPresent } }' },
    'BAD_USER_INPUT',
  ],
  [
    'C1 control characters',
    { query: 'mutation($t: String!) { ingestDocument(input: { text: $t }) { alreadyPresent } }', variables: { t: `Header\n\n${'word\u0085 '.repeat(300)}` } },
    'BAD_USER_INPUT',
  ],
  ['a rename to an id', { query: 'mutation { renameEntity(id: "country:france", name: "country:pwned-land") { name } }' }, 'BAD_USER_INPUT'],
  ['21 aliases', { query: aliases(21, 'stats { entities }') }, 'GRAPHQL_VALIDATION_FAILED'],
  [
    'a query 14 levels deep',
    {
      query:
        '{ entities(first: 1) { edges { node { relations { source { relations { source { relations { source { relations { source { relations { source { name } } } } } } } } } } } } } }',
    },
    'GRAPHQL_VALIDATION_FAILED',
  ],
  ['malformed JSON', '{"query": "{ stats { entities } }"', 'BAD_REQUEST'],
  ['a batch', [{ query: '{ stats { entities } }' }, { query: '{ stats { entities } }' }], 'BAD_REQUEST'],
  ['a body over the size limit', { query: '{ stats { entities } }', variables: { pad: 'x'.repeat(MAX_BODY_BYTES) } }, 'PAYLOAD_TOO_LARGE'],
  ['one export', { query: '{ export(format: GEXF) }' }, undefined],
  [
    'one path search between hubs',
    { query: '{ paths(from: "country:france", to: "city:paris", maxLength: 4) { totalCount hasMore paths { length } } }' },
    undefined,
  ],
];

const ingest = (text: string): unknown => ({
  query: 'mutation($t: String!) { ingestDocument(input: { text: $t }) { alreadyPresent } }',
  variables: { t: text },
});
/** Articles of the allowed size that once stalled the service for minutes (quadratic paths in the extractor). */
const HOSTILE_ARTICLES: readonly [string, unknown][] = [
  ['an article of 65,536 periods', ingest('.'.repeat(65_536))],
  ['an article of 500,000 periods', ingest('.'.repeat(500_000))],
  ['an article of 250,000 "!?"', ingest('!?'.repeat(250_000))],
  ['an article of 50,000 distinct capitalised names', ingest(Array.from({ length: 50_000 }, (_, i) => `Tarn${i.toString(36)}`).join(' '))],
];
/** Time limit per article in this test's server: a hostile article is refused after it, never stalls anything. */
const EXTRACTION_TIMEOUT_MS = 1_500;

/** True when an answer is bounded: a 4xx with the expected code, or (when allowed) an answer within 2 s. */
function expectBounded(answer: Answer, code: string | undefined): void {
  expect(answer.status).toBeLessThan(500);
  if (code === undefined) {
    expect(answer.ms).toBeLessThan(2_000);
    return;
  }
  expect(codeOf(answer)).toBe(code);
  // Refusals before execution are 4xx; input refused by a resolver is a GraphQL error in a 200.
  if (code !== 'BAD_USER_INPUT') expect(answer.status).toBeGreaterThanOrEqual(400);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

describe('hostile requests of issue 8', { timeout: 120_000 }, () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget(300, { rateLimits: { perAddress: 0, perKey: 0 }, extraction: { threads: 2, timeoutMs: EXTRACTION_TIMEOUT_MS } });
  }, 120_000);
  afterAll(() => target.close());

  it.each(HOSTILE)('bounds %s', async (_what, body, code) => {
    expectBounded(await target.post(body), code);
  });

  it.each(HOSTILE_ARTICLES)('reads %s in a worker, or refuses it with EXTRACTION_TIMEOUT, and stores nothing of a refused one', async (_what, body) => {
    const documents = async (): Promise<unknown> => (await target.graphql('{ stats { documents } }')).body?.data;
    const before = await documents();
    const answer = await target.post(body);
    expect(answer.status).toBe(200);
    const code = codeOf(answer);
    if (code !== undefined) {
      expect(code).toBe('EXTRACTION_TIMEOUT');
      expect(await documents()).toEqual(before);
    }
    // However long the article, the answer comes within the time limit plus a thread's start.
    expect(answer.ms).toBeLessThan(EXTRACTION_TIMEOUT_MS + 10_000);
  });

  it('keeps answering a benign query every 100 ms while they run in a loop', async () => {
    // Bodies written once: the attackers run in this process too, and must not take its time.
    const bodies = [...HOSTILE, ...HOSTILE_ARTICLES.map(([what, body]) => [what, body, undefined] as const)].map(
      ([, body, code]) => [typeof body === 'string' ? body : JSON.stringify(body), code] as const,
    );
    const LOOP_MS = 10_000;
    const end = performance.now() + LOOP_MS;
    const benign: Answer[] = [];
    const probes = (async () => {
      while (performance.now() < end) {
        const started = performance.now();
        benign.push(await target.graphql('{ stats { entities } }'));
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 100 - (performance.now() - started))));
      }
    })();
    // Two attackers, each going through the table again and again.
    const attack = async (offset: number): Promise<number> => {
      let sent = 0;
      while (performance.now() < end) {
        const [body, code] = bodies[(sent + offset) % bodies.length] ?? ['', undefined];
        const answer = await target.post(body);
        expect(answer.status).toBeLessThan(500);
        if (code !== undefined) expect(codeOf(answer)).toBe(code);
        sent += 1;
      }
      return sent;
    };
    const [sent] = await Promise.all([Promise.all([attack(0), attack(7)]), probes]);
    const latencies = benign.map((a) => a.ms).sort((a, b) => a - b);
    process.stdout.write(
      `hostile loop: ${sent.reduce((a, b) => a + b, 0)} hostile requests in ${LOOP_MS / 1000} s; benign { stats { entities } }: ${benign.length} answers, ` +
        `p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${(latencies.at(-1) ?? 0).toFixed(0)} ms\n`,
    );
    expect(benign.length).toBeGreaterThan(LOOP_MS / 100 / 4);
    expect(benign.every((a) => a.status === 200 && a.body?.errors === undefined)).toBe(true);
    expect(latencies.at(-1)).toBeLessThan(2_000);
  });

  it('logged no error-level line', () => {
    expect(target.errorLines()).toEqual([]);
  });
});
