// Curation of single items through real GraphQL execution, on the seed article: a rejected relation
// is gone from every query and export unless asked for, a confirmed one says who and when, errors
// carry their codes, and the curation log lists everything newest first.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.js';

const SEED = readFileSync(new URL('../../seeds/almaty-unrest.txt', import.meta.url), 'utf8');

interface RelationView {
  id: string;
  predicate: string;
  confidence: number;
  rejected: boolean;
  source: { id: string };
  target: { id: string };
  curation: { status: string; by: string | null; at: string; reason: string | null; curation: string } | null;
}

const RELATION_FIELDS = 'id predicate confidence rejected source { id } target { id } curation { status by at reason curation }';

describe('GraphQL: curation of single relations and entities', () => {
  let api: Harness;
  let relation: RelationView;
  beforeAll(async () => {
    api = await startHarness();
    const ingested = await api.run(`mutation($text: String!) { ingestDocument(input: { text: $text, publishedAt: "2022-01-06" }) { added { relations } } }`, {
      text: SEED,
    });
    expect(ingested.errors).toBeUndefined();
    const first = await api.run<{ relations: { edges: { node: RelationView }[] } }>(
      `{ relations(first: 1, filter: { predicates: [SENT_TROOPS_TO] }) { edges { node { ${RELATION_FIELDS} } } } }`,
    );
    const found = first.data?.relations.edges[0]?.node;
    if (found === undefined) throw new Error('the seed gives no SENT_TROOPS_TO relation');
    relation = found;
  });
  afterAll(() => api.stop());

  /** Where the relation can be seen without includeRejected. */
  async function visibleIn(id: string): Promise<Record<string, boolean>> {
    const result = await api.run<{
      relations: { edges: { node: { id: string } }[] };
      node: { id: string } | null;
      relation: { id: string } | null;
      entity: { relations: { id: string }[]; neighbors: { relations: { id: string }[] } } | null;
      export: string;
    }>(
      `query($id: ID!, $entity: ID!) {
        relations(first: 100) { edges { node { id } } }
        node(id: $id) { id }
        relation(id: $id) { id }
        entity(id: $entity) { relations { id } neighbors(depth: 1, first: 100) { relations { id } } }
        export(format: JSON)
      }`,
      { id, entity: relation.source.id },
    );
    expect(result.errors).toBeUndefined();
    return {
      relations: result.data?.relations.edges.some((e) => e.node.id === id) ?? false,
      node: result.data?.node !== null,
      relation: result.data?.relation !== null,
      entityRelations: result.data?.entity?.relations.some((r) => r.id === id) ?? false,
      neighbors: result.data?.entity?.neighbors.relations.some((r) => r.id === id) ?? false,
      export: result.data?.export.includes(id) ?? false,
    };
  }

  it('rejects a relation: gone from every query and the export, listed with includeRejected', async () => {
    expect(Object.values(await visibleIn(relation.id))).toEqual([true, true, true, true, true, true]);
    const rejected = await api.run<{ rejectRelation: { relation: RelationView; curation: { id: string; kind: string; reason: string } } }>(
      `mutation($id: ID!) { rejectRelation(id: $id, reason: "The troops came from another country.") { relation { ${RELATION_FIELDS} } curation { id kind reason } } }`,
      { id: relation.id },
    );
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data?.rejectRelation.relation).toMatchObject({ id: relation.id, rejected: true, curation: { status: 'REJECTED', by: null } });
    expect(rejected.data?.rejectRelation.curation).toMatchObject({ kind: 'REJECT', reason: 'The troops came from another country.' });
    expect(await visibleIn(relation.id)).toEqual({ relations: false, node: false, relation: false, entityRelations: false, neighbors: false, export: false });

    const asked = await api.run<{
      relations: { edges: { node: { id: string; rejected: boolean } }[] };
      relation: { id: string } | null;
      entity: { relations: { id: string }[] };
    }>(
      `query($id: ID!, $entity: ID!) {
        relations(first: 100, includeRejected: true) { edges { node { id rejected } } }
        relation(id: $id, includeRejected: true) { id }
        entity(id: $entity) { relations(includeRejected: true) { id } }
      }`,
      { id: relation.id, entity: relation.source.id },
    );
    expect(asked.data?.relations.edges).toContainEqual({ node: { id: relation.id, rejected: true } });
    expect(asked.data?.relation?.id).toBe(relation.id);
    expect(asked.data?.entity.relations.map((r) => r.id)).toContain(relation.id);
  });

  const errors: [string, string, Record<string, unknown>, string][] = [
    ['rejecting twice', 'mutation($id: ID!) { rejectRelation(id: $id, reason: "again") { curation { id } } }', {}, 'CONFLICT'],
    ['rejecting an unknown relation', 'mutation { rejectRelation(id: "rel:ffffffffffffffff", reason: "x") { curation { id } } }', {}, 'NOT_FOUND'],
    ['confirming an unknown relation', 'mutation { confirmRelation(id: "rel:ffffffffffffffff") { curation { id } } }', {}, 'NOT_FOUND'],
    [
      'a type that does not exist',
      'mutation($type: EntityType!) { setEntityType(id: "country:kazakhstan", type: $type) { id } }',
      { type: 'PLANET' },
      'BAD_USER_INPUT',
    ],
    ['retyping an unknown entity', 'mutation { setEntityType(id: "person:nobody-at-all", type: CITY) { id } }', {}, 'NOT_FOUND'],
    ['undoing something that is not a curation id', 'mutation { undoCuration(id: "rel:1") { id } }', {}, 'BAD_USER_INPUT'],
    ['undoing an unknown curation', 'mutation { undoCuration(id: "curation:9999") { id } }', {}, 'NOT_FOUND'],
  ];
  it.each(errors)('answers %s with its code', async (_what, query, variables, code) => {
    const result = await api.run(query, { id: relation.id, ...variables });
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });

  it('confirms a relation: confidence 1, with when and why', async () => {
    const candidates = await api.run<{ relations: { edges: { node: RelationView }[] } }>(`{ relations(first: 100) { edges { node { ${RELATION_FIELDS} } } } }`);
    const target = candidates.data?.relations.edges.map((e) => e.node).find((r) => r.confidence < 1);
    if (target === undefined) throw new Error('the seed gives no relation below confidence 1');
    const confirmed = await api.run<{ confirmRelation: { relation: RelationView } }>(
      `mutation($id: ID!) { confirmRelation(id: $id, reason: "Checked.") { relation { ${RELATION_FIELDS} } } }`,
      { id: target.id },
    );
    expect(confirmed.errors).toBeUndefined();
    const curated = confirmed.data?.confirmRelation.relation;
    expect(curated).toMatchObject({ id: target.id, confidence: 1, rejected: false, curation: { status: 'CONFIRMED', reason: 'Checked.', by: null } });
    expect(Date.parse(curated?.curation?.at ?? '')).not.toBeNaN();
  });

  it('adds a relation, retypes and merges across types, lists the log newest first and undoes one', async () => {
    const added = await api.run<{ addRelation: { relation: RelationView } }>(
      `mutation { addRelation(input: { subject: "country:kazakhstan", predicate: SANCTIONED, object: "country:russia", reason: "Read in a later report." }) { relation { ${RELATION_FIELDS} rule } } }`,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addRelation.relation).toMatchObject({ predicate: 'SANCTIONED', confidence: 1, rule: 'curator', curation: { status: 'ADDED' } });

    const retyped = await api.run<{ setEntityType: { id: string; type: string } }>(`mutation { setEntityType(id: "city:almaty", type: REGION) { id type } }`);
    expect(retyped.data?.setEntityType).toEqual({ id: 'city:almaty', type: 'REGION' });
    const refused = await api.run(`mutation { mergeEntities(keep: "country:kazakhstan", merge: ["city:almaty"]) { id } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const merged = await api.run<{ mergeEntities: { id: string; type: string; aliases: string[] } }>(
      `mutation { mergeEntities(keep: "country:kazakhstan", merge: ["city:almaty"], type: COUNTRY) { id type aliases } }`,
    );
    expect(merged.data?.mergeEntities).toMatchObject({ id: 'country:kazakhstan', type: 'COUNTRY', aliases: expect.arrayContaining(['Almaty']) });

    const log = await api.run<{
      curations: { totalCount: number; edges: { node: { id: string; kind: string; applied: boolean; undoneBy: string | null } }[] };
    }>(`{ curations(first: 2) { totalCount edges { node { id kind applied undoneBy } } } }`);
    expect(log.data?.curations.edges.map((e) => e.node.kind)).toEqual(['MERGE', 'SET_TYPE']);
    expect(log.data?.curations.totalCount).toBe(5);
    const mergeId = log.data?.curations.edges[0]?.node.id;
    const undone = await api.run<{ undoCuration: { kind: string; undoes: string } }>(`mutation($id: ID!) { undoCuration(id: $id) { kind undoes } }`, {
      id: mergeId,
    });
    expect(undone.data?.undoCuration).toEqual({ kind: 'UNDO', undoes: mergeId });
    const after = await api.run<{
      entity: { id: string; type: string } | null;
      curations: { edges: { node: { id: string; undoneBy: string | null; applied: boolean } }[] };
    }>(`{ entity(id: "city:almaty") { id type } curations(first: 2) { edges { node { id undoneBy applied } } } }`);
    expect(after.data?.entity).toEqual({ id: 'city:almaty', type: 'REGION' });
    expect(after.data?.curations.edges[1]?.node).toMatchObject({ id: mergeId, applied: false });
    expect(after.data?.curations.edges[1]?.node.undoneBy).toBe(after.data?.curations.edges[0]?.node.id);
  });
});
