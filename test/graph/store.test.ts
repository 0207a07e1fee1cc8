// GraphStore: idempotent merges, cross-document entity merging and evidence that accumulates.
import { describe, expect, it } from 'vitest';
import { GraphStore, getEntity, relationsOf } from '../../src/graph/index.js';
import { buildExtraction } from './build-extraction.js';

const TOKAYEV = 'person:kasim-khomart-tokayev';

const almaty = buildExtraction({
  sentences: ['Kazakh President Kasim Khomart Tokayev addressed the nation.', 'Tokayev asked the CSTO for help.'],
  entities: [
    { name: 'Kasim Khomart Tokayev', type: 'PERSON', aliases: ['Tokayev'], sentences: [0, 1] },
    { name: 'Kazakhstan', type: 'COUNTRY' },
    { name: 'Collective Security Treaty Organization', type: 'ALLIANCE', aliases: ['CSTO'], sentences: [1] },
  ],
  relations: [
    { subject: TOKAYEV, predicate: 'LEADS', object: 'country:kazakhstan', role: 'President' },
    { subject: TOKAYEV, predicate: 'REQUESTED', object: 'alliance:collective-security-treaty-organization', sentence: 1 },
  ],
  statements: [{ id: 'st:1', speaker: TOKAYEV, text: 'as harshly as possible', reportedBy: null }],
  facts: [{ id: 'fact:1', kind: 'killed', count: 13, subject: null }],
});

const followUp = buildExtraction({
  sentences: ['Tokayev, the president of Kazakhstan, thanked Russia.', 'Tokayev met Putin.'],
  entities: [
    { name: 'Tokayev', type: 'PERSON', sentences: [0, 1] },
    { name: 'Kazakhstan', type: 'COUNTRY' },
    { name: 'Russia', type: 'COUNTRY' },
  ],
  relations: [
    { subject: 'person:tokayev', predicate: 'LEADS', object: 'country:kazakhstan', role: 'President', confidence: 0.9 },
    { subject: 'person:tokayev', predicate: 'MET_WITH', object: 'country:russia', sentence: 1 },
  ],
  statements: [{ id: 'st:2', speaker: 'person:tokayev', text: 'thank you', reportedBy: null }],
});

/** Everything observable in a store, to compare before and after. */
function snapshot(store: GraphStore): unknown {
  const nodes: unknown[] = [];
  store.graph.forEachNode((id, attrs) => nodes.push([id, attrs]));
  const edges: unknown[] = [];
  store.graph.forEachEdge((id, attrs, source, target) => edges.push([id, source, target, attrs]));
  return { nodes, edges, statements: [...store.statements()], facts: [...store.facts()], documents: [...store.documents()] };
}

describe('GraphStore: applyExtraction', () => {
  it('adds the entities, relations, statements and facts of a new document', () => {
    const store = new GraphStore();
    const result = store.applyExtraction(almaty);
    expect(result.alreadyPresent).toBe(false);
    expect(result.added).toEqual({ entities: 3, relations: 2, statements: 1, facts: 1 });
    expect(result.newEntityIds).toContain(TOKAYEV);
    expect(store.graph.order).toBe(3);
    expect(store.graph.size).toBe(2);
    expect(store.getDocument(almaty.document.id)?.sentences).toHaveLength(2);
  });

  it('changes nothing when the same article is applied twice', () => {
    const store = new GraphStore();
    store.applyExtraction(almaty);
    const before = snapshot(store);
    const version = store.version;
    const again = store.applyExtraction(almaty);
    expect(again.alreadyPresent).toBe(true);
    expect(again.added).toEqual({ entities: 0, relations: 0, statements: 0, facts: 0 });
    expect(snapshot(store)).toEqual(before);
    expect(store.version).toBe(version);
  });

  it('grows the version on every change', () => {
    const store = new GraphStore();
    const initial = store.version;
    store.applyExtraction(almaty);
    store.applyExtraction(followUp);
    expect(store.version).toBe(initial + 2);
  });

  it('keeps the entity mentions with their evidence and documents', () => {
    const store = new GraphStore();
    store.applyExtraction(almaty);
    const tokayev = getEntity(store, { id: TOKAYEV });
    expect(tokayev?.mentions).toHaveLength(2);
    expect(tokayev?.mentions[1]?.evidence).toMatchObject({ document: almaty.document.id, sentence: 1 });
    expect(tokayev?.documents).toEqual([almaty.document.id]);
  });
});

