// The curation contract: every curation of single items (reject, restore, confirm, add a relation,
// retype an entity, merge across types, rename) is kept in the curation log of a real backend, so
// it survives a restart and a `kg reindex` by a newer extractor, and an undo gives back exactly the
// graph there was before it. Each backend's test file runs this suite against a real instance.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  mergeEntities,
  rejectRelation,
  renameEntity,
  restoreRelation,
  confirmRelation,
  addRelation,
  setEntityType,
  undoCuration,
} from '../../../src/service/index.js';
import { reindex } from '../../../src/cli/commands/reindex.js';
import { ConflictError, type Extraction, InvalidInputError, NotFoundError } from '../../../src/domain/index.js';
import { type GraphStore, relationKey } from '../../../src/graph/index.js';
import { PersistentGraph, type Storage, readBackup, writeBackup } from '../../../src/graph/persistence/index.js';
import { type ContractTarget } from './storage.contract.js';
import { CSTO, KAZAKHSTAN, RUSSIA, TOKAYEV, almaty, followUp, moscow, snapshotStore } from './fixtures.js';

const VERSION = 'test-extractor@1';
const LEADS = relationKey(TOKAYEV, 'LEADS', KAZAKHSTAN, 'President');
const REQUESTED = relationKey(TOKAYEV, 'REQUESTED', CSTO, null);
const SENT_TROOPS = relationKey(RUSSIA, 'SENT_TROOPS_TO', KAZAKHSTAN, null);
const ALLIED = relationKey(CSTO < RUSSIA ? CSTO : RUSSIA, 'ALLIED_WITH', CSTO < RUSSIA ? RUSSIA : CSTO, null);

/** Everything observable in a store, rejected relations and the curation log included, as plain data. */
function snapshot(graph: PersistentGraph): unknown {
  return structuredClone({
    store: snapshotStore(graph.store),
    rejected: [...graph.store.rejectedRelations()],
  });
}

/** A curation to make, and what must hold once it is made (and after every rebuild). */
interface CurationCase {
  readonly name: string;
  readonly curate: (graph: PersistentGraph) => Promise<unknown>;
  readonly holds: (store: GraphStore) => void;
}

const CASES: readonly CurationCase[] = [
  {
    name: 'rejectRelation takes the relation out of the graph',
    curate: (graph) => rejectRelation(graph, LEADS, 'Tokayev is not the head of this country in this sense.', 'editor-key'),
    holds: (store) => {
      expect(store.graph.hasEdge(LEADS)).toBe(false);
      expect(store.getRejectedRelation(LEADS)?.curation).toMatchObject({ status: 'REJECTED', by: 'editor-key' });
    },
  },
  {
    name: 'restoreRelation puts a rejected relation back',
    curate: async (graph) => {
      await rejectRelation(graph, SENT_TROOPS, 'wrong');
      await restoreRelation(graph, SENT_TROOPS);
    },
    holds: (store) => {
      expect(store.graph.hasEdge(SENT_TROOPS)).toBe(true);
      expect(store.getRejectedRelation(SENT_TROOPS)).toBeUndefined();
    },
  },
  {
    name: 'confirmRelation gives confidence 1 and a CONFIRMED mark',
    curate: (graph) => confirmRelation(graph, REQUESTED, 'Checked against the ministry statement.'),
    holds: (store) => {
      expect(store.graph.getEdgeAttributes(REQUESTED)).toMatchObject({
        confidence: 1,
        curation: { status: 'CONFIRMED', by: null, reason: 'Checked against the ministry statement.' },
      });
    },
  },
  {
    name: 'addRelation adds a relation marked as added by a person',
    curate: (graph) => addRelation(graph, { subject: RUSSIA, predicate: 'ALLIED_WITH', object: CSTO, evidence: { document: almaty.document.id, sentence: 1 } }),
    holds: (store) => {
      expect(store.graph.getEdgeAttributes(ALLIED)).toMatchObject({ rule: 'curator', confidence: 1, curation: { status: 'ADDED' } });
      expect(store.graph.getEdgeAttributes(ALLIED).evidence).toEqual([expect.objectContaining({ document: almaty.document.id, sentence: 1 })]);
    },
  },
  {
    name: 'setEntityType retypes an entity and keeps its id',
    curate: (graph) => setEntityType(graph, CSTO, 'ORGANIZATION'),
    holds: (store) => expect(store.graph.getNodeAttributes(CSTO).type).toBe('ORGANIZATION'),
  },
  {
    name: 'mergeEntities merges entities of different types when told the type to keep',
    curate: (graph) => mergeEntities(graph, KAZAKHSTAN, [CSTO], 'ORGANIZATION'),
    holds: (store) => {
      expect(store.resolveEntityId(CSTO)).toBe(KAZAKHSTAN);
      expect(store.graph.getNodeAttributes(KAZAKHSTAN)).toMatchObject({ type: 'ORGANIZATION', aliases: expect.arrayContaining(['CSTO']) });
    },
  },
  {
    name: 'renameEntity renames',
    curate: (graph) => renameEntity(graph, TOKAYEV, 'Kassym-Jomart Tokayev'),
    holds: (store) => expect(store.graph.getNodeAttributes(TOKAYEV).name).toBe('Kassym-Jomart Tokayev'),
  },
];

