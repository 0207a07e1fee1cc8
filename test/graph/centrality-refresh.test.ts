// PageRank on large graphs is computed in a worker thread: right after a change readers get the last
// finished ranking, marked stale, and no read waits for the computation; once the thread is done the
// ranking is the one computed on the calling thread. The worker is the compiled one (dist/), which
// `npm test` builds first.
import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { GraphStore } from '../../src/graph/index.js';
import { pagerank } from '../../src/graph/graphology-lib.js';
import { BACKGROUND_PAGERANK_ABOVE, centralities, centralityOf, refreshDue } from '../../src/graph/queries/centrality.js';
import { pagerankTask, runPagerankTask } from '../../src/graph/queries/pagerank-task.js';
import { syntheticGraph } from '../support/synthetic-graph.js';
import { buildExtraction } from './build-extraction.js';

/** One link per ordered pair of entities, weighted by the relations from the first to the second. */
function directedLinks(store: GraphStore): DirectedGraph<Record<string, never>, { weight: number }> {
  const links = new DirectedGraph<Record<string, never>, { weight: number }>();
  store.graph.forEachNode((id) => links.addNode(id));
  store.graph.forEachEdge((_key, _attrs, source, target) => {
    links.updateEdge(source, target, (attrs) => ({ weight: (attrs.weight ?? 0) + 1 }));
  });
  return links;
}

/** Waits until `done()` holds, checking every 50 ms, for at most `ms`. */
async function until(done: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`not done within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('PageRank task', () => {
  it('gives the ranks graphology gives on the directed links, weighted by the relations each stands for', () => {
    const store = new GraphStore();
    for (const extraction of syntheticGraph(4, 10, 3)) store.applyExtraction(extraction);
    const expected = pagerank(directedLinks(store), { getEdgeWeight: 'weight' });
    const { ids, task } = pagerankTask(store.graph);
    expect(task.sources.length).toBe(store.graph.size); // one entry per relation, summed per pair by the task
    expect(directedLinks(store).size).toBeLessThan(store.graph.size); // pairs with several relations are in the case
    const ranks = runPagerankTask(task);
    ids.forEach((id, i) => expect(ranks[i]).toBeCloseTo(expected[id] ?? -1, 12));
  });
});

describe('refreshDue', () => {
  // [now, last start, event-loop cost of the last refresh (ms), due]
  const cases: readonly (readonly [number, number, number, boolean])[] = [
    [0, Number.NEGATIVE_INFINITY, 0, true],
    [1_999, 0, 0, false],
    [2_000, 0, 0, true],
    [2_000, 0, 100, true],
    [7_999, 0, 400, false],
    [8_000, 0, 400, true],
    [30_000, 10_000, 1_000, true],
    [29_999, 10_000, 1_000, false],
  ];
  it.each(cases)('at %i, after a refresh started at %i that cost %i ms: %s', (now, lastStart, cost, due) => {
    expect(refreshDue(now, lastStart, cost)).toBe(due);
  });
});

describe('centrality of a large graph', () => {
  it('is refreshed in the background: stale at once after a change, then the fresh ranking', async () => {
    const store = new GraphStore();
    for (const extraction of syntheticGraph(110, 60, 4)) store.applyExtraction(extraction);
    expect(store.graph.size).toBeGreaterThan(BACKGROUND_PAGERANK_ABOVE);
    const anyone = store.graph.nodes()[7] as string;

    // Nothing computed yet: degree stands in, marked stale, and the read does not wait.
    const first = centralityOf(store, { id: anyone });
    expect(first?.stale).toBe(true);
    expect(first?.degree).toBe(store.graph.degree(anyone));
    await until(() => centralityOf(store, { id: anyone })?.stale === false, 30_000);
    const expected = pagerank(directedLinks(store), { getEdgeWeight: 'weight' });
    expect(centralityOf(store, { id: anyone })?.pagerank).toBeCloseTo(expected[anyone] ?? -1, 12);
    const ranked = [...centralities(store).values()].map((c) => c.rank).sort((a, b) => a - b);
    expect(ranked).toEqual(Array.from({ length: store.graph.order }, (_, i) => i + 1));

    // A new article: its entity is known at once (after every ranked one) and the old ranking is kept meanwhile.
    const before = centralityOf(store, { id: anyone })?.pagerank;
    store.applyExtraction(
      buildExtraction({
        sentences: ['Orvell Tamsin met Ilsa Vantrow.'],
        entities: [
          { name: 'Orvell Tamsin', type: 'PERSON' },
          { name: 'Ilsa Vantrow', type: 'PERSON' },
        ],
        relations: [{ subject: 'person:orvell-tamsin', predicate: 'MET_WITH', object: 'person:ilsa-vantrow' }],
      }),
    );
    const newcomer = centralityOf(store, { id: 'person:orvell-tamsin' });
    expect(newcomer?.stale).toBe(true);
    expect(newcomer?.rank).toBe(store.graph.order - 1);
    expect(centralityOf(store, { id: anyone })?.pagerank).toBe(before);
    await until(() => centralityOf(store, { id: anyone })?.stale === false, 30_000);
    expect(centralityOf(store, { id: 'person:orvell-tamsin' })?.rank).toBeLessThanOrEqual(store.graph.order);
  });
});
