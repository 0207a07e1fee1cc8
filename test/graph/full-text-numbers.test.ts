// The search index names entities by number and keeps each one's type and degree beside it, so a
// search that matches a tenth of a large graph ranks it without looking every entity up. These
// figures must stay equal to the graph's own through every kind of write.
import { describe, expect, it } from 'vitest';
import { GraphStore, rankedHits } from '../../src/graph/index.js';
import { buildExtraction } from './build-extraction.js';

function addDocument(store: GraphStore, n: number, partners: number): void {
  const company = `Brannok ${n} Logistics`;
  const companyId = `organization:brannok-${n}-logistics`;
  store.applyExtraction(
    buildExtraction({
      sentences: [`${company} opened a depot in Ostravia.`, `Its chief, Ilse Varga ${n}, spoke to reporters.`],
      entities: [
        { name: company, type: 'ORGANIZATION', sentences: [0] },
        { name: 'Ostravia', type: 'COUNTRY', sentences: [0] },
        { name: `Ilse Varga ${n}`, type: 'PERSON', sentences: [1] },
        ...Array.from({ length: partners }, (_, k) => ({ name: `Partner ${n} ${k}`, type: 'ORGANIZATION' as const, sentences: [1] })),
      ],
      relations: [
        { subject: companyId, predicate: 'LOCATED_IN', object: 'country:ostravia', sentence: 0 },
        { subject: `person:ilse-varga-${n}`, predicate: 'LEADS', object: companyId, role: 'chief', sentence: 1 },
        ...Array.from({ length: partners }, (_, k) => ({
          subject: companyId,
          predicate: 'ALLIED_WITH' as const,
          object: `organization:partner-${n}-${k}`,
          sentence: 1,
        })),
      ],
    }),
  );
}

/** Every entity's number gives back its id, its type and its degree as the graph has them. */
function expectNumbersMatchGraph(store: GraphStore): void {
  const index = store.fullText;
  const numbered = new Set<string>();
  for (let number = 0; number < index.numberCount; number += 1) {
    const id = index.entityOf(number);
    numbered.add(id);
    if (!store.graph.hasNode(id)) {
      expect(index.typeOf(number)).toBeUndefined();
      continue;
    }
    expect([id, index.typeOf(number)]).toEqual([id, store.graph.getNodeAttributes(id).type]);
    expect([id, index.degreeOf(number)]).toEqual([id, store.graph.degree(id)]);
  }
  for (const id of store.graph.nodes()) expect(numbered.has(id)).toBe(true);
}