describe('GraphStore: merging entities across documents', () => {
  it('keeps one node when a surname follows the full name in a later document', () => {
    const store = new GraphStore();
    store.applyExtraction(almaty);
    const result = store.applyExtraction(followUp);
    expect(result.mergedInto.get('person:tokayev')).toBe(TOKAYEV);
    expect(store.graph.hasNode('person:tokayev')).toBe(false);
    const tokayev = getEntity(store, { id: TOKAYEV });
    expect(tokayev?.documents).toEqual([almaty.document.id, followUp.document.id]);
    expect(tokayev?.mentions).toHaveLength(4);
  });

  it('points the later document relations and statements at the merged node', () => {
    const store = new GraphStore();
    store.applyExtraction(almaty);
    store.applyExtraction(followUp);
    const met = relationsOf(store, { entity: TOKAYEV, predicate: 'MET_WITH', direction: 'BOTH' });
    expect(met.map((r) => [r.source, r.target])).toEqual([['country:russia', TOKAYEV]]);
    expect([...store.statements()].map((s) => s.speaker)).toEqual([TOKAYEV, TOKAYEV]);
  });

  it('finds the merged node by the id it had in the later document', () => {
    const store = new GraphStore();
    store.applyExtraction(almaty);
    store.applyExtraction(followUp);
    expect(getEntity(store, { id: 'person:tokayev' })?.id).toBe(TOKAYEV);
  });

  it('merges entities with the same id across documents', () => {
    const store = new GraphStore();
    store.applyExtraction(almaty);
    store.applyExtraction(followUp);
    expect(getEntity(store, { id: 'country:kazakhstan' })?.documents).toHaveLength(2);
  });

  it('does not merge a single-word name into an entity of another type', () => {
    const store = new GraphStore();
    store.applyExtraction(almaty);
    store.applyExtraction(buildExtraction({ sentences: ['Tokayev is a town.'], entities: [{ name: 'Tokayev', type: 'CITY' }] }));
    expect(store.graph.hasNode('city:tokayev')).toBe(true);
  });

  it('does not merge two entities that only share an alias', () => {
    const store = new GraphStore();
    store.applyExtraction(
      buildExtraction({ sentences: ['Almaty Police said so.'], entities: [{ name: 'Almaty Police', type: 'ORGANIZATION', aliases: ['Police'] }] }),
    );
    store.applyExtraction(
      buildExtraction({ sentences: ['Kabul Police said so.'], entities: [{ name: 'Kabul Police', type: 'ORGANIZATION', aliases: ['Police'] }] }),
    );
    expect(store.graph.order).toBe(2);
  });

  it('does not merge a surname shared by two known people', () => {
    const store = new GraphStore();
    store.applyExtraction(
      buildExtraction({
        sentences: ['John Smith and Jane Smith spoke.'],
        entities: [
          { name: 'John Smith', type: 'PERSON', aliases: ['Smith'] },
          { name: 'Jane Smith', type: 'PERSON', aliases: ['Smith'] },
        ],
      }),
    );
    store.applyExtraction(buildExtraction({ sentences: ['Smith left.'], entities: [{ name: 'Smith', type: 'PERSON' }] }));
    expect(store.graph.hasNode('person:smith')).toBe(true);
  });

  it('matches names whatever their case, accents and punctuation', () => {
    const store = new GraphStore();
    store.applyExtraction(
      buildExtraction({ sentences: ['Wanda Vázquez was sworn in.'], entities: [{ name: 'Wanda Vázquez', type: 'PERSON', aliases: ['Vázquez'] }] }),
    );
    const result = store.applyExtraction(buildExtraction({ sentences: ['VAZQUEZ spoke.'], entities: [{ name: 'VAZQUEZ', type: 'PERSON' }] }));
    expect(result.mergedInto.get('person:vazquez')).toBe('person:wanda-vazquez');
    expect(getEntity(store, { id: 'person:wanda-vazquez' })?.aliases).toContain('VAZQUEZ');
  });
});

