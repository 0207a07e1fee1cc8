// Reading the graph through real GraphQL execution, over the seed article and hand-built documents.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ingestDocument, packageRoot } from '../../src/service/index.js';
import { GraphStore } from '../../src/graph/index.js';
import { buildExtraction } from '../graph/build-extraction.js';
import { type Harness, startHarness } from './harness.js';

interface EntityNode {
  id: string;
  name: string;
  type: string;
}

describe('GraphQL queries over the seed article', () => {
  let api: Harness;

  beforeAll(async () => {
    api = await startHarness();
    await ingestDocument(api.graph, { text: readFileSync(join(packageRoot(), 'seeds', 'almaty-unrest.txt'), 'utf8') });
  });
  afterAll(() => api.stop());

  it('lists people with a total count and page info', async () => {
    const result = await api.run<{ entities: { totalCount: number; edges: { node: EntityNode; cursor: string }[] } }>(
      `{ entities(type: PERSON, first: 10) { totalCount edges { cursor node { id name type aliases } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.entities.totalCount).toBeGreaterThan(0);
    expect(result.data?.entities.edges.every((e) => e.node.type === 'PERSON')).toBe(true);
  });

  it('pages through all entities without repeating one', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const result: Awaited<
        ReturnType<
          typeof api.run<{ entities: { edges: { node: EntityNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number } }>
        >
      > = await api.run(`query($after: String) { entities(first: 3, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`, {
        after,
      });
      const connection = result.data?.entities;
      if (connection === undefined) throw new Error('no data');
      seen.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) {
        expect(seen).toHaveLength(connection.totalCount);
        break;
      }
      after = connection.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('counts documents, entities by type and relations', async () => {
    const result = await api.run<{ stats: { documents: number; entities: number; relations: number; byType: { type: string; count: number }[] } }>(
      `{ stats { documents entities relations statements facts byType { type count } byPredicate { predicate count } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.stats.documents).toBe(1);
    expect(result.data?.stats.entities).toBeGreaterThan(0);
    expect(result.data?.stats.byType.reduce((sum, t) => sum + t.count, 0)).toBe(result.data?.stats.entities);
  });

  it('returns an entity by id with its mentions, documents and relations', async () => {
    const list = await api.run<{ entities: { edges: { node: EntityNode }[] } }>(`{ entities(type: COUNTRY, search: "kazakhstan") { edges { node { id } } } }`);
    const id = list.data?.entities.edges[0]?.node.id;
    expect(id).toBeDefined();
    const result = await api.run<{
      entity: { id: string; mentions: { count: number; sentences: { document: string; text: string }[] }; documents: { id: string }[] };
    }>(
      `query($id: ID!) { entity(id: $id) { id name mentions { count sentences { document sentence text start end } } documents { id title }
        relations(direction: BOTH) { id predicate role rule confidence source { id } target { id } evidence { document text } } statements { text } } }`,
      { id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.entity.id).toBe(id);
    expect(result.data?.entity.mentions.count).toBeGreaterThan(0);
    expect(result.data?.entity.mentions.sentences[0]?.document).toBe(result.data?.entity.documents[0]?.id);
  });

  it('gives the first N mention sentences in reading order when asked, all of them otherwise', async () => {
    const list = await api.run<{ entities: { edges: { node: EntityNode }[] } }>(`{ entities(type: COUNTRY, search: "kazakhstan") { edges { node { id } } } }`);
    const id = list.data?.entities.edges[0]?.node.id;
    type Mentions = { entity: { mentions: { count: number; all: { sentence: number; start: number }[]; two: { sentence: number; start: number }[] } } };
    const result = await api.run<Mentions>(
      `query($id: ID!) { entity(id: $id) { mentions { count all: sentences { sentence start } two: sentences(first: 2) { sentence start } } } }`,
      { id },
    );
    const mentions = result.data?.entity.mentions;
    expect(mentions?.count).toBeGreaterThan(2);
    expect(mentions?.all).toHaveLength(mentions?.count ?? -1);
    expect(mentions?.two).toEqual(mentions?.all.slice(0, 2));
    const tooMany = await api.run(`query($id: ID!) { entity(id: $id) { mentions { sentences(first: 101) { sentence } } } }`, { id });
    expect(tooMany.errors?.[0]?.message).toBe('Mentions.sentences: first must be an integer from 0 to 100, got 101.');
  });

  it('returns null for an unknown entity or document', async () => {
    const result = await api.run<{ entity: null; document: null }>(`{ entity(id: "person:nobody") { id } document(id: "doc:none") { id } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ entity: null, document: null });
  });

  it('lists documents with their text, sentences and entities', async () => {
    const result = await api.run<{ documents: { id: string; title: string; text: string; sentences: { index: number }[]; entities: EntityNode[] }[] }>(
      `{ documents { id title source publishedAt text sentences { index start end text } entities { id name type } } }`,
    );
    const [doc] = result.data?.documents ?? [];
    expect(doc?.sentences.length).toBeGreaterThan(1);
    expect(doc?.entities.some((e) => e.type === 'PERSON')).toBe(true);
    const one = await api.run<{ document: { id: string } }>(`query($id: ID!) { document(id: $id) { id } }`, { id: doc?.id });
    expect(one.data?.document.id).toBe(doc?.id);
  });

  it('answers introspection, which GraphiQL needs', async () => {
    const result = await api.run<{ __schema: { queryType: { name: string } } }>(`{ __schema { queryType { name } types { name fields { name } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.queryType.name).toBe('Query');
  });
});

describe('GraphQL queries over hand-built documents', () => {
  let api: Harness;

  beforeAll(async () => {
    const store = new GraphStore();
    store.applyExtraction(
      buildExtraction({
        sentences: ['Emmanuel Macron met Olaf Scholz and Mark Rutte.', 'Reuters reported that Macron said "we agree".', 'Three people were killed.'],
        entities: [
          { name: 'Emmanuel Macron', type: 'PERSON', aliases: ['Macron'] },
          { name: 'Olaf Scholz', type: 'PERSON' },
          { name: 'Mark Rutte', type: 'PERSON' },
          { name: 'Reuters', type: 'NEWS_AGENCY' },
        ],
        relations: [
          { subject: 'person:emmanuel-macron', predicate: 'MET_WITH', object: 'person:olaf-scholz' },
          { subject: 'person:emmanuel-macron', predicate: 'MET_WITH', object: 'person:mark-rutte' },
          { subject: 'person:emmanuel-macron', predicate: 'REPORTED_BY', object: 'news_agency:reuters', sentence: 1 },
        ],
        statements: [{ id: 'st:1', speaker: 'person:emmanuel-macron', text: 'we agree', reportedBy: 'news_agency:reuters' }],
        facts: [{ id: 'f:1', kind: 'killed', count: 3, subject: null }],
      }),
    );
    api = await startHarness(store);
  });
  afterAll(() => api.stop());

  it('follows relations in one direction, of one predicate', async () => {
    const result = await api.run<{ entity: { relations: { predicate: string; source: { id: string }; target: { id: string } }[] } }>(
      `{ entity(id: "person:emmanuel-macron") { relations(predicate: REPORTED_BY, direction: OUT) { predicate source { id } target { id } } } }`,
    );
    expect(result.data?.entity.relations).toEqual([
      { predicate: 'REPORTED_BY', source: { id: 'person:emmanuel-macron' }, target: { id: 'news_agency:reuters' } },
    ]);
  });

  it('filters statements by speaker and agency and resolves them to entities', async () => {
    const result = await api.run<{ statements: { text: string; speaker: { name: string }; reportedBy: { name: string } }[] }>(
      `{ statements(speaker: "person:emmanuel-macron", reportedBy: "news_agency:reuters") { id text speaker { name } reportedBy { name } evidence { sentence } } }`,
    );
    expect(result.data?.statements).toEqual(
      [{ text: 'we agree', speaker: { name: 'Emmanuel Macron' }, reportedBy: { name: 'Reuters' } }].map((s) => expect.objectContaining(s)),
    );
  });

  it('filters facts by kind, with the kind in upper case', async () => {
    const result = await api.run<{ killed: { kind: string; count: number }[]; arrested: unknown[] }>(
      `{ killed: facts(kind: KILLED) { id kind count subject { id } evidence { text } } arrested: facts(kind: ARRESTED) { id } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.killed).toEqual([expect.objectContaining({ kind: 'KILLED', count: 3 })]);
    expect(result.data?.arrested).toEqual([]);
  });

  it('loads each entity once per request however many relations point at it', async () => {
    const lookups = vi.spyOn(api.store, 'resolveEntityId');
    const result = await api.run(`{ entity(id: "person:emmanuel-macron") { relations { source { name } target { name } } } }`);
    expect(result.errors).toBeUndefined();
    // Without the loader, Macron would be looked up once per relation it is the source of.
    const ids = lookups.mock.calls.map(([id]) => id);
    expect(ids.filter((id) => id !== 'person:emmanuel-macron').sort()).toEqual(['news_agency:reuters', 'person:mark-rutte', 'person:olaf-scholz']);
    // Once by the loader, once by relationsOf to find the node's edges.
    expect(ids.filter((id) => id === 'person:emmanuel-macron')).toHaveLength(2);
    lookups.mockRestore();
  });
});
