// The storage contract: what every backend must do, as one suite that each backend's test file
// runs against a real instance (a SQLite file, a PostgreSQL database). Nothing is mocked.
import { afterEach, describe, expect, it } from 'vitest';
import { ConflictError, type Extraction } from '../../../src/domain/index.js';
import { GraphStore } from '../../../src/graph/index.js';
import { type ChangeEntry, type LogEntry, PersistentGraph, type Storage } from '../../../src/graph/persistence/index.js';
import { CSTO, KAZAKHSTAN, RUSSIA, TOKAYEV, almaty, followUp, moscow, smallDocument, snapshotStore } from './fixtures.js';

/** Where the suite gets its storages. */
export interface ContractTarget {
  /** A new, empty location; the function it returns opens it, as often as asked (each call a new connection). */
  newLocation(): Promise<() => Promise<Storage>>;
}

/** What the storage suite also needs: a look at the database with the backend's own SQL. */
export interface StorageContractTarget extends ContractTarget {
  /**
   * The ids of the documents that name an entity, read with the SQL that docs/SCALING.md gives
   * for the database alone (kg_document_entities), in their order of storage.
   */
  documentsNaming(storage: Storage, entityId: string): Promise<string[]>;
}

const VERSION = 'test-extractor@1';

/** The log of a storage, as an array. */
async function logOf(storage: Storage): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  await storage.readLog((entry) => entries.push(entry));
  return entries;
}

/** Kinds and ids of a log, for comparing orders. */
function shape(entries: readonly ChangeEntry[]): string[] {
  return entries.map((e) => (e.kind === 'document' ? `doc ${e.extraction.document.id}` : e.kind === 'removal' ? `remove ${e.document}` : `${e.op.kind}`));
}

