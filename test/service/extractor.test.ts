// Extraction in worker threads: the same result as on the calling thread, a time limit that refuses
// an article without storing anything, a bounded queue, and an event loop that stays free meanwhile.
// The pool runs the compiled worker (dist/), which `npm test` builds first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExtractionTimeoutError, ServiceBusyError } from '../../src/domain/index.js';
import { ingestDocument, ingestDocuments, packageRoot } from '../../src/service/index.js';
import { PersistentGraph, openMemoryStorage } from '../../src/graph/persistence/index.js';
import { extract } from '../../src/ingest/index.js';
import { type Extractor, inProcessExtractor, workerPoolExtractor } from '../../src/service/index.js';

const SEED = readFileSync(join(packageRoot(), 'seeds', 'almaty-unrest.txt'), 'utf8');
/** An article of `n` sentences naming distinct people: time grows with n (linearly). */
const names = (n: number): string =>
  Array.from({ length: n }, (_, i) => `Tarn${i.toString(36)} Velk${(i * 7).toString(36)} met Orra${i.toString(36)}.`).join(' ');
/** Keeps a thread busy for a while (several hundred milliseconds and more). */
const LONG = names(6_000);
/** Runs well past a 500 ms limit (seconds), yet within the size limit of an article. */
const SLOW = names(16_000);

const pools: Extractor[] = [];
const pool = (options: Parameters<typeof workerPoolExtractor>[0]): Extractor => {
  const created = workerPoolExtractor(options);
  pools.push(created);
  return created;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('workerPoolExtractor', () => {
  it('gives the same extraction as the calling thread', async () => {
    const inWorker = await pool({ threads: 1 }).extract({ text: SEED, publishedAt: '2022-01-06' });
    expect(inWorker).toEqual(extract({ text: SEED, publishedAt: '2022-01-06' }));
  });

  it('refuses an article that runs past the time limit, then reads the next one', async () => {
    const extractor = pool({ threads: 1, timeoutMs: 500 });
    await expect(extractor.extract({ text: SLOW })).rejects.toBeInstanceOf(ExtractionTimeoutError);
    const next = await extractor.extract({ text: 'Berlin talks\n\nGermany hosted Poland in Berlin.' });
    expect(next.entities.map((e) => e.name)).toContain('Poland');
  });

  it('refuses new articles as SERVICE_BUSY when the queue is full', async () => {
    const extractor = pool({ threads: 1, maxQueue: 1 });
    const outcomes = await Promise.allSettled([1, 2, 3].map((n) => extractor.extract({ text: `Article ${n}\n\nFrance met Spain.` })));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((outcomes[2] as PromiseRejectedResult).reason).toBeInstanceOf(ServiceBusyError);
  });

  it('closes only after every thread has loaded (terminating a thread mid-load aborts Node 20)', async () => {
    // A service stopped right after it started: close() is called while both threads still load.
    const extractor = workerPoolExtractor({ threads: 2 });
    let loaded = false;
    void extractor.ready().then(() => (loaded = true));
    expect(loaded).toBe(false);
    await extractor.close();
    expect(loaded).toBe(true);
  });

  it('is ready once its threads have loaded, and stays so after a thread was replaced', async () => {
    const extractor = pool({ threads: 1, timeoutMs: 500 });
    await extractor.ready();
    await expect(extractor.extract({ text: SLOW })).rejects.toBeInstanceOf(ExtractionTimeoutError);
    // The replacement thread loads, says so, and reads the next article.
    await extractor.ready();
    expect((await extractor.extract({ text: 'Oslo talks\n\nNorway hosted Sweden.' })).entities.map((e) => e.name)).toContain('Sweden');
  });

  it('keeps the event loop free while a long article is read', async () => {
    const extractor = pool({ threads: 1 });
    let longestGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    await extractor.extract({ text: LONG });
    const took = performance.now() - started;
    clearInterval(ticker);
    // The article kept a thread busy for a long while; the loop kept ticking all along.
    expect(took).toBeGreaterThan(300);
    expect(longestGap).toBeLessThan(took / 2);
  });
});

describe('ingestDocument with a time limit', () => {
  it('stores nothing of an article whose extraction timed out', async () => {
    const graph = new PersistentGraph(openMemoryStorage());
    await expect(ingestDocument(graph, { text: SLOW }, pool({ threads: 1, timeoutMs: 500 }))).rejects.toBeInstanceOf(ExtractionTimeoutError);
    expect(graph.store.graph.order).toBe(0);
    expect((await graph.storage.counts()).documents).toBe(0);
    await graph.close();
  });

  it('stores a batch in order after extracting it on several threads, and none of it when one article fails', async () => {
    const graph = new PersistentGraph(openMemoryStorage());
    const texts = ['Paris talks\n\nFrance hosted Spain in Paris.', 'Rome talks\n\nItaly hosted Greece in Rome.', 'Oslo talks\n\nNorway hosted Sweden in Oslo.'];
    const results = await ingestDocuments(
      graph,
      texts.map((text) => ({ text })),
      pool({ threads: 2 }),
    );
    expect(results.map((r) => r.document.title)).toEqual(['Paris talks', 'Rome talks', 'Oslo talks']);
    const failing: Extractor = {
      ...inProcessExtractor,
      extract: (input) => (input.text.includes('Lima') ? Promise.reject(new ExtractionTimeoutError('too slow')) : inProcessExtractor.extract(input)),
    };
    await expect(
      ingestDocuments(graph, [{ text: 'Bern talks\n\nSwitzerland hosted Austria.' }, { text: 'Lima talks\n\nPeru hosted Chile.' }], failing),
    ).rejects.toBeInstanceOf(ExtractionTimeoutError);
    expect((await graph.storage.counts()).documents).toBe(3);
    await graph.close();
  });
});