/** The extraction a newer extractor gives: the same claims, more confident, in the same documents. */
function newerExtractor(document: Extraction['document']): Extraction {
  const original = [almaty, moscow, followUp].find((e) => e.document.id === document.id);
  if (original === undefined) throw new Error(`newerExtractor: unknown document ${document.id}.`);
  return { ...original, relations: original.relations.map((r) => ({ ...r, confidence: Math.min(1, r.confidence + 0.05) })) };
}

/** Defines the curation contract suite for one backend. */
export function describeCurationContract(backend: string, target: ContractTarget): void {
  describe(`Curation of single items: ${backend}`, () => {
    const graphs: PersistentGraph[] = [];
    const storages: Storage[] = [];
    afterEach(async () => {
      for (const graph of graphs.splice(0)) await graph.close().catch(() => undefined);
      for (const storage of storages.splice(0)) await storage.close().catch(() => undefined);
    });

    /** A new location with the three fixture documents, and a way to open a loaded graph on it. */
    async function seeded(): Promise<{ open: () => Promise<PersistentGraph>; graph: PersistentGraph; storage: () => Promise<Storage> }> {
      const location = await target.newLocation();
      const open = async (): Promise<PersistentGraph> => {
        const graph = new PersistentGraph(await location());
        graphs.push(graph);
        await graph.load();
        return graph;
      };
      const graph = await open();
      for (const extraction of [almaty, moscow, followUp]) await graph.addExtraction(extraction, VERSION);
      const storage = async (): Promise<Storage> => {
        const opened = await location();
        storages.push(opened);
        return opened;
      };
      return { open, graph, storage };
    }

    it.each(CASES)('$name, and it survives a restart and a kg reindex', async ({ curate, holds }) => {
      const { open, graph, storage } = await seeded();
      await curate(graph);
      holds(graph.store);
      const curated = snapshot(graph);
      await graph.close();

      const restarted = await open();
      holds(restarted.store);
      expect(snapshot(restarted)).toEqual(curated);
      await restarted.close();

      const report = await reindex(await storage(), { extractor: newerExtractor, progress: { write: () => true } });
      expect(report.changed).toBe(3);
      const reindexed = await open();
      holds(reindexed.store);
    });

    it.each(CASES)('undo after "$name" gives back exactly the graph before it, also after a restart', async ({ curate }) => {
      const { open, graph } = await seeded();
      const before = snapshot(graph);
      await curate(graph);
      expect(snapshot(graph)).not.toEqual(before);
      // Undo newest first, as a curator would step back.
      for (const item of graph.curations().filter((c) => c.op.kind !== 'undo')) await undoCuration(graph, `curation:${item.seq}`);
      expect(snapshot(graph)).toEqual(before);
      await graph.close();
      expect(snapshot(await open())).toEqual(before);
    });

    it('keeps a rejected relation out when a later article and a re-extraction state it again', async () => {
      const location = await target.newLocation();
      const graph = new PersistentGraph(await location());
      graphs.push(graph);
      await graph.load();
      await graph.addExtraction(almaty, VERSION);
      await rejectRelation(graph, LEADS, 'not a leadership relation');
      await graph.addExtraction(followUp, VERSION);
      expect(graph.store.graph.hasEdge(LEADS)).toBe(false);
      expect(graph.store.getRejectedRelation(LEADS)?.evidence.map((e) => e.document)).toEqual([almaty.document.id, followUp.document.id]);
      const storage = await location();
      storages.push(storage);
      await reindex(storage, { extractor: newerExtractor, progress: { write: () => true } });
      await graph.sync();
      expect(graph.store.graph.hasEdge(LEADS)).toBe(false);
      expect([...graph.store.rejectedRelations()].map((r) => r.id)).toEqual([LEADS]);
    });

    it('lists curations newest first with who and when, and marks the undone ones', async () => {
      const { open, graph } = await seeded();
      const rejected = await rejectRelation(graph, LEADS, 'wrong', 'key-a');
      await confirmRelation(graph, REQUESTED, null, 'key-b');
      const undo = await undoCuration(graph, `curation:${rejected.curation.seq}`, 'key-c');
      const expected = [
        { seq: undo.curation.seq, by: 'key-c', undoneBy: null, applied: true, op: { kind: 'undo', seq: rejected.curation.seq } },
        { by: 'key-b', undoneBy: null, applied: true, op: { kind: 'confirm', relation: REQUESTED } },
        { seq: rejected.curation.seq, by: 'key-a', undoneBy: undo.curation.seq, applied: false, op: { kind: 'reject', relation: LEADS } },
      ];
      expect(graph.curations()).toMatchObject(expected);
      expect(graph.store.graph.hasEdge(LEADS)).toBe(true);
      const restarted = await open();
      expect(restarted.curations()).toMatchObject(expected);
      for (const item of restarted.curations()) expect(Date.parse(item.at)).not.toBeNaN();
    });

    it('keeps who made each curation and which are undone through a backup and a restore', async () => {
      const { graph, storage } = await seeded();
      const rejected = await rejectRelation(graph, LEADS, 'wrong', 'key-a');
      await undoCuration(graph, `curation:${rejected.curation.seq}`, 'key-b');
      await setEntityType(graph, CSTO, 'ORGANIZATION', 'key-c');
      const dir = await mkdtemp(join(tmpdir(), 'news-kg-curation-backup-'));
      try {
        const file = join(dir, 'kg.backup.jsonl');
        await writeBackup(await storage(), file);
        const restoredLocation = await target.newLocation();
        const restoredStorage = await restoredLocation();
        storages.push(restoredStorage);
        await restoredStorage.importLog(readBackup(file));
        const restored = new PersistentGraph(await restoredLocation());
        graphs.push(restored);
        await restored.load();
        expect(restored.curations()).toEqual(graph.curations());
        expect(snapshot(restored)).toEqual(snapshot(graph));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    const refused: [string, (graph: PersistentGraph) => Promise<unknown>, new (message: string) => Error][] = [
      ['rejecting an unknown relation', (graph) => rejectRelation(graph, 'rel:0000000000000000', 'x'), NotFoundError],
      ['rejecting twice', async (graph) => rejectRelation(graph, LEADS, 'again'), ConflictError],
      ['rejecting without a reason', (graph) => rejectRelation(graph, REQUESTED, '  '), InvalidInputError],
      ['restoring a relation that is not rejected', (graph) => restoreRelation(graph, REQUESTED), ConflictError],
      ['confirming a rejected relation', (graph) => confirmRelation(graph, LEADS), ConflictError],
      ['a type that does not exist', (graph) => setEntityType(graph, CSTO, 'PLANET'), InvalidInputError],
      ['retyping an unknown entity', (graph) => setEntityType(graph, 'person:nobody', 'CITY'), NotFoundError],
      ['merging different types without naming one', (graph) => mergeEntities(graph, KAZAKHSTAN, [CSTO]), ConflictError],
      ['adding a relation that exists', (graph) => addRelation(graph, { subject: TOKAYEV, predicate: 'REQUESTED', object: CSTO }), ConflictError],
      [
        'adding a relation from an unknown entity',
        (graph) => addRelation(graph, { subject: 'person:nobody', predicate: 'MET_WITH', object: CSTO }),
        NotFoundError,
      ],
      ['undoing an unknown curation', (graph) => undoCuration(graph, 'curation:999'), NotFoundError],
      [
        'undoing twice',
        async (graph) =>
          undoCuration(graph, `curation:${graph.curations()[0]?.seq ?? 0}`).then(() => undoCuration(graph, `curation:${graph.curations()[1]?.seq ?? 0}`)),
        ConflictError,
      ],
    ];
    it('refuses bad curations with their error class and stores nothing for them', async () => {
      const { graph, storage } = await seeded();
      await rejectRelation(graph, LEADS, 'wrong');
      for (const [what, attempt, errorClass] of refused) {
        const before = (await (await storage()).counts()).curations;
        const expectedStored = what === 'undoing twice' ? before + 1 : before;
        await expect(attempt(graph), what).rejects.toBeInstanceOf(errorClass);
        expect((await (await storage()).counts()).curations, what).toBe(expectedStored);
      }
    });
  });
}
