// The explorer's overview kept per graph version: the same answer as the GraphQL query, computed
// once per version, cut from the largest one when that is there, and never kept when it failed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OVERVIEW_QUERY, OverviewCache, createContext, executeOverview } from '../../src/api/index.js';
import { syntheticGraph } from '../support/synthetic-graph.js';
import { type Harness, startHarness, testLogger } from './harness.js';

describe('OverviewCache', () => {
  let harness: Harness;
  let execute: ReturnType<typeof vi.fn<(limit: number) => Promise<{ data?: unknown; errors?: unknown }>>>;
  let cache: OverviewCache;

  beforeEach(async () => {
    harness = await startHarness();
    await harness.graph.addExtractions(syntheticGraph(4, 10, 3), 'test');
    const run = executeOverview(harness.server, () => createContext(harness.graph, testLogger()));
    execute = vi.fn(run);
    cache = new OverviewCache(harness.store, execute);
  });

  afterEach(async () => {
    cache.stop();
    await harness.stop();
  });

  const direct = async (limit: number): Promise<unknown> => {
    const { data, errors } = await harness.run(OVERVIEW_QUERY, { limit });
    expect(errors).toBeUndefined();
    return { data };
  };

  it('answers what the GraphQL query answers, and computes it once per version', async () => {
    const first = JSON.parse(await cache.answer(12)) as unknown;
    expect(first).toEqual(await direct(12));
    expect(JSON.parse(await cache.answer(12))).toEqual(first);
    expect(execute).toHaveBeenCalledTimes(1);
  });

  it('cuts a smaller overview from the largest one: the first entities and only the relations among them', async () => {
    await cache.computeLargest();
    expect(execute).toHaveBeenCalledWith(1000);
    for (const limit of [1, 5, 17, 40]) expect(JSON.parse(await cache.answer(limit))).toEqual(await direct(limit));
    expect(execute).toHaveBeenCalledTimes(1);
  });

  it('computes again after a write, and the new answer holds the new entities', async () => {
    await cache.answer(1000);
    const before = (JSON.parse(await cache.answer(1000)) as { data: { subgraph: { totalCount: number } } }).data.subgraph.totalCount;
    await harness.graph.addExtractions(
      syntheticGraph(1, 5, 2).map((e) => ({ ...e, document: { ...e.document, id: `${e.document.id}-more` } })),
      'test',
    );
    const after = JSON.parse(await cache.answer(1000)) as { data: { subgraph: { totalCount: number } } };
    expect(execute).toHaveBeenCalledTimes(2);
    expect(after).toEqual(await direct(1000));
    expect(after.data.subgraph.totalCount).toBeGreaterThanOrEqual(before);
  });

  it('keeps a few limits per version, not every limit a client asks for', async () => {
    for (const limit of [1, 2, 3, 4, 5, 6]) await cache.answer(limit);
    expect(execute).toHaveBeenCalledTimes(6);
    await cache.answer(6);
    expect(execute).toHaveBeenCalledTimes(6);
    // The first ones asked were let go.
    await cache.answer(1);
    expect(execute).toHaveBeenCalledTimes(7);
  });

  it('does not keep an answer with errors: the next request asks again', async () => {
    execute.mockResolvedValueOnce({ errors: [{ message: 'Query too complex', extensions: { code: 'QUERY_TOO_COMPLEX' } }] });
    expect(JSON.parse(await cache.answer(10))).toEqual({ errors: [{ message: 'Query too complex', extensions: { code: 'QUERY_TOO_COMPLEX' } }] });
    expect(JSON.parse(await cache.answer(10))).toEqual(await direct(10));
    expect(execute).toHaveBeenCalledTimes(2);
  });

  it('tries the largest overview once per version: a refused one is not computed again and again', async () => {
    execute.mockResolvedValueOnce({ errors: [{ message: 'Query timed out', extensions: { code: 'QUERY_TIMEOUT' } }] });
    await cache.computeLargest();
    await cache.computeLargest();
    expect(execute).toHaveBeenCalledTimes(1);
    // Smaller ones are then computed on their own.
    expect(JSON.parse(await cache.answer(9))).toEqual(await direct(9));
    expect(execute).toHaveBeenLastCalledWith(9);
  });

  it('computes the largest overview by itself once writes have paused', async () => {
    cache.watch();
    await vi.waitFor(() => expect(execute).toHaveBeenCalledWith(1000), { timeout: 5_000, interval: 50 });
    expect(JSON.parse(await cache.answer(7))).toEqual(await direct(7));
    expect(execute).toHaveBeenCalledTimes(1);
  });
});