describe('the search index numbers entities', () => {
  it('keeps type and degree equal to the graph through ingestion, curation and undo', () => {
    const store = new GraphStore();
    for (let n = 0; n < 30; n += 1) addDocument(store, n, n % 4);
    expectNumbersMatchGraph(store);

    store.mergeEntities('organization:brannok-1-logistics', ['organization:brannok-2-logistics', 'organization:brannok-3-logistics']);
    store.setEntityType('organization:partner-6-1', 'GOVERNMENT_BODY');
    store.renameEntity('person:ilse-varga-4', 'Ilse Varga-Holm');
    const degreeBefore = store.graph.degree('organization:brannok-7-logistics');
    const located = store.graph.edges('organization:brannok-7-logistics', 'country:ostravia')[0];
    const ref = located === undefined ? undefined : store.relationRef(located);
    expect(ref).toBeDefined();
    store.applyCuration({ kind: 'reject', reason: 'wrong', ...(ref as NonNullable<typeof ref>) });
    expect(store.graph.degree('organization:brannok-7-logistics')).toBe(degreeBefore - 1);
    expectNumbersMatchGraph(store);

    addDocument(store, 2, 3); // the merged-away id comes back as a node of its own
    expectNumbersMatchGraph(store);
  });

  it('ranks ties by the graph degree, also after a node is dropped with its relations', () => {
    const store = new GraphStore();
    for (let n = 0; n < 12; n += 1) addDocument(store, n, (n * 7) % 5);
    const hits = rankedHits(store, { query: 'logistics', types: ['ORGANIZATION'] });
    expect(new Set(hits.map((hit) => hit.score)).size).toBe(1);
    const ranked = hits.map((hit) => hit.entity);
    const byDegree = [...ranked].sort((a, b) => store.graph.degree(b) - store.graph.degree(a) || (a < b ? -1 : 1));
    expect(new Set(ranked.map((id) => store.graph.degree(id))).size).toBeGreaterThan(2);
    expect(ranked).toEqual(byDegree);

    // A node dropped with its relations still attached: their ends lose a relation each.
    (store.graph as unknown as { dropNode(id: string): void }).dropNode('country:ostravia');
    expectNumbersMatchGraph(store);
  });

  it('starts from a clean slate when the graph is cleared', () => {
    const store = new GraphStore();
    for (let n = 0; n < 5; n += 1) addDocument(store, n, 2);
    store.reset();
    expect(store.fullText.numberCount).toBe(0);
    for (let n = 0; n < 3; n += 1) addDocument(store, n, 1);
    expectNumbersMatchGraph(store);
    expect(rankedHits(store, { query: 'varga', types: ['PERSON'] })).toHaveLength(3);
  });

  it('finds every entity of a common word through additions and removals (its numbers kept in an array)', () => {
    // Over 64 entities use "logistics", so its posting lists keep their numbers in a typed array;
    // merges and renames take entities out of it, new documents add to it.
    const store = new GraphStore();
    for (let n = 0; n < 100; n += 1) addDocument(store, n, 1);
    const expected = (): string[] =>
      store.graph
        .nodes()
        .filter((id) => {
          const attrs = store.graph.getNodeAttributes(id);
          return [attrs.name, ...attrs.aliases, ...attrs.mentions.map((mention) => mention.evidence.text)].some((text) => /\blogistics\b/i.test(text));
        })
        .sort();
    const found = (): string[] =>
      rankedHits(store, { query: 'logistics' })
        .map((hit) => hit.entity)
        .sort();
    expect(found()).toEqual(expected());
    expect(found().length).toBeGreaterThan(100);

    store.mergeEntities(
      'organization:brannok-1-logistics',
      Array.from({ length: 10 }, (_, k) => `organization:brannok-${k + 2}-logistics`),
    );
    for (let n = 20; n < 25; n += 1) store.renameEntity(`organization:brannok-${n}-logistics`, `Brannok ${n} Freight`);
    (store.graph as unknown as { dropNode(id: string): void }).dropNode('country:ostravia');
    expect(found()).toEqual(expected());
    expect(found()).not.toContain('organization:brannok-5-logistics');

    for (let n = 100; n < 140; n += 1) addDocument(store, n, 0);
    expect(found()).toEqual(expected());
    expect(found()).toContain('organization:brannok-139-logistics');
  });

  it("follows an entity's sentences as documents add to it and one is taken out again", () => {
    // Tarsk's mention list is short, so the store copies it for each document: the index must
    // index only the new sentences after a copy, and all of them again after a deletion.
    const store = new GraphStore();
    const tarsk = { name: 'Tarsk', type: 'COUNTRY' as const, sentences: [0] };
    const document = (sentence: string) => buildExtraction({ sentences: [sentence], entities: [tarsk] });
    const found = (word: string): string[] => rankedHits(store, { query: word }).map((hit) => hit.entity);
    store.applyExtraction(document('Officials met in Tarsk on Monday.'));
    const harvest = document('Tarsk announced a quarvel harvest.');
    store.applyExtraction(harvest);
    expect(found('quarvel')).toEqual(['country:tarsk']);
    expect(store.removeDocumentInPlace(harvest.document.id, [])).toBeUndefined();
    expect(found('quarvel')).toEqual([]);
    expect(found('officials')).toEqual(['country:tarsk']);
    store.applyExtraction(document('Tarsk opened a zintar mine.'));
    expect(found('zintar')).toEqual(['country:tarsk']);
    expect(found('quarvel')).toEqual([]);
    expect(found('officials')).toEqual(['country:tarsk']);
  });
});
