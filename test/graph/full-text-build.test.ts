// The search index's first build runs in slices with the event loop free between them, takes in
// the writes made meanwhile, and a search that comes too early is refused, not left to block.
import { describe, expect, it } from 'vitest';
import { ErrorCode, KgError } from '../../src/domain/index.js';
import { GraphStore, rankedHits, searchWhenIndexed } from '../../src/graph/index.js';
import { buildExtraction } from './build-extraction.js';

/** A store of `count` documents, each naming its own company and a shared country. */
function storeOf(count: number, from = 0): GraphStore {
  const store = new GraphStore();
  for (let n = from; n < from + count; n += 1) addDocument(store, n);
  return store;
}

function addDocument(store: GraphStore, n: number): void {
  store.applyExtraction(
    buildExtraction({
      sentences: [`Brannok ${n} Logistics opened a depot in Ostravia.`, `Its chief, Ilse Varga ${n}, spoke to reporters.`],
      entities: [
        { name: `Brannok ${n} Logistics`, type: 'ORGANIZATION', sentences: [0] },
        { name: 'Ostravia', type: 'COUNTRY', sentences: [0] },
        { name: `Ilse Varga ${n}`, type: 'PERSON', sentences: [1] },
      ],
    }),
  );
}

const QUERIES = ['brannok', 'brannok 7 logistics', 'ostravia', 'varga 12', 'depot', 'reportrs', 'logist'];

describe('the search index, built in slices', () => {
  it('lets the event loop run between slices and reports its progress', async () => {
    const store = storeOf(400);
    expect(store.fullText.started).toBe(false);
    const seen: number[] = [];
    let turns = 0;
    const ticking = (): void => {
      turns += 1;
      seen.push(store.fullText.progress.indexed);
      if (!store.fullText.built) setImmediate(ticking);
    };
    setImmediate(ticking);
    await store.fullText.whenBuilt(0);
    expect(turns).toBeGreaterThan(3);
    expect(seen.some((indexed) => indexed > 0 && indexed < store.graph.order)).toBe(true);
    expect(store.fullText.progress).toEqual({ indexed: store.graph.order, total: store.graph.order });
    expect(store.fullText.built).toBe(true);
  });

  it('takes in the writes made while it runs: the same answers as a build after them', async () => {
    const store = storeOf(300);
    let added = 300;
    const writing = (): void => {
      if (store.fullText.built) return;
      addDocument(store, added);
      added += 1;
      setImmediate(writing);
    };
    setImmediate(writing);
    await store.fullText.whenBuilt(0);
    expect(added).toBeGreaterThan(300);
    const fresh = storeOf(added);
    for (const query of QUERIES) expect(rankedHits(store, { query })).toEqual(rankedHits(fresh, { query }));
  });

  it('refuses a search that would wait too long with SERVICE_BUSY and its progress, then answers it', async () => {
    const store = storeOf(3_000);
    const early = await searchWhenIndexed(store, { query: 'brannok 7', first: 5 }, 0).catch((error: unknown) => error);
    expect(early).toBeInstanceOf(KgError);
    expect((early as KgError).code).toBe(ErrorCode.SERVICE_BUSY);
    expect((early as KgError).message).toMatch(/being built \([\d,]+ of 6,001 entities\)/);
    await store.fullText.whenBuilt();
    const page = await searchWhenIndexed(store, { query: 'brannok 7 logistics', first: 5 }, 0);
    expect(page.edges[0]?.node.entity).toBe('organization:brannok-7-logistics');
  });

  it('checks the query before it waits', async () => {
    const store = storeOf(3_000);
    const refused = await searchWhenIndexed(store, { query: 'x'.repeat(201) }, 0).catch((error: unknown) => error);
    expect((refused as KgError).code).toBe(ErrorCode.INVALID_INPUT);
  });
});
