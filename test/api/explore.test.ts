// Exploring the seed article through real GraphQL execution: search, global ids, neighbourhoods,
// subgraphs, paths, centrality, communities, timelines, filtered connections and batching.
// Expectations hold for what the article states (Tokayev requested the CSTO's help, the CSTO sent
// troops to Kazakhstan), not for details of today's extraction.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, createLoaders } from '../../src/api/index.js';
import { ingestDocument, packageRoot } from '../../src/service/index.js';
import { type Harness, startHarness, testLogger } from './harness.js';

const CSTO = 'alliance:collective-security-treaty-organization';
const KAZAKHSTAN = 'country:kazakhstan';

interface Named {
  id: string;
  name: string;
  type: string;
}

describe('Exploring the seed article through GraphQL', () => {
  let api: Harness;
  let tokayev: string;

  beforeAll(async () => {
    api = await startHarness();
    await ingestDocument(api.graph, { text: readFileSync(join(packageRoot(), 'seeds', 'almaty-unrest.txt'), 'utf8'), publishedAt: '2022-01-06' });
    const found = await api.run<{ search: { edges: { node: Named }[] } }>(
      `{ search(query: "tokayev", types: [PERSON], first: 1) { edges { node { id name type } } } }`,
    );
    tokayev = found.data?.search.edges[0]?.node.id ?? '';
  });
  afterAll(() => api.stop());

  it('finds Tokayev by a prefix of his name, whatever the case and accents, with the name highlighted', async () => {
    expect(tokayev).toMatch(/^person:.*tokayev$/);
    const result = await api.run<{
      search: {
        totalCount: number;
        edges: { node: Named; matchedIn: string; snippet: { text: string; html: string; highlights: { start: number; end: number }[] } }[];
      };
    }>(`{ search(query: "TOKÁ") { totalCount edges { node { id name type } matchedIn score snippet { text html highlights { start end } document } } } }`);
    expect(result.errors).toBeUndefined();
    const [best] = result.data?.search.edges ?? [];
    expect(best?.node.id).toBe(tokayev);
    expect(best?.matchedIn).toMatch(/NAME|ALIAS/);
    expect(best?.snippet.html).toContain('<mark>Tokayev</mark>');
    const span = best?.snippet.highlights[0];
    expect(best?.snippet.text.slice(span?.start, span?.end)).toBe('Tokayev');
    // Other entities are found through the sentences that mention Tokayev.
    expect(result.data?.search.totalCount).toBeGreaterThan(1);
  });

  it('finds the CSTO by its acronym, and pages search hits', async () => {
    const result = await api.run<{ search: { edges: { node: Named; cursor: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      `{ search(query: "csto", first: 1) { edges { cursor node { id name type } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(result.data?.search.edges[0]?.node.id).toBe(CSTO);
    const next = await api.run<{ search: { edges: { node: Named }[] } }>(
      `query($after: String) { search(query: "csto", first: 5, after: $after) { edges { node { id name type } } } }`,
      {
        after: result.data?.search.pageInfo.endCursor,
      },
    );
    expect(next.data?.search.edges.map((e) => e.node.id)).not.toContain(CSTO);
  });

  it('goes from the CSTO to Tokayev through the REQUESTED relation, walking it backwards, with its sentence', async () => {
    const result = await api.run<{
      path: {
        length: number;
        entities: Named[];
        steps: { from: Named; to: Named; direction: string; relation: { predicate: string; source: Named; target: Named }; evidence: { text: string } }[];
      };
    }>(
      `query($from: ID!, $to: ID!) { path(from: $from, to: $to) { length entities { id name type }
        steps { from { id name type } to { id name type } direction relation { predicate source { id name type } target { id name type } } evidence { text } } } }`,
      { from: CSTO, to: tokayev },
    );
    expect(result.errors).toBeUndefined();
    const path = result.data?.path;
    expect(path?.entities[0]?.id).toBe(CSTO);
    expect(path?.entities[path.entities.length - 1]?.id).toBe(tokayev);
    const requested = path?.steps.find((s) => s.relation.predicate === 'REQUESTED');
    expect(requested).toBeDefined();
    expect(requested?.relation.source.id).toBe(tokayev);
    expect(requested?.direction).toBe('BACKWARD');
    expect(requested?.evidence.text).toMatch(/Collective Security Treaty Organization/);
    for (const step of path?.steps ?? []) {
      expect(step.direction).toBe(step.relation.source.id === step.from.id ? 'FORWARD' : 'BACKWARD');
    }
  });

  it('lists the simple paths between two entities, shortest first', async () => {
    const result = await api.run<{ paths: { totalCount: number; paths: { length: number; entities: Named[] }[] } }>(
      `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4, first: 10) { totalCount paths { length entities { id name type } } } }`,
      { from: tokayev, to: KAZAKHSTAN },
    );
    const paths = result.data?.paths.paths ?? [];
    expect(paths.length).toBeGreaterThan(1);
    expect(paths.map((p) => p.length)).toEqual([...paths.map((p) => p.length)].sort((a, b) => a - b));
    expect(paths.every((p) => p.entities[0]?.id === tokayev && p.entities[p.entities.length - 1]?.id === KAZAKHSTAN)).toBe(true);
    expect(result.data?.paths.totalCount).toBeGreaterThanOrEqual(paths.length);
  });

  it("pages the CSTO's neighbourhood and gives the relations to draw it", async () => {
    const result = await api.run<{
      entity: {
        neighbors: {
          totalCount: number;
          edges: { distance: number; node: Named }[];
          relations: { source: { id: string }; target: { id: string } }[];
          pageInfo: { hasNextPage: boolean };
        };
      };
    }>(
      `query($id: ID!) { entity(id: $id) { neighbors(depth: 2, first: 4) { totalCount pageInfo { hasNextPage } edges { distance node { id name type } } relations { source { id } target { id } } } } }`,
      { id: CSTO },
    );
    const neighborhood = result.data?.entity.neighbors;
    expect(neighborhood?.edges).toHaveLength(4);
    expect(neighborhood?.totalCount).toBeGreaterThan(4);
    expect(neighborhood?.pageInfo.hasNextPage).toBe(true);
    expect(neighborhood?.edges.map((e) => e.node.id)).toContain(KAZAKHSTAN);
    const shown = new Set([CSTO, ...(neighborhood?.edges.map((e) => e.node.id) ?? [])]);
    expect(neighborhood?.relations.every((r) => shown.has(r.source.id) && shown.has(r.target.id))).toBe(true);
  });

  it('returns a capped subgraph whose relations stay inside it', async () => {
    const result = await api.run<{
      subgraph: {
        totalCount: number;
        truncated: boolean;
        nodes: { distance: number; entity: Named }[];
        relations: { predicate: string; source: { id: string }; target: { id: string } }[];
      };
    }>(
      `query($ids: [ID!]) { subgraph(ids: $ids, depth: 1, limit: 5) { totalCount truncated nodes { distance entity { id name type } } relations { predicate source { id } target { id } } } }`,
      { ids: [CSTO] },
    );
    const graph = result.data?.subgraph;
    expect(graph?.nodes[0]).toEqual({ distance: 0, entity: expect.objectContaining({ id: CSTO }) });
    expect(graph?.nodes).toHaveLength(5);
    expect(graph?.truncated).toBe(true);
    const inside = new Set(graph?.nodes.map((n) => n.entity.id));
    expect(graph?.relations.every((r) => inside.has(r.source.id) && inside.has(r.target.id))).toBe(true);
  });

  it('ranks the CSTO and Kazakhstan as the most central, and puts every entity in one community', async () => {
    const result = await api.run<{
      entities: {
        edges: { node: Named & { centrality: { rank: number; pagerank: number; degree: number; betweenness: number }; community: { index: number } } }[];
      };
      communities: { size: number; label: string; members: Named[] }[];
      stats: { entities: number };
    }>(`{ stats { entities }
        entities(orderBy: { field: PAGERANK, direction: DESC }, first: 2) { edges { node { id name type centrality { rank pagerank degree degreeCentrality betweenness } community { index } } } }
        communities { index size label members(first: 100) { id name type } } }`);
    expect(result.errors).toBeUndefined();
    const top = result.data?.entities.edges.map((e) => e.node) ?? [];
    expect(top.map((n) => n.id).sort()).toEqual([CSTO, KAZAKHSTAN].sort());
    expect(top.map((n) => n.centrality.rank)).toEqual([1, 2]);
    const communities = result.data?.communities ?? [];
    expect(communities.reduce((sum, c) => sum + c.size, 0)).toBe(result.data?.stats.entities);
    const members = communities.flatMap((c) => c.members.map((m) => m.id));
    expect(new Set(members).size).toBe(members.length);
    expect(communities[0]?.label).toBe(communities[0]?.members[0]?.name);
  });

  it('resolves any global id with node(id) and nodes(ids), entity ids as they always were', async () => {
    const ids = await api.run<{ documents: { id: string }[]; statements: { id: string }[]; facts: { id: string }[]; entity: { relations: { id: string }[] } }>(
      `query($id: ID!) { documents { id } statements { id } facts { id } entity(id: $id) { relations { id } } }`,
      { id: tokayev },
    );
    const wanted = [
      tokayev,
      ids.data?.entity.relations[0]?.id,
      ids.data?.documents[0]?.id,
      ids.data?.statements[0]?.id,
      ids.data?.facts[0]?.id,
      'nothing:here',
    ];
    const result = await api.run<{ nodes: ({ __typename: string; id: string } | null)[]; node: { __typename: string; id: string; name?: string } }>(
      `query($ids: [ID!]!, $id: ID!) { nodes(ids: $ids) { __typename id } node(id: $id) { __typename id ... on Entity { name } } }`,
      { ids: wanted, id: tokayev },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes.map((n) => n?.__typename ?? null)).toEqual(['Entity', 'Relation', 'Document', 'Statement', 'Fact', null]);
    expect(result.data?.nodes.map((n) => n?.id ?? null)).toEqual([...wanted.slice(0, 5), null]);
    expect(result.data?.node.name).toMatch(/Tokayev/);
  });

  it("tells Kazakhstan's timeline in article order, with the article's date", async () => {
    const result = await api.run<{
      timeline: { totalCount: number; edges: { node: { kind: string; date: string; evidence: { sentence: number }; item: { __typename: string } } }[] };
    }>(
      `query($id: ID!) { timeline(entity: $id) { totalCount edges { node { kind date document { id } evidence { sentence } item { __typename ... on Relation { predicate } ... on Statement { text } ... on Fact { count } } } } } }`,
      { id: KAZAKHSTAN },
    );
    expect(result.errors).toBeUndefined();
    const entries = result.data?.timeline.edges.map((e) => e.node) ?? [];
    expect(entries.length).toBe(result.data?.timeline.totalCount);
    expect(entries.every((e) => e.date === '2022-01-06')).toBe(true);
    const sentences = entries.map((e) => e.evidence.sentence);
    expect(sentences).toEqual([...sentences].sort((a, b) => a - b));
    expect(entries.some((e) => e.kind === 'RELATION' && e.item.__typename === 'Relation')).toBe(true);
  });

  it('filters and orders relations, statements, facts and documents, and counts them', async () => {
    const result = await api.run<{
      relations: { totalCount: number; edges: { node: { predicate: string; confidence: number } }[] };
      none: { totalCount: number };
      statementConnection: { totalCount: number };
      factConnection: { totalCount: number; edges: { node: { count: number } }[] };
      documentConnection: { totalCount: number };
      documents: { id: string }[];
    }>(`{
      relations(filter: { predicates: [MEMBER_OF, SENT_TROOPS_TO], published: { from: "2022-01-01", to: "2022-01-31" } }, orderBy: { field: CONFIDENCE, direction: DESC }, first: 3) {
        totalCount edges { node { predicate confidence } } }
      none: relations(filter: { published: { from: "2023-01-01" } }) { totalCount }
      statementConnection(filter: { published: { to: "2022-01-06" } }, first: 1) { totalCount }
      factConnection(orderBy: { field: COUNT, direction: DESC }) { totalCount edges { node { count } } }
      documentConnection(filter: { published: { from: "2022-01-06T00:00:00Z" } }) { totalCount }
      documents(published: { to: "2021-12-31" }) { id }
    }`);
    expect(result.errors).toBeUndefined();
    const relations = result.data?.relations;
    expect(relations?.edges).toHaveLength(3);
    expect(relations?.totalCount).toBeGreaterThan(3);
    expect(relations?.edges.every((e) => ['MEMBER_OF', 'SENT_TROOPS_TO'].includes(e.node.predicate))).toBe(true);
    const confidences = relations?.edges.map((e) => e.node.confidence) ?? [];
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    expect(result.data?.none.totalCount).toBe(0);
    expect(result.data?.statementConnection.totalCount).toBeGreaterThan(0);
    const counts = result.data?.factConnection.edges.map((e) => e.node.count) ?? [];
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(result.data?.documentConnection.totalCount).toBe(1);
    expect(result.data?.documents).toEqual([]);
  });

  it("keeps an entity's relations to those asked for", async () => {
    const result = await api.run<{
      entity: { relations: { predicate: string; source: { id: string }; target: { id: string; type: string } }[]; relationConnection: { totalCount: number } };
    }>(
      `query($id: ID!) { entity(id: $id) {
        relations(filter: { types: [COUNTRY] }, orderBy: { field: PREDICATE }) { predicate source { id } target { id type } }
        relationConnection(direction: IN, filter: { minConfidence: 0.5 }, first: 1) { totalCount } } }`,
      { id: CSTO },
    );
    const relations = result.data?.entity.relations ?? [];
    expect(relations.length).toBeGreaterThan(0);
    expect(relations.map((r) => r.predicate)).toEqual([...relations.map((r) => r.predicate)].sort());
    expect(result.data?.entity.relationConnection.totalCount).toBeGreaterThan(0);
  });

  it('refuses bad arguments with BAD_USER_INPUT', async () => {
    const cases = [
      `{ path(from: "a", to: "b", maxLength: 0) { length } }`,
      `{ paths(from: "a", to: "b", maxLength: 9) { totalCount } }`,
      `{ subgraph(limit: 0) { totalCount } }`,
      `{ relations(filter: { minConfidence: 2 }) { totalCount } }`,
      `{ relations(filter: { published: { from: "not a date" } }) { totalCount } }`,
      `{ relations(after: "garbage") { totalCount } }`,
      `{ search(query: "${'x'.repeat(201)}") { totalCount } }`,
    ];
    for (const query of cases) {
      const result = await api.run(query);
      expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
  });

  it('builds each entity of a nested query once per request, however often it turns up', async () => {
    const lookups = new Map<string, number>();
    // What the loaders read of the store, counting the id lookups that building an entity starts with.
    const store = api.store;
    const counting = {
      graph: store.graph,
      resolveEntityId: (id: string) => {
        lookups.set(id, (lookups.get(id) ?? 0) + 1);
        return store.resolveEntityId(id);
      },
    } as unknown as typeof store;
    const context = { ...createContext(api.graph, testLogger()), loaders: createLoaders(counting) };
    const response = await api.server.executeOperation(
      {
        query: `{ relations(first: 100) { edges { node { source { id } target { id } } } } subgraph { nodes { entity { id } } relations { source { name } target { name } } } }`,
      },
      { contextValue: context },
    );
    expect(response.body.kind === 'single' ? response.body.singleResult.errors : 'incremental').toBeUndefined();
    // Hubs such as the alliance turn up under many relations, and are still built once.
    expect(lookups.size).toBeGreaterThan(10);
    expect([...lookups.values()].every((n) => n === 1)).toBe(true);
  });
});