/** Defines the contract suite for one backend. */
export function describeStorageContract(backend: string, target: StorageContractTarget): void {
  describe(`Storage contract: ${backend}`, () => {
    const opened: Storage[] = [];
    const graphs: PersistentGraph[] = [];
    afterEach(async () => {
      for (const graph of graphs.splice(0)) await graph.close().catch(() => undefined);
      for (const storage of opened.splice(0)) await storage.close().catch(() => undefined);
    });

    /** A new empty location and an opener that remembers what to close. */
    async function location(): Promise<() => Promise<Storage>> {
      const open = await target.newLocation();
      return async () => {
        const storage = await open();
        opened.push(storage);
        return storage;
      };
    }

    it('starts empty, never seeded', async () => {
      const storage = await (await location())();
      expect(await storage.counts()).toEqual({ documents: 0, curations: 0, lastSeq: 0 });
      expect(await logOf(storage)).toEqual([]);
      expect(await storage.isSeeded()).toBe(false);
    });

    it('stores a document with its extraction and gives it back exactly', async () => {
      const storage = await (await location())();
      const outcome = await storage.addDocument(almaty, VERSION);
      expect(outcome).toEqual({ applied: true, seq: 1 });
      const stored = await storage.getDocument(almaty.document.id);
      expect(stored?.extraction).toEqual(almaty);
      expect(stored?.extractorVersion).toBe(VERSION);
      expect(stored?.seq).toBe(1);
      expect(await storage.getDocument('doc:missing')).toBeUndefined();
    });

    it('gives back exactly texts that are not where their offsets point', async () => {
      const storage = await (await location())();
      const [first, second] = almaty.document.sentences;
      if (first === undefined || second === undefined) throw new Error('the fixture has two sentences');
      const odd: Extraction = {
        ...almaty,
        // A sentence normalised by the extractor (its text is not the slice), and evidence that quotes another document.
        document: { ...almaty.document, sentences: [{ ...first, text: first.text.replace('President', 'president') }, second] },
        relations: almaty.relations.map((r, i) => (i === 0 ? { ...r, evidence: { ...r.evidence, document: 'doc:elsewhere', text: 'Quoted elsewhere.' } } : r)),
      };
      await storage.addDocument(odd, VERSION);
      expect((await storage.getDocument(odd.document.id))?.extraction).toEqual(odd);
    });

    it('does not store the same document twice', async () => {
      const storage = await (await location())();
      await storage.addDocument(almaty, VERSION);
      expect(await storage.addDocument(almaty, VERSION)).toEqual({ applied: false, seq: 1 });
      expect((await storage.counts()).documents).toBe(1);
    });

    it('stores a batch in one transaction, numbered consecutively, a document repeated in it or stored before not stored again', async () => {
      const storage = await (await location())();
      await storage.addDocument(moscow, VERSION);
      const outcomes = await storage.addDocuments([almaty, moscow, followUp, almaty].map((extraction) => ({ extraction, extractorVersion: VERSION })));
      expect(outcomes).toEqual([
        { applied: true, seq: 2 },
        { applied: false, seq: 2 },
        { applied: true, seq: 3 },
        { applied: false, seq: 3 },
      ]);
      expect(shape(await logOf(storage))).toEqual([moscow, almaty, followUp].map((e) => `doc ${e.document.id}`));
      expect((await storage.getDocument(followUp.document.id))?.extraction).toEqual(followUp);
      expect(await storage.addDocuments([])).toEqual([]);
    });

    it('indexes which documents name each entity for SQL, one document at a time and in batches', async () => {
      const storage = await (await location())();
      await storage.addDocument(almaty, VERSION);
      await storage.addDocuments([moscow, followUp, almaty].map((extraction) => ({ extraction, extractorVersion: VERSION })));
      const naming = (id: string): string[] => [almaty, moscow, followUp].filter((x) => x.entities.some((e) => e.id === id)).map((x) => x.document.id);
      for (const id of [KAZAKHSTAN, RUSSIA, TOKAYEV, CSTO]) {
        expect(naming(id).length, `${id} is named in the fixtures`).toBeGreaterThan(0);
        expect(await target.documentsNaming(storage, id), id).toEqual(naming(id));
      }
      expect(await target.documentsNaming(storage, 'person:nobody-at-all')).toEqual([]);
    });

    it('stores nothing of a batch when one of its documents cannot be stored', async () => {
      const storage = await (await location())();
      await storage.addDocument(almaty, VERSION);
      // A title the schema refuses (NOT NULL), last in the batch: the ones before it roll back too.
      const broken: Extraction = { ...followUp, document: { ...followUp.document, title: null as unknown as string } };
      await expect(storage.addDocuments([moscow, broken].map((extraction) => ({ extraction, extractorVersion: VERSION })))).rejects.toThrow();
      expect(await storage.counts()).toEqual({ documents: 1, curations: 0, lastSeq: 1 });
      expect(await storage.getDocument(moscow.document.id)).toBeUndefined();
      expect((await storage.addDocument(moscow, VERSION)).seq).toBe(2);
    });

    it('numbers documents and curation operations in one sequence, and reads them back in that order', async () => {
      const storage = await (await location())();
      await storage.addDocument(almaty, VERSION);
      await storage.appendCuration({ kind: 'rename', id: TOKAYEV, name: 'K. K. Tokayev' });
      await storage.addDocument(moscow, VERSION);
      await storage.appendCuration({ kind: 'merge', keep: KAZAKHSTAN, merge: [RUSSIA] });
      const log = await logOf(storage);
      expect(log.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
      expect(shape(log)).toEqual([`doc ${almaty.document.id}`, 'rename', `doc ${moscow.document.id}`, 'merge']);
      expect(log[1]).toMatchObject({ kind: 'curation', op: { kind: 'rename', id: TOKAYEV, name: 'K. K. Tokayev' } });
    });

    it('keeps everything when closed and opened again', async () => {
      const open = await location();
      const first = await open();
      await first.addDocument(almaty, VERSION);
      await first.appendCuration({ kind: 'rename', id: TOKAYEV, name: 'K. K. Tokayev' });
      await first.markSeeded();
      const before = await logOf(first);
      await first.close();
      const second = await open();
      expect(await logOf(second)).toEqual(before);
      expect(await second.isSeeded()).toBe(true);
      expect((await second.addDocument(moscow, VERSION)).seq).toBe(3);
    });

    it('replaces an extraction in place, and does nothing when it is unchanged', async () => {
      const storage = await (await location())();
      await storage.addDocument(almaty, VERSION);
      await storage.addDocument(moscow, VERSION);
      const revised: Extraction = { ...almaty, facts: [] };
      expect((await storage.replaceExtraction(revised, 'test-extractor@2')).applied).toBe(true);
      expect((await storage.replaceExtraction(revised, 'test-extractor@2')).applied).toBe(false);
      const log = await logOf(storage);
      expect(shape(log)).toEqual([`doc ${almaty.document.id}`, `doc ${moscow.document.id}`]);
      expect(log[0]).toMatchObject({ kind: 'document', extractorVersion: 'test-extractor@2', extraction: revised });
      expect((await storage.replaceExtraction(followUp, VERSION)).applied).toBe(false);
    });

    it('removes a document, once', async () => {
      const storage = await (await location())();
      await storage.addDocument(almaty, VERSION);
      await storage.addDocument(moscow, VERSION);
      expect((await storage.removeDocument(almaty.document.id)).applied).toBe(true);
      expect((await storage.removeDocument(almaty.document.id)).applied).toBe(false);
      expect(shape(await logOf(storage))).toEqual([`doc ${moscow.document.id}`]);
      expect(await storage.documentIds()).toEqual([moscow.document.id]);
    });

    it('tells a follower what was added or deleted since a change, and when it must rebuild instead', async () => {
      const storage = await (await location())();
      await storage.addDocument(almaty, VERSION);
      const added = await storage.changesSince(0);
      expect(added.rebuild).toBe(false);
      expect(shape(added.entries)).toEqual([`doc ${almaty.document.id}`]);
      await storage.appendCuration({ kind: 'rename', id: TOKAYEV, name: 'K. K. Tokayev' });
      await storage.addDocument(moscow, VERSION);
      const more = await storage.changesSince(1);
      expect(shape(more.entries)).toEqual(['rename', `doc ${moscow.document.id}`]);
      expect(more.lastSeq).toBe(3);
      expect(await storage.changesSince(3)).toEqual({ entries: [], rebuild: false, lastSeq: 3 });
      await storage.removeDocument(moscow.document.id);
      expect(await storage.changesSince(3)).toEqual({ entries: [{ kind: 'removal', seq: 4, document: moscow.document.id }], rebuild: false, lastSeq: 4 });
      // The addition of a document deleted since cannot be read any more: a rebuild.
      expect((await storage.changesSince(1)).rebuild).toBe(true);
      await storage.replaceExtraction({ ...almaty, facts: [] }, VERSION);
      expect((await storage.changesSince(4)).rebuild).toBe(true);
    });

    it('numbers the writes of two connections without sharing or skipping a number', async () => {
      const open = await location();
      const [a, b] = [await open(), await open()];
      const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).addDocument(smallDocument(i), VERSION)));
      expect(outcomes.map((o) => o.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect((await logOf(a)).map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });

    it("tells a watcher soon after another connection's commit", async () => {
      const open = await location();
      const [watched, writer] = [await open(), await open()];
      let calls = 0;
      const stop = watched.watch(() => (calls += 1));
      // PostgreSQL's listener connects in the background: give it a moment, then write.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const before = calls;
      await writer.addDocument(almaty, VERSION);
      await expect.poll(() => calls, { timeout: 3_000, interval: 50 }).toBeGreaterThan(before);
      stop();
    });

    it('imports a log into an empty store, keeping change numbers, and refuses a store that holds data', async () => {
      const source = await (await location())();
      await source.addDocument(almaty, VERSION);
      await source.appendCuration({ kind: 'rename', id: TOKAYEV, name: 'K. K. Tokayev' });
      await source.addDocument(moscow, VERSION);
      const log = await logOf(source);
      async function* entries(): AsyncGenerator<LogEntry> {
        yield* log;
      }
      const target = await (await location())();
      expect(await target.importLog(entries())).toMatchObject({ documents: 2, curations: 1 });
      expect(await logOf(target)).toEqual(log);
      expect((await target.addDocument(followUp, VERSION)).seq).toBeGreaterThan(3);
      await expect(source.importLog(entries())).rejects.toBeInstanceOf(ConflictError);
      expect(await logOf(source)).toEqual(log);
    });

    it('rebuilds, from the log, exactly the graph that was built live', async () => {
      const open = await location();
      const live = new PersistentGraph(await open());
      graphs.push(live);
      await live.load();
      await live.addExtraction(almaty, VERSION);
      await live.curate({ kind: 'rename', id: TOKAYEV, name: 'Kassym-Jomart Tokayev' });
      await live.addExtraction(moscow, VERSION);
      await live.addExtraction(followUp, VERSION);
      await live.curate({ kind: 'merge', keep: KAZAKHSTAN, merge: [RUSSIA] });
      const restarted = new PersistentGraph(await open(), new GraphStore());
      graphs.push(restarted);
      const report = await restarted.load();
      expect(report).toMatchObject({ documents: 3, curations: 2, skippedCurations: 0 });
      expect(snapshotStore(restarted.store)).toEqual(snapshotStore(live.store));
      expect(restarted.store.graph.getNodeAttributes(TOKAYEV).name).toBe('Kassym-Jomart Tokayev');
      expect(restarted.store.resolveEntityId(RUSSIA)).toBe(KAZAKHSTAN);
      expect(restarted.store.resolveEntityId(CSTO)).toBe(CSTO);
    });

    it('applies a batch as the same documents one by one would, and a follower sees it whole', async () => {
      const open = await location();
      const batched = new PersistentGraph(await open());
      const follower = new PersistentGraph(await open());
      graphs.push(batched, follower);
      await batched.load();
      await follower.load();
      follower.follow();
      await batched.addExtraction(moscow, VERSION);
      const results = await batched.addExtractions([almaty, moscow, followUp], VERSION);
      expect(results.map((r) => [r.document.id, r.alreadyPresent])).toEqual([
        [almaty.document.id, false],
        [moscow.document.id, true],
        [followUp.document.id, false],
      ]);
      expect(results[0]?.added.entities).toBeGreaterThan(0);
      const reference = new GraphStore();
      for (const extraction of [moscow, almaty, followUp]) reference.applyExtraction(extraction);
      expect(snapshotStore(batched.store)).toEqual(snapshotStore(reference));
      await expect.poll(() => snapshotStore(follower.store), { timeout: 3_000 }).toEqual(snapshotStore(reference));
      const restarted = new PersistentGraph(await open());
      graphs.push(restarted);
      await restarted.load();
      expect(snapshotStore(restarted.store)).toEqual(snapshotStore(reference));
    });

    it("follows another process's writes: documents, curations and deletions", async () => {
      const open = await location();
      const writer = new PersistentGraph(await open());
      const follower = new PersistentGraph(await open());
      graphs.push(writer, follower);
      await writer.load();
      await follower.load();
      follower.follow();
      await writer.addExtraction(almaty, VERSION);
      await writer.curate({ kind: 'rename', id: TOKAYEV, name: 'Kassym-Jomart Tokayev' });
      await expect
        .poll(() => follower.store.graph.hasNode(TOKAYEV) && follower.store.graph.getNodeAttributes(TOKAYEV).name, { timeout: 3_000 })
        .toBe('Kassym-Jomart Tokayev');
      await writer.addExtraction(moscow, VERSION);
      await writer.removeDocument(almaty.document.id);
      await expect.poll(() => follower.store.hasDocument(almaty.document.id), { timeout: 3_000 }).toBe(false);
      await expect.poll(() => snapshotStore(follower.store), { timeout: 3_000 }).toEqual(snapshotStore(writer.store));
    });

    it('deletes an independent document in place, on the writer and on a follower, and rebuilds only when it must', async () => {
      const open = await location();
      const rebuilds: string[] = [];
      const logger = { info: (details: object) => rebuilds.push(JSON.stringify(details)), warn: () => undefined };
      // A rebuild reads the whole log: count the reads.
      let logReads = 0;
      const counted = (storage: Storage): Storage => {
        const readLog = storage.readLog.bind(storage);
        storage.readLog = (visit) => {
          logReads += 1;
          return readLog(visit);
        };
        return storage;
      };
      const writer = new PersistentGraph(counted(await open()), undefined, logger);
      const follower = new PersistentGraph(counted(await open()), undefined, logger);
      graphs.push(writer, follower);
      await writer.load();
      await follower.load();
      follower.follow();
      await writer.addExtractions([almaty, moscow, smallDocument(1), followUp, smallDocument(2)], VERSION);
      await expect.poll(() => follower.store.documentCount, { timeout: 3_000 }).toBe(5);
      const readsBefore = logReads;
      const removed = await writer.removeDocument(smallDocument(1).document.id);
      expect(removed.removed).toEqual({ entities: 1, relations: 1, statements: 0, facts: 0 });
      await expect.poll(() => follower.store.hasDocument(smallDocument(1).document.id), { timeout: 3_000 }).toBe(false);
      expect(rebuilds).toEqual([]);
      expect(logReads).toBe(readsBefore);
      const fresh = new PersistentGraph(await open());
      graphs.push(fresh);
      await fresh.load();
      expect(snapshotStore(writer.store)).toEqual(snapshotStore(fresh.store));
      expect(snapshotStore(follower.store)).toEqual(snapshotStore(fresh.store));
      // Tokayev, whom almaty introduced, is named by followUp too: only a replay gives the graph without almaty.
      await writer.removeDocument(almaty.document.id);
      await expect.poll(() => follower.store.hasDocument(almaty.document.id), { timeout: 3_000 }).toBe(false);
      expect(rebuilds).toHaveLength(2);
      expect(rebuilds[0]).toContain(almaty.document.id);
      await expect.poll(() => snapshotStore(follower.store), { timeout: 3_000 }).toEqual(snapshotStore(writer.store));
    });
  });
}
