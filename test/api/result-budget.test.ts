// A query is refused before execution when nested lists or long texts would make its answer too
// large, whatever the sizes are given as literals, variables or not at all; lists without `first`
// are sized from the graph as it is. Ordinary queries pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLSchema } from 'graphql';
import { ingestDocument } from '../../src/service/index.js';
import { estimateAnswer } from '../../src/api/result-budget.js';
import { ErrorCode } from '../../src/domain/index.js';
import { syntheticArticles } from '../support/synthetic-news.js';
import { type Harness, startHarness } from './harness.js';

describe('the result budget, over 100 articles that all name one country', () => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness();
    for (const text of syntheticArticles(100)) await ingestDocument(api.graph, { text });
  }, 60_000);
  afterAll(() => api.stop());

  const refused: readonly [string, string, Record<string, unknown>?][] = [
    ['lists nested without bound', '{ documents { entities { documents { entities { documents { entities { relations { id } } } } } } } }'],
    ['texts under nested lists (a hub is under every document)', '{ documents { entities { documents { title text } } } }'],
    [
      'page sizes given as variables',
      'query($n: Int) { entities(first: $n) { edges { node { neighbors(depth: 2, first: $n) { edges { node { neighbors(depth: 2, first: $n) { totalCount } } } } } } } }',
      { n: 100 },
    ],
    ['two exports in one request', '{ a: export(format: GEXF) b: export(format: JSON) }'],
    [
      'many path searches',
      `{ ${Array.from({ length: 20 }, (_, i) => `p${i}: paths(from: "country:france", to: "country:germany") { totalCount }`).join(' ')} }`,
    ],
  ];

  it.each(refused)('refuses %s with QUERY_TOO_COMPLEX', async (_what, query, variables) => {
    const result = await api.run(query, variables);
    expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    expect(result.data).toBeUndefined();
  });

  const allowed: readonly [string, string, Record<string, unknown>?][] = [
    [
      'small page sizes given as variables',
      'query($n: Int) { entities(first: $n) { edges { node { neighbors(depth: 2, first: $n) { edges { node { neighbors(depth: 2, first: $n) { totalCount } } } } } } } }',
      { n: 5 },
    ],
    [
      'an ordinary exploration',
      '{ entities(first: 20) { edges { node { name relations { predicate target { name } evidence { text } } statements { text } } } } }',
    ],
    ['every title with its entities', '{ documents { title entities { name } } }'],
    ['one export', '{ export(format: GRAPHML) }'],
  ];

  it.each(allowed)('lets %s through', async (_what, query, variables) => {
    const result = await api.run(query, variables);
    expect(result.errors).toBeUndefined();
  });

  it('sizes a list under one object by its largest case, and under many by its size-weighted mean', async () => {
    const { parse } = await import('graphql');
    const schema = (
      api.server as unknown as { internals: { state: { schemaManager: { getSchemaDerivedData(): { schema: GraphQLSchema } } } } }
    ).internals.state.schemaManager.getSchemaDerivedData().schema;
    const estimate = (query: string): number => {
      const document = parse(query);
      const operation = document.definitions[0];
      if (operation?.kind !== 'OperationDefinition') throw new Error('no operation');
      const root = schema.getQueryType();
      if (!root) throw new Error('no query type');
      return estimateAnswer(document, operation.selectionSet, root, schema, api.store, {}).objects;
    };
    // France is in all 100 documents: under one entity, its documents are all 100 (and a title each).
    expect(estimate('{ entity(id: "country:france") { documents { title } } }')).toBe(1 + 100 + 100);
    // Under one entity named by its id, its own lists count at their real size, not the largest any entity has.
    const person = api.store.graph
      .nodes()
      .sort((a, b) => api.store.graph.getNodeAttributes(a).documents.length - api.store.graph.getNodeAttributes(b).documents.length)[0];
    if (person === undefined) throw new Error('the articles name no entity');
    const documents = api.store.graph.getNodeAttributes(person).documents.length;
    const degree = api.store.graph.degree(person);
    expect(documents).toBeLessThan(100);
    expect(estimate(`{ entity(id: "${person}") { documents { id } relations { id } } }`)).toBe(1 + 2 * documents + 2 * degree);
    // Under the documents, the entities' documents are weighted towards France.
    const nested = estimate('{ documents { entities { documents { id } } } }');
    const plain = 100 + 100 * 7 + 100 * 7 * 8 * 2;
    expect(nested).toBeGreaterThan(plain);
  });
});
