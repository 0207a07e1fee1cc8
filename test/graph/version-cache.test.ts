// Derived data that follows the store's versions: estimates reused on large graphs only, and
// document times extended as documents are added, derived again after a hand-over.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphStore, type ReadonlyStore } from '../../src/graph/index.js';
import { documentTimes } from '../../src/graph/queries/filters.js';
import { perVersionEstimate } from '../../src/graph/queries/version-cache.js';
import { buildExtraction } from './build-extraction.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('perVersionEstimate', () => {
  /** A fake store of a given version, and a clock the computation advances by its cost. */
  function setUp(costMs: number): { store: { version: number }; read: () => number; computed: () => number; advance: (ms: number) => void } {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    let runs = 0;
    const store = { version: 1 };
    const estimate = perVersionEstimate(
      () => {
        clock += costMs;
        runs += 1;
        return store.version;
      },
      { cheapMs: 5, costShare: 0.05 },
    );
    return { store, read: () => estimate(store as unknown as ReadonlyStore), computed: () => runs, advance: (ms) => (clock += ms) };
  }

  const cases: readonly (readonly [costMs: number, waitMs: number, recomputed: boolean])[] = [
    [1, 0, true],
    [4, 10_000, true],
    [100, 0, false],
    [100, 1_999, false],
    [100, 2_001, true],
    [500, 9_000, false],
    [500, 10_001, true],
  ];
  it.each(cases)('a value that took %i ms, read again %i ms later at a newer version: recomputed %s', (costMs, waitMs, recomputed) => {
    const { store, read, computed, advance } = setUp(costMs);
    expect(read()).toBe(1);
    store.version = 2;
    advance(waitMs);
    expect(read()).toBe(recomputed ? 2 : 1);
    expect(computed()).toBe(recomputed ? 2 : 1);
  });

  it('never recomputes for the same version', () => {
    const { read, computed, advance } = setUp(1);
    read();
    advance(60_000);
    read();
    expect(computed()).toBe(1);
  });
});

describe('documentTimes', () => {
  const doc = (n: number, publishedAt: string | null) => {
    const extraction = buildExtraction({ sentences: [`Report number ${n}.`] });
    return { ...extraction, document: { ...extraction.document, publishedAt } };
  };

  it('adds the times of new documents, in ingestion order, and derives them again after a hand-over', () => {
    const store = new GraphStore();
    store.applyExtraction(doc(1, '2024-01-02'));
    store.applyExtraction(doc(2, null));
    const first = documentTimes(store);
    expect([...first.values()]).toEqual([
      { published: Date.parse('2024-01-02'), rank: 0 },
      { published: Number.NaN, rank: 1 },
    ]);
    store.applyExtraction(doc(3, '2023-05-06'));
    expect(documentTimes(store).get(doc(3, null).document.id)).toEqual({ published: Date.parse('2023-05-06'), rank: 2 });

    const fresh = new GraphStore();
    fresh.applyExtraction(doc(3, '2023-05-06'));
    fresh.applyExtraction(doc(1, '2024-01-02'));
    store.adopt(fresh);
    expect([...documentTimes(store)]).toEqual([
      [doc(3, null).document.id, { published: Date.parse('2023-05-06'), rank: 0 }],
      [doc(1, null).document.id, { published: Date.parse('2024-01-02'), rank: 1 }],
    ]);
    store.reset();
    expect(documentTimes(store).size).toBe(0);
  });
});
