// Read functions over the store: paging, filters and counts.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/domain/index.js';
import { GraphStore, getDocument, graphStats, listDocuments, listEntities, listFacts, listStatements, relationsOf } from '../../src/graph/index.js';
import { buildExtraction } from './build-extraction.js';

function seededStore(): GraphStore {
  const store = new GraphStore();
  store.applyExtraction(
    buildExtraction({
      sentences: ['Emmanuel Macron met Olaf Scholz in Paris.', 'TASS reported that Macron said "we agree".'],
      entities: [
        { name: 'Emmanuel Macron', type: 'PERSON', aliases: ['Macron'] },
        { name: 'Olaf Scholz', type: 'PERSON' },
        { name: 'Paris', type: 'CITY' },
        { name: 'France', type: 'COUNTRY' },
        { name: 'Germany', type: 'COUNTRY' },
        { name: 'TASS', type: 'NEWS_AGENCY' },
      ],
      relations: [
        { subject: 'person:emmanuel-macron', predicate: 'MET_WITH', object: 'person:olaf-scholz' },
        { subject: 'city:paris', predicate: 'LOCATED_IN', object: 'country:france' },
        { subject: 'person:emmanuel-macron', predicate: 'LEADS', object: 'country:france', role: 'President' },
      ],
      statements: [
        { id: 'st:a', speaker: 'person:emmanuel-macron', text: 'we agree', reportedBy: 'news_agency:tass' },
        { id: 'st:b', speaker: 'person:olaf-scholz', text: 'indeed', reportedBy: null },
      ],
      facts: [
        { id: 'f:1', kind: 'killed', count: 3, subject: null },
        { id: 'f:2', kind: 'injured', count: 7, subject: null },
      ],
    }),
  );
  return store;
}

describe('listEntities', () => {
  it('sorts by name and pages with cursors until the end', () => {
    const store = seededStore();
    const first = listEntities(store, { first: 4 });
    expect(first.totalCount).toBe(6);
    expect(first.edges.map((e) => e.node.name)).toEqual(['Emmanuel Macron', 'France', 'Germany', 'Olaf Scholz']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = listEntities(store, { first: 4, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.name)).toEqual(['Paris', 'TASS']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('filters by type and by a fragment of a name or alias, blind to case and accents', () => {
    const store = seededStore();
    expect(listEntities(store, { type: 'COUNTRY' }).edges.map((e) => e.node.id)).toEqual(['country:france', 'country:germany']);
    expect(listEntities(store, { search: 'MACRÓN' }).edges.map((e) => e.node.id)).toEqual(['person:emmanuel-macron']);
    expect(listEntities(store, { type: 'CITY', search: 'macron' }).totalCount).toBe(0);
  });

  it('refuses a cursor it did not issue and a page size out of range', () => {
    const store = seededStore();
    expect(() => listEntities(store, { after: 'not-a-cursor' })).toThrow(InvalidInputError);
    expect(() => listEntities(store, { first: -1 })).toThrow(InvalidInputError);
    expect(() => listEntities(store, { first: 1000 })).toThrow(InvalidInputError);
  });

  it('keeps a cursor valid after new entities are added before it', () => {
    const store = seededStore();
    const page = listEntities(store, { first: 2 });
    store.applyExtraction(buildExtraction({ sentences: ['Austria spoke.'], entities: [{ name: 'Austria', type: 'COUNTRY' }] }));
    const next = listEntities(store, { first: 2, after: page.pageInfo.endCursor });
    expect(next.edges.map((e) => e.node.name)).toEqual(['Germany', 'Olaf Scholz']);
  });
});

describe('relationsOf', () => {
  it('lists outgoing, incoming or all relations, optionally of one predicate', () => {
    const store = seededStore();
    expect(relationsOf(store, { entity: 'country:france', direction: 'IN' })).toHaveLength(2);
    expect(relationsOf(store, { entity: 'country:france', direction: 'OUT' })).toHaveLength(0);
    expect(relationsOf(store, { entity: 'person:emmanuel-macron', predicate: 'LEADS' })).toHaveLength(1);
    expect(relationsOf(store, { entity: 'person:nobody' })).toEqual([]);
  });
});

describe('listStatements, listFacts and documents', () => {
  it('filters statements by speaker and by reporting agency', () => {
    const store = seededStore();
    expect(listStatements(store, { speaker: 'person:olaf-scholz' }).map((s) => s.id)).toEqual(['st:b']);
    expect(listStatements(store, { reportedBy: 'news_agency:tass' }).map((s) => s.id)).toEqual(['st:a']);
    expect(listStatements(store, { speaker: 'person:nobody' })).toEqual([]);
    expect(listStatements(store)).toHaveLength(2);
  });

  it('filters facts by kind', () => {
    const store = seededStore();
    expect(listFacts(store, { kind: 'injured' }).map((f) => f.count)).toEqual([7]);
    expect(listFacts(store)).toHaveLength(2);
  });

  it('lists documents and finds one by id', () => {
    const store = seededStore();
    const [doc] = listDocuments(store);
    expect(doc).toBeDefined();
    expect(getDocument(store, { id: doc?.id ?? '' })?.sentences).toHaveLength(2);
    expect(getDocument(store, { id: 'doc:none' })).toBeNull();
  });
});

describe('graphStats', () => {
  it('counts everything, by type and by predicate', () => {
    const stats = graphStats(seededStore());
    expect(stats).toMatchObject({ documents: 1, entities: 6, relations: 3, statements: 2, facts: 2 });
    expect(stats.byType).toEqual([
      { type: 'PERSON', count: 2 },
      { type: 'NEWS_AGENCY', count: 1 },
      { type: 'COUNTRY', count: 2 },
      { type: 'CITY', count: 1 },
    ]);
    expect(stats.byPredicate.map((p) => p.predicate)).toEqual(['LEADS', 'LOCATED_IN', 'MET_WITH']);
  });
});
