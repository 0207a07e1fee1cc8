// PersistentGraph: deletions that keep what other documents support, curations that are checked
// before they are stored and that survive restarts and re-extraction. Real SQLite files.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ConflictError, type Extraction, InvalidInputError, NotFoundError } from '../../../src/domain/index.js';
import { GraphStore, rankedHits, relationKey } from '../../../src/graph/index.js';
import { PersistentGraph, SqliteStorage } from '../../../src/graph/persistence/index.js';
import { CSTO, KAZAKHSTAN, RUSSIA, TOKAYEV, almaty, followUp, moscow, snapshotStore } from './fixtures.js';

const VERSION = 'test-extractor@1';
const root = await mkdtemp(join(tmpdir(), 'news-kg-graph-'));
afterAll(() => rm(root, { recursive: true, force: true }));

let files = 0;
const open: PersistentGraph[] = [];
afterEach(async () => {
  for (const graph of open.splice(0)) await graph.close();
});

/** A new storage file, and a function that opens a loaded graph on it (a restart, when called again). */
function newGraphFile(): () => Promise<PersistentGraph> {
  files += 1;
  const file = join(root, `kg-${files}.sqlite`);
  return async () => {
    const graph = new PersistentGraph(SqliteStorage.open(file));
    open.push(graph);
    await graph.load();
    return graph;
  };
}

/** A graph with `extractions` ingested, on a new file. */
async function graphWith(...extractions: Extraction[]): Promise<{ graph: PersistentGraph; restart: () => Promise<PersistentGraph> }> {
  const restart = newGraphFile();
  const graph = await restart();
  for (const extraction of extractions) await graph.addExtraction(extraction, VERSION);
  return { graph, restart };
}

/** The store a fresh ingestion of `extractions` builds, to compare a deletion's result with. */
function storeOf(...extractions: Extraction[]): GraphStore {
  const store = new GraphStore();
  for (const extraction of extractions) store.applyExtraction(extraction);
  return store;
}

describe('PersistentGraph: removeDocument', () => {
  it('empties the graph when the only document is deleted', async () => {
    const { graph } = await graphWith(almaty);
    const result = await graph.removeDocument(almaty.document.id);
    expect(result.document.id).toBe(almaty.document.id);
    expect(result.removed).toEqual({ entities: 3, relations: 2, statements: 1, facts: 1 });
    expect(graph.store.graph.order).toBe(0);
    expect(graph.store.graph.size).toBe(0);
    expect([...graph.store.documents(), ...graph.store.statements(), ...graph.store.facts()]).toEqual([]);
  });

  it('keeps what another document also supports, without the deleted one’s evidence', async () => {
    const { graph } = await graphWith(almaty, followUp);
    const leads = relationKey(TOKAYEV, 'LEADS', KAZAKHSTAN, 'President');
    expect(graph.store.graph.getEdgeAttributes(leads).evidence).toHaveLength(2);
    await graph.removeDocument(followUp.document.id);
    expect(graph.store.graph.getEdgeAttributes(leads).evidence.map((e) => e.document)).toEqual([almaty.document.id]);
    expect(graph.store.graph.hasEdge(relationKey(TOKAYEV, 'MET_WITH', CSTO, null))).toBe(false);
    expect(graph.store.graph.getNodeAttributes(TOKAYEV).documents).toEqual([almaty.document.id]);
    expect(snapshotStore(graph.store)).toEqual(snapshotStore(storeOf(almaty)));
  });

  it('drops the entities only the deleted document named and keeps shared ones', async () => {
    const { graph } = await graphWith(almaty, moscow);
    await graph.removeDocument(almaty.document.id);
    expect(graph.store.graph.hasNode(TOKAYEV)).toBe(false);
    expect(graph.store.graph.hasNode(CSTO)).toBe(false);
    expect(graph.store.graph.hasNode(KAZAKHSTAN)).toBe(true);
    expect(graph.store.graph.hasNode(RUSSIA)).toBe(true);
    expect(snapshotStore(graph.store)).toEqual(snapshotStore(storeOf(moscow)));
  });

  it('hands over a built search index when the live one was built, and none when it was not', async () => {
    const { graph } = await graphWith(almaty, moscow);
    await graph.store.fullText.whenBuilt();
    await graph.removeDocument(almaty.document.id);
    expect(graph.store.fullText.built).toBe(true);
    expect(rankedHits(graph.store, { query: 'tokayev' })).toEqual([]);
    expect(rankedHits(graph.store, { query: 'russia' }).map((h) => h.entity)).toContain(RUSSIA);
    const cold = await graphWith(almaty, moscow);
    await cold.graph.removeDocument(almaty.document.id);
    expect(cold.graph.store.fullText.started).toBe(false);
  });

  it('stays deleted after a restart', async () => {
    const { graph, restart } = await graphWith(almaty, moscow);
    await graph.removeDocument(moscow.document.id);
    const again = await restart();
    expect(again.store.hasDocument(moscow.document.id)).toBe(false);
    expect(snapshotStore(again.store)).toEqual(snapshotStore(graph.store));
  });

  it('throws NotFoundError for an unknown document and changes nothing', async () => {
    const { graph } = await graphWith(almaty);
    const before = snapshotStore(graph.store);
    await expect(graph.removeDocument('doc:0000000000000000')).rejects.toBeInstanceOf(NotFoundError);
    expect(snapshotStore(graph.store)).toEqual(before);
  });
});

