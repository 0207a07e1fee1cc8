// Cross-document resolution, end to end: the invented articles of test/fixtures/cross-doc name the
// same countries and people under different surface forms, and different people under one
// surname. They go through the real extractor and the store (with the gazetteer as the naming
// authority, as the server wires it); each real-world entity must be exactly one node, no node two
// entities, whatever the order, after a restart from storage and after a deletion.
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type EntityType, type Extraction, entityId } from '../../src/domain/index.js';
import { GraphStore, getEntity, rankedHits, surfaceKey } from '../../src/graph/index.js';
import { PersistentGraph, SqliteStorage } from '../../src/graph/persistence/index.js';
import { extract } from '../../src/ingest/index.js';
import { gazetteer } from '../../src/ingest/model/gazetteer.js';
import { snapshotStore } from './persistence/fixtures.js';

interface ExpectedEntity {
  readonly entity: string;
  readonly type: EntityType;
  readonly forms: readonly string[];
}

const DIR = fileURLToPath(new URL('../fixtures/cross-doc/', import.meta.url));
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'entities.json'), 'utf8')) as readonly ExpectedEntity[];
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const EXTRACTIONS: readonly Extraction[] = FILES.map((f) => extract({ text: readFileSync(join(DIR, f), 'utf8') }));

function newStore(): GraphStore {
  return new GraphStore({ authority: gazetteer() });
}

function storeOf(extractions: readonly Extraction[]): GraphStore {
  const store = newStore();
  for (const extraction of extractions) store.applyExtraction(extraction);
  return store;
}

/** The nodes a surface form of the given type leads to: by the id it would have, and by name or alias. */
function nodesOf(store: GraphStore, type: EntityType, form: string): Set<string> {
  const nodes = new Set<string>();
  const byId = store.resolveEntityId(entityId(type, form));
  if (byId !== undefined) nodes.add(byId);
  for (const id of store.names.lookup(form)) {
    if (store.graph.getNodeAttributes(id).type === type) nodes.add(id);
  }
  return nodes;
}

/** The nodes of each expected entity, its forms' nodes together. */
function nodesPerEntity(store: GraphStore): Map<string, Set<string>> {
  return new Map(EXPECTED.map((e) => [e.entity, new Set(e.forms.flatMap((form) => [...nodesOf(store, e.type, form)]))]));
}

/** How the store groups surface forms into nodes, whatever the node ids: each node's sorted forms, sorted. */
function partition(store: GraphStore): string[] {
  const groups: string[] = [];
  store.graph.forEachNode((_, attrs) => {
    groups.push(`${attrs.type}: ${[...new Set([attrs.name, ...attrs.aliases].map(surfaceKey))].sort().join(' | ')}`);
  });
  return groups.sort();
}

const ORDERS = [
  ['in the order written', EXTRACTIONS],
  ['in reverse order', [...EXTRACTIONS].reverse()],
] as const;

describe.each(ORDERS)('Cross-document resolution: articles ingested %s', (_, extractions) => {
  const store = storeOf(extractions);
  const perEntity = nodesPerEntity(store);

  it.each(EXPECTED.map((e) => [e.entity, e.forms.join(', ')]))('gives %s (%s) exactly one node', (entity) => {
    expect([...(perEntity.get(entity) ?? [])]).toHaveLength(1);
  });

  it('gives no node to two entities', () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const [entity, nodes] of perEntity) {
      for (const node of nodes) {
        const other = owner.get(node);
        if (other !== undefined) shared.push(`${node}: ${other} and ${entity}`);
        owner.set(node, entity);
      }
    }
    expect(shared).toEqual([]);
  });
});

