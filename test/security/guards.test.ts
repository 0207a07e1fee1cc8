// The guards around execution, each alone: the selection guard's count of fields and repeats,
// the body depth scan, and the execution guard's time limit and answer cap (through real Apollo
// execution, with limits small enough to be reached by a small graph).
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiContext, MAX_BODY_DEPTH, createApolloServer, createContext, nestingDepth, selectionProblem } from '../../src/api/index.js';
import { ingestDocument } from '../../src/service/index.js';
import { ErrorCode } from '../../src/domain/index.js';
import { GraphStore } from '../../src/graph/index.js';
import { PersistentGraph, openMemoryStorage } from '../../src/graph/persistence/index.js';
import { testLogger } from '../api/harness.js';
import { syntheticArticles } from '../support/synthetic-news.js';

describe('selectionProblem', () => {
  const fragment = 'fragment S on Stats { entities }';
  const cases: readonly [string, string, boolean][] = [
    ['an ordinary query', '{ stats { entities relations } entities(first: 5) { edges { node { name } } } }', false],
    ['a field 10 times', `{ ${'stats { entities } '.repeat(10)}}`, false],
    ['a field 11 times', `{ ${'stats { entities } '.repeat(11)}}`, true],
    ['a field 1,000 times', `{ ${'stats { entities } '.repeat(1000)}}`, true],
    ['a field repeated through inline fragments', `{ ${'... on Query { stats { entities } } '.repeat(11)}}`, true],
    ['a nested field repeated', `{ stats { ${'entities '.repeat(11)}} }`, true],
    ['a field repeated inside a fragment', `{ stats { ...S } } fragment S on Stats { ${'entities '.repeat(11)}}`, true],
    ['one fragment spread many times', `{ stats { ${'...S '.repeat(50)}} } ${fragment}`, false],
    ['an alias repeated', `{ ${'a: stats { entities } '.repeat(11)}}`, true],
    ['998 fields, none repeated', `{ ${Array.from({ length: 499 }, (_, i) => `a${i}: stats { entities }`).join(' ')} }`, false],
    ['1,002 fields, none repeated', `{ ${Array.from({ length: 501 }, (_, i) => `a${i}: stats { entities }`).join(' ')} }`, true],
  ];
  it.each(cases)('%s: refused %s', (_what, query, refused) => {
    expect(selectionProblem(parse(query)) !== undefined).toBe(refused);
  });
});

describe('nestingDepth', () => {
  const cases: readonly [string, number][] = [
    ['{}', 1],
    ['{"a":[1,{"b":2}]}', 3],
    ['{"a":"[[[[{{{{"}', 1],
    ['{"a":"\\"[[["}', 1],
    [`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 100_000],
  ];
  it.each(cases)('reads %s as %d deep', (json, depth) => {
    expect(nestingDepth(Buffer.from(json))).toBe(depth);
  });
  it('has a limit well above what real requests nest', () => {
    expect(MAX_BODY_DEPTH).toBeGreaterThanOrEqual(32);
  });
});

describe('the execution guard', () => {
  let graph: PersistentGraph;
  beforeAll(async () => {
    graph = new PersistentGraph(openMemoryStorage(), new GraphStore());
    // Long titles: the estimate counts a title as a short string, so only the meter sees them.
    for (const [i, text] of syntheticArticles(20).entries()) await ingestDocument(graph, { text, title: `${'Long headline '.repeat(70)}${i}` });
  }, 60_000);
  afterAll(() => graph.close());

  async function run(limits: { timeoutMs?: number; maxResponseBytes?: number }, query: string) {
    const server = createApolloServer({ logger: testLogger(), limits });
    await server.start();
    const response = await server.executeOperation<unknown, ApiContext>({ query }, { contextValue: createContext(graph, testLogger()) });
    await server.stop();
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, result: response.body.singleResult };
  }

  it('stops a query past its time limit with one QUERY_TIMEOUT error and HTTP 400', async () => {
    const { status, result } = await run({ timeoutMs: 0 }, '{ documents { id title sentences { index start end } } }');
    expect(status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([ErrorCode.QUERY_TIMEOUT]);
  });

  it('stops an answer that grows past the cap with one RESPONSE_TOO_LARGE error and HTTP 400', async () => {
    const { status, result } = await run({ maxResponseBytes: 8_000 }, '{ documents { title } }');
    expect(status).toBe(400);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([ErrorCode.RESPONSE_TOO_LARGE]);
  });

  it('answers the same queries within the default limits', async () => {
    const { status, result } = await run({}, '{ documents { title sentences { index } } }');
    expect(status ?? 200).toBe(200);
    expect(result.errors).toBeUndefined();
  });
});