describe('PersistentGraph: curate', () => {
  it('merges entities: the kept one gathers names, relations, statements and documents, and the merged id leads to it', async () => {
    const { graph } = await graphWith(almaty, moscow);
    const { id: kept } = await graph.curate({ kind: 'merge', keep: KAZAKHSTAN, merge: [RUSSIA] });
    expect(kept).toBe(KAZAKHSTAN);
    const attrs = graph.store.graph.getNodeAttributes(KAZAKHSTAN);
    expect(attrs.aliases).toContain('Russia');
    expect(attrs.documents).toEqual([almaty.document.id, moscow.document.id]);
    expect(graph.store.graph.hasNode(RUSSIA)).toBe(false);
    expect(graph.store.resolveEntityId(RUSSIA)).toBe(KAZAKHSTAN);
    // Russia SENT_TROOPS_TO Kazakhstan became a loop, which the graph does not keep.
    expect(graph.store.graph.size).toBe(2);
    expect([...graph.store.statements()].find((s) => s.id === 'st:moscow:1')?.speaker).toBe(KAZAKHSTAN);
    expect(graph.store.entitiesOfDocument(moscow.document.id)).toEqual([KAZAKHSTAN]);
  });

  it('moves the relations of a merged entity to the kept one', async () => {
    const { graph } = await graphWith(almaty, moscow);
    await graph.curate({ kind: 'merge', keep: RUSSIA, merge: [KAZAKHSTAN] });
    expect(graph.store.graph.hasEdge(relationKey(TOKAYEV, 'LEADS', RUSSIA, 'President'))).toBe(true);
    expect(graph.store.graph.hasEdge(relationKey(TOKAYEV, 'LEADS', KAZAKHSTAN, 'President'))).toBe(false);
  });

  it('renames an entity: the old name becomes an alias, the id stays', async () => {
    const { graph } = await graphWith(almaty);
    await graph.curate({ kind: 'rename', id: TOKAYEV, name: '  Kassym-Jomart   Tokayev ' });
    const attrs = graph.store.graph.getNodeAttributes(TOKAYEV);
    expect(attrs.name).toBe('Kassym-Jomart Tokayev');
    expect(attrs.aliases).toContain('Kasim Khomart Tokayev');
    expect(graph.store.names.lookup('Kassym-Jomart Tokayev')).toEqual([TOKAYEV]);
  });

  const refused: [string, Parameters<PersistentGraph['curate']>[0], new (...args: never[]) => Error][] = [
    ['a merge into an unknown entity', { kind: 'merge', keep: 'country:atlantis', merge: [RUSSIA] }, NotFoundError],
    ['a merge of an unknown entity', { kind: 'merge', keep: KAZAKHSTAN, merge: ['country:atlantis'] }, NotFoundError],
    ['a merge of nothing', { kind: 'merge', keep: KAZAKHSTAN, merge: [] }, InvalidInputError],
    ['a merge of an entity into itself', { kind: 'merge', keep: KAZAKHSTAN, merge: [KAZAKHSTAN] }, ConflictError],
    ['a merge of entities of different types', { kind: 'merge', keep: KAZAKHSTAN, merge: [TOKAYEV] }, ConflictError],
    ['a rename of an unknown entity', { kind: 'rename', id: 'person:nobody', name: 'Somebody' }, NotFoundError],
    ['a rename to an empty name', { kind: 'rename', id: TOKAYEV, name: '   ' }, InvalidInputError],
    ['a rename to a name too long', { kind: 'rename', id: TOKAYEV, name: 'x'.repeat(301) }, InvalidInputError],
    ['a rename to the name of another entity of the type', { kind: 'rename', id: RUSSIA, name: 'kazakhstan' }, ConflictError],
  ];
  it.each(refused)('refuses %s, and stores and changes nothing', async (_label, op, errorClass) => {
    const { graph } = await graphWith(almaty, moscow);
    const before = snapshotStore(graph.store);
    await expect(graph.curate(op)).rejects.toBeInstanceOf(errorClass);
    expect(snapshotStore(graph.store)).toEqual(before);
    expect((await graph.storage.counts()).curations).toBe(0);
  });

  it('keeps merges and renames across a restart', async () => {
    const { graph, restart } = await graphWith(almaty, moscow);
    await graph.curate({ kind: 'rename', id: TOKAYEV, name: 'Kassym-Jomart Tokayev' });
    await graph.curate({ kind: 'merge', keep: KAZAKHSTAN, merge: [RUSSIA] });
    const again = await restart();
    expect(again.store.graph.getNodeAttributes(TOKAYEV).name).toBe('Kassym-Jomart Tokayev');
    expect(again.store.resolveEntityId(RUSSIA)).toBe(KAZAKHSTAN);
    expect(snapshotStore(again.store)).toEqual(snapshotStore(graph.store));
  });

  it('re-applies curations after a re-extraction, and skips those whose entities are gone', async () => {
    const { graph, restart } = await graphWith(almaty, moscow);
    await graph.curate({ kind: 'rename', id: TOKAYEV, name: 'Kassym-Jomart Tokayev' });
    await graph.curate({ kind: 'merge', keep: KAZAKHSTAN, merge: [RUSSIA] });
    // A new extractor no longer finds Russia in the second document.
    const revised: Extraction = { ...moscow, entities: moscow.entities.filter((e) => e.id !== RUSSIA), relations: [], statements: [] };
    await graph.storage.replaceExtraction(revised, 'test-extractor@2');
    const again = await restart();
    expect(again.store.graph.getNodeAttributes(TOKAYEV).name).toBe('Kassym-Jomart Tokayev');
    expect(again.store.graph.hasNode(RUSSIA)).toBe(false);
    expect(again.store.graph.getNodeAttributes(KAZAKHSTAN).aliases).not.toContain('Russia');
  });

  it('answers alreadyPresent for a document stored before, even by another process', async () => {
    const restart = newGraphFile();
    const first = await restart();
    const second = await restart();
    await first.addExtraction(almaty, VERSION);
    const again = await second.addExtraction(almaty, VERSION);
    expect(again.alreadyPresent).toBe(true);
    expect(second.store.hasDocument(almaty.document.id)).toBe(true);
    expect((await second.storage.counts()).documents).toBe(1);
  });
});
