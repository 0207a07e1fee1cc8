// A relation one source asserts and another denies stays two relations in the graph, each with its
// own evidence and polarity, instead of one positive edge.
import { describe, expect, it } from 'vitest';
import { GraphStore, allRelations } from '../../src/graph/index.js';
import { extract } from '../../src/ingest/index.js';

describe('GraphStore: polarity of relations', () => {
  it('keeps the denied claim beside the asserted one', () => {
    const store = new GraphStore();
    store.applyExtraction(extract({ text: 'Troops\n\nFrance sent troops to Mali, Kestrel News reported.', publishedAt: '2024-03-12' }));
    store.applyExtraction(extract({ text: 'Denial\n\nFrance did not send troops to Mali.', publishedAt: '2024-03-13' }));
    const sent = allRelations(store).filter((r) => r.predicate === 'SENT_TROOPS_TO');
    expect(sent.map((r) => [r.source, r.target, r.polarity ?? 'ASSERTED', r.evidence.length])).toEqual([
      ['country:france', 'country:mali', 'ASSERTED', 1],
      ['country:france', 'country:mali', 'DENIED', 1],
    ]);
    expect(new Set(sent.map((r) => r.id)).size).toBe(2);
  });
});