describe('Cross-document resolution: order, restarts and deletions', () => {
  const root = mkdtemp(join(tmpdir(), 'news-kg-xdoc-'));
  afterAll(async () => rm(await root, { recursive: true, force: true }));

  async function persistentGraph(file: string): Promise<PersistentGraph> {
    const graph = new PersistentGraph(SqliteStorage.open(join(await root, file)), newStore());
    await graph.load();
    return graph;
  }

  it('groups the same surface forms into nodes in either order', () => {
    const forward = storeOf(EXTRACTIONS);
    const reverse = storeOf([...EXTRACTIONS].reverse());
    expect(partition(reverse)).toEqual(partition(forward));
    expect(reverse.graph.order).toBe(forward.graph.order);
    expect(reverse.graph.size).toBe(forward.graph.size);
  });

  it('rebuilds the same graph from storage after a restart', async () => {
    const graph = await persistentGraph('restart.sqlite');
    for (const extraction of EXTRACTIONS) await graph.addExtraction(extraction, 'test@1');
    const before = snapshotStore(graph.store);
    const resolutions = [...graph.store.resolutions()];
    await graph.close();
    const restarted = await persistentGraph('restart.sqlite');
    expect(snapshotStore(restarted.store)).toEqual(before);
    expect([...restarted.store.resolutions()]).toEqual(resolutions);
    expect(snapshotStore(restarted.store)).toEqual(snapshotStore(storeOf(EXTRACTIONS)));
    await restarted.close();
  });

  it('after deleting the article that named a person first, gives the graph of the other articles alone', async () => {
    const graph = await persistentGraph('delete.sqlite');
    for (const extraction of EXTRACTIONS) await graph.addExtraction(extraction, 'test@1');
    const [first, ...rest] = EXTRACTIONS;
    if (first === undefined) throw new Error('the corpus is empty');
    await graph.removeDocument(first.document.id);
    expect(snapshotStore(graph.store)).toEqual(snapshotStore(storeOf(rest)));
    // The minister is still one node, now under the id of the next article's form.
    const minister = EXPECTED.find((e) => e.forms.includes('Alexander Volkanov'));
    const nodes = new Set(minister?.forms.flatMap((form) => [...nodesOf(graph.store, 'PERSON', form)]));
    expect([...nodes]).toEqual(['person:alexander-volkanov']);
    await graph.close();
  });
});

describe('Cross-document resolution: explanations and look-ups', () => {
  const store = storeOf(EXTRACTIONS);

  it.each([
    ['person:alexander-volkanov', 'person:aleksandr-volkanov', 'PERSON_NAME'],
    ['person:a-volkanov', 'person:aleksandr-volkanov', 'PERSON_NAME'],
    ['person:youssef-al-tamimi', 'person:yusuf-al-tamimi', 'PERSON_NAME'],
    ['country:south-korea', 'country:republic-of-korea', 'GAZETTEER_NAME'],
    ['country:united-states-of-america', 'country:united-states', 'SAME_NAME'],
  ])('records why %s joined %s (%s)', (id, into, reason) => {
    expect(store.resolutionOf(id)).toMatchObject({ id, into, reason });
    expect(store.resolutionOf(id)?.detail).not.toBe('');
    expect(store.resolveEntityId(id)).toBe(into);
  });

  it('finds the node by a merged-away id and by a merged-away name', () => {
    expect(getEntity(store, { id: 'person:alexander-volkanov' })?.id).toBe('person:aleksandr-volkanov');
    const found = rankedHits(store, { query: 'Youssef' }).map((hit) => hit.entity);
    expect(found).toContain('person:yusuf-al-tamimi');
  });

  it('keeps people who share a surname apart and records no resolution for them', () => {
    expect(store.resolveEntityId('person:boris-volkanov')).toBe('person:boris-volkanov');
    expect(store.resolutionOf('person:boris-volkanov')).toBeUndefined();
    expect(store.resolveEntityId('person:sergei-marchenko')).not.toBe(store.resolveEntityId('person:sergey-marchenko'));
    expect(store.resolveEntityId('person:john-okafor')).not.toBe(store.resolveEntityId('person:mary-okafor'));
  });
});