describe('GraphStore: relation evidence', () => {
  it('keeps one edge per subject, predicate, object and role, with the evidence of every document', () => {
    const store = new GraphStore();
    store.applyExtraction(almaty);
    const result = store.applyExtraction(followUp);
    expect(result.added.relations).toBe(1);
    const leads = relationsOf(store, { entity: TOKAYEV, predicate: 'LEADS', direction: 'OUT' });
    expect(leads).toHaveLength(1);
    expect(leads[0]?.evidence.map((e) => e.document)).toEqual([almaty.document.id, followUp.document.id]);
    expect(leads[0]?.confidence).toBe(0.9);
    expect(leads[0]?.role).toBe('President');
  });

  it('keeps a separate edge for a different role', () => {
    const store = new GraphStore();
    store.applyExtraction(almaty);
    store.applyExtraction(
      buildExtraction({
        sentences: ['Kasim Khomart Tokayev, the commander of Kazakhstan, spoke.'],
        entities: [
          { name: 'Kasim Khomart Tokayev', type: 'PERSON' },
          { name: 'Kazakhstan', type: 'COUNTRY' },
        ],
        relations: [{ subject: TOKAYEV, predicate: 'LEADS', object: 'country:kazakhstan', role: 'commander' }],
      }),
    );
    expect(relationsOf(store, { entity: TOKAYEV, predicate: 'LEADS' })).toHaveLength(2);
  });

  it('stores a symmetric relation once whichever way round it was read', () => {
    const store = new GraphStore();
    const meeting = (a: string, b: string, sentence: string) =>
      buildExtraction({
        sentences: [sentence],
        entities: [
          { name: 'France', type: 'COUNTRY' },
          { name: 'Germany', type: 'COUNTRY' },
        ],
        relations: [{ subject: a, predicate: 'MET_WITH', object: b }],
      });
    store.applyExtraction(meeting('country:france', 'country:germany', 'France met Germany.'));
    store.applyExtraction(meeting('country:germany', 'country:france', 'Germany met France.'));
    expect(store.graph.size).toBe(1);
    expect(relationsOf(store, { entity: 'country:france' })[0]?.evidence).toHaveLength(2);
  });

  it('drops a relation whose endpoint the extraction does not contain', () => {
    const store = new GraphStore();
    const result = store.applyExtraction(
      buildExtraction({
        sentences: ['France met someone.'],
        entities: [{ name: 'France', type: 'COUNTRY' }],
        relations: [{ subject: 'country:france', predicate: 'MET_WITH', object: 'person:nobody' }],
      }),
    );
    expect(result.added.relations).toBe(0);
    expect(store.graph.size).toBe(0);
  });
});

describe('NameIndex', () => {
  it('finds entities by name or alias, kept current as nodes change', () => {
    const store = new GraphStore();
    store.applyExtraction(almaty);
    expect(store.names.lookup('csto')).toEqual(['alliance:collective-security-treaty-organization']);
    expect(store.names.lookup('TOKAYEV')).toEqual([TOKAYEV]);
    store.applyExtraction(followUp);
    expect(store.names.lookup('tokayev')).toEqual([TOKAYEV]);
    expect(store.names.lookup('nobody')).toEqual([]);
  });
});
